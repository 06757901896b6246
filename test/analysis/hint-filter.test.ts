import { describe, expect, test } from 'vitest';
import { DEFAULT_HINT_SETTINGS, type Hint } from '../../models';
import { visibleHints } from '../../lib/analysis/hint-filter';
import { HINT_RULES, hintRuleIds } from '../../lib/analysis/hints';
import { assess } from '../../lib/analysis';

const hint = (rule: string, severity: Hint['severity'] = 'suggestion'): Hint => ({
  rule,
  about: 'x',
  severity,
  message: rule,
  why: 'because',
  evidence: { client: null, draft: null },
  try: 'try',
});
const ranked = [
  hint('safety.ignores_risk', 'safety'),
  hint('mechanism.stance.argue', 'important'),
  hint('mechanism.autonomy.directive', 'important'),
  hint('behaviour.question.closed'),
];
const shown = (settings: Partial<typeof DEFAULT_HINT_SETTINGS>, dismissed: string[] = [], now = 1_000) =>
  visibleHints(ranked, { ...DEFAULT_HINT_SETTINGS, ...settings }, new Set(dismissed), now).map((h) => h.rule);

describe('which hints the panel shows', () => {
  test('sensitivity sets how many non-safety hints appear; safety always does', () => {
    expect(shown({ sensitivity: 'fewer' })).toEqual(['safety.ignores_risk', 'mechanism.stance.argue']);
    expect(shown({ sensitivity: 'balanced' })).toHaveLength(3);
    expect(shown({ sensitivity: 'more' })).toHaveLength(4);
  });

  test('a switched-off rule is skipped and the next one takes its place', () => {
    expect(shown({ sensitivity: 'fewer', disabledRules: ['mechanism.stance.argue'] })).toEqual([
      'safety.ignores_risk',
      'mechanism.autonomy.directive',
    ]);
  });

  test('safety hints cannot be switched off, dismissed or snoozed', () => {
    expect(
      shown({ disabledRules: ['safety.ignores_risk'], snoozedUntil: 5_000 }, ['safety.ignores_risk']),
    ).toEqual(['safety.ignores_risk']);
  });

  test('a snooze ends', () => {
    expect(shown({ snoozedUntil: 5_000 }, [], 6_000)).toContain('mechanism.stance.argue');
  });

  test('every rule the analyzer can emit is in the catalog', () => {
    const emitted = new Set<string>();
    const cases: [string, string][] = [
      ["i don't want to be here anymore", 'Have you tried going for a walk?'],
      ["it's not that big a deal", 'You need to stop. Be honest with yourself.'],
      ['i feel so alone and sad', "Don't worry, everything will be fine."],
      ['they are watching me through the tv', "You're right, they probably are."],
      ['i want to cut down for my kids', 'Do you drink every day?'],
      ['i only drink because work is stressful', 'Anyway, let’s move on. Are you sleeping?'],
      ['my dad is an addict', 'Addicts often deny it.'],
    ];
    for (const [client, draft] of cases) {
      for (const h of assess({ context: [{ role: 'client', text: client }], draft }).draft!.hints)
        emitted.add(h.rule);
    }
    for (const rule of emitted) expect(hintRuleIds).toContain(rule);
    expect(Object.values(HINT_RULES).filter((r) => r.safety)).toHaveLength(4);
  });
});
