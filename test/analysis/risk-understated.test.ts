/**
 * Risk said sideways (issue 9): older and formal writers who understate, emergencies told mildly
 * by their signs, young people's risk in passing. Each beside everyday words that look alike.
 */
import { describe, expect, test } from 'vitest';
import { LEVEL_RANK } from '../../lib/analysis/risk-signals';
import { riskAfter } from './risk-reading';
import type { RiskKind } from '../../models';

const OPENER = 'Thank you for writing in. How are things?';
const risk = (...client: string[]) => riskAfter(OPENER, ...client);

describe('understated, formal and in passing, read as risk', () => {
  test.each([
    // [client messages, at least this level, kind, words the evidence cites]
    [
      ['I will be plain. I have the means and a plan, and the date is fixed for Saturday.'],
      'high',
      'suicide',
      'the means',
    ],
    [["Don't fuss, dear. I shan't be a burden to anyone much longer."], 'possible', 'suicide', 'burden'],
    [
      ['The Lord can take me home whenever He likes, and I would thank Him.'],
      'possible',
      'suicide',
      'take me',
    ],
    [
      ['ngl the suicide plan is for after results day so i dont wreck it for everyone'],
      'high',
      'suicide',
      'suicide plan',
    ],
    [['left a note on my desk so mum finds it when she gets in'], 'high', 'suicide', 'so mum finds'],
    [['already sent my sister a goodbye text. phone off after this'], 'high', 'suicide', 'goodbye text'],
    [['im on the bridge by the station. not gonna jump probably', 'just looking'], 'high', 'suicide', 'jump'],
    [
      ['lol anyway im ending it tonight, already decided so it doesnt matter what my grades are'],
      'high',
      'suicide',
      'ending it',
    ],
    [
      ['My wife has gone very muddled and one side of her face has dropped. She says not to fuss.'],
      'high',
      'medical_emergency',
      'one side of her face',
    ],
    [
      ['Mum has taken the whole week of tablets out of her pill box in one go. She seems dozy.'],
      'high',
      'medical_emergency',
      'whole week',
    ],
    [
      ["Had a fall in the kitchen a few hours ago and I can't get myself up. It's cold on the tiles."],
      'high',
      'medical_emergency',
      "can't get myself up",
    ],
    [
      ["Sorry to bother you, I can't wake my husband properly and his lips look a bit grey"],
      'high',
      'medical_emergency',
      'wake my husband',
    ],
  ] as const)('%j', (client, atLeast, kind, phrase) => {
    const r = risk(...client);
    expect(LEVEL_RANK[r.level]).toBeGreaterThanOrEqual(LEVEL_RANK[atLeast]);
    expect(r.kinds).toContain(kind satisfies RiskKind);
    expect(r.cited.some((c) => c.includes(phrase))).toBe(true);
  });
});

describe('everyday words that look alike stay quiet', () => {
  test.each([
    ['i have the means to pay it back by friday, just need a few days'],
    ["i'd rather die than wear that dress to prom lol"],
    ['We did a suicide prevention training at work today, it was very good'],
    ['my lips went blue at the beach from the cold water, so funny'],
    ['I fell off the ladder last year but I was fine, got straight back up'],
    ['wrote a farewell message to the team for my last day, bit emotional'],
    ["no i'm not suicidal, i think i'm just worn out from work"],
  ])('%s', (client) => {
    expect(risk(client).level).toBe('none');
  });
});

// Known false alarm (KNOWN_FAILING.md): the trained model alone, above its bar (p(any) 0.73).
test.fails("i've been drinking every night → none (known false alarm)", () => {
  expect(risk("i've been drinking every night").level).toBe('none');
});

test.fails('a crush is no emergency (known false alarm)', () => {
  // Quiet after the retrain with the act rules and `chat-ap` (p(any) 0.62), read again after the
  // one with `chat-aq` and `chat-ar` (0.70): near the model's bar for a reading alone (0.65).
  expect(risk('My heart goes all fluttery when he texts me, is that normal').level).toBe('none');
});
