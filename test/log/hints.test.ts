import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { loggedHints } from '../../lib/log/hints';
import type { HintAction } from '../../models/settings';
import { CONVERSATION } from './helpers';

const draft = CONVERSATION[2]!.text;
const shown = assess({ context: CONVERSATION.slice(0, 2), draft }).draft!.hints;
const directive = shown.find((h) => h.rule === 'mechanism.autonomy.directive')!;
const click = (rule: string, action: HintAction['action'], at: number): HintAction => ({
  rule,
  about: 'respectForAutonomy',
  action,
  at,
  message: '',
});

describe('hints logged with a sent reply', () => {
  test('untouched hints are ignored; the last click on a hint counts', () => {
    expect(shown.length).toBeGreaterThan(1);
    const logged = loggedHints(
      shown,
      [
        click(directive.rule, 'dismissed', 1),
        click(directive.rule, 'disagreed', 2),
        click('other.rule', 'dismissed', 3),
      ],
      draft,
    );
    expect(logged.map((h) => [h.rule, h.action, h.actedAt])).toEqual(
      shown.map((h) => (h === directive ? [h.rule, 'disagreed', 2] : [h.rule, 'ignored', null])),
    );
    expect(logged[shown.indexOf(directive)]).toMatchObject({
      about: 'respectForAutonomy',
      message: directive.message,
    });
  });

  test('an inserted suggestion sent as it was is accepted; changed before sending, edited', () => {
    const accepted = [click(directive.rule, 'accepted', 5)];
    const asSent = loggedHints([directive], accepted, `  ${directive.try.replace(/'/gu, '’')} `);
    expect(asSent[0]?.action).toBe('accepted');
    const changed = loggedHints([directive], accepted, directive.try.replace('your call', 'up to you'));
    expect(changed[0]?.action).toBe('edited');
  });
});
