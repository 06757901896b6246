import { describe, expect, test } from 'vitest';
import { CHANGE_TALK_RULES } from '../../lib/analysis/lexicon/change-talk';
import { DRAFT_RULES } from '../../lib/analysis/lexicon/draft';
import { RESISTANCE_RULES } from '../../lib/analysis/lexicon/resistance';
import { RISK_RULES } from '../../lib/analysis/lexicon/risk';

// A rule's id is its feature name in the trained models and its id in hints and evidence: two
// rules under one id would be read as one by the model and cited as each other.
describe('every lexicon rule has an id of its own', () => {
  test.each([
    ['risk', RISK_RULES],
    ['resistance', RESISTANCE_RULES],
    ['change talk', CHANGE_TALK_RULES],
    ['draft', DRAFT_RULES],
  ] as const)('%s', (_name, rules) => {
    const ids = rules.map((r) => r.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });
});
