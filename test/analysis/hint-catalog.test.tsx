import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { HintSettingsView } from '../../components/HintSettingsView';
import { assess } from '../../lib/analysis';
import { HINT_RULE_LIST, type HintRuleId, hintRuleIds } from '../../lib/analysis/hints';
import { DEFAULT_HINT_SETTINGS, MechanismKey, SafetyFlag } from '../../models';
import { mount } from '../dom';

/**
 * The hint rules, their catalog, the settings a counselor switches and the documentation are one
 * list seen from four sides. A rule added in one place and forgotten in another would be a hint
 * nobody can switch off, or a switch for a hint that never comes.
 */

/** One client message and one draft that make each rule speak. */
const FIRES_ON: Record<HintRuleId, readonly [client: string, draft: string]> = {
  'safety.ignores_risk': ["i don't want to be here anymore", 'Have you tried going for a walk?'],
  'safety.collusion': ['they are watching me through the tv', "You're right, they probably are."],
  'safety.stigmatizing_language': ['my dad is an addict', 'Addicts often deny it.'],
  'safety.false_reassurance': [
    "i'm so nervous about my exam results tomorrow",
    "Don't worry, everything will be fine.",
  ],
  'distress.stay_with': [
    "everything is falling apart and i can't cope with any of it",
    'Anyway, what did you have for dinner?',
  ],
  'mechanism.stance.argue': [
    "it's not that big a deal, everyone drinks",
    'But drinking that much is dangerous for your liver.',
  ],
  'behaviour.confront': ['my teacher says i spend too much time gaming', "So you're in denial then."],
  'mechanism.stance.reflect': [
    'my parents are the problem not me',
    'What would you like to talk about today?',
  ],
  'mechanism.autonomy.directive': ['i have been drinking a lot lately', 'You have to stop drinking.'],
  'mechanism.emotion.name': ['i feel so ashamed of what i did', 'What happened next?'],
  'mechanism.orientation.open': ['my sister keeps yelling at me', 'Ok. Anyway, lets talk about school.'],
  'behaviour.question.closed': ['i have been fighting with my mum', 'Do you fight every day?'],
  'behaviour.reflect_change_talk': ['i want to cut down for my kids', 'Do you drink every day?'],
};

const hintsFor = (client: string, draft: string) =>
  assess({ context: [{ role: 'client', text: client }], draft }).draft!.hints;

/** The rows of the table under "## The hints" in docs/live-hints.md. */
function documentedRules() {
  const doc = readFileSync('docs/live-hints.md', 'utf8');
  const section = doc.split('\n## The hints\n')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .map((line) => /^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*(yes|no)\s*\|\s*(shown|held back)\s*\|$/.exec(line))
    .filter((m) => m !== null)
    .map(([, id, label, safety, riskMoment]) => ({
      id,
      label,
      safety: safety === 'yes',
      inRiskMoment: riskMoment === 'shown',
    }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the hint catalog', () => {
  test('each rule has an id of its own, named in the framework’s families', () => {
    expect(new Set(hintRuleIds).size).toBe(hintRuleIds.length);
    for (const id of hintRuleIds) expect(id).toMatch(/^(safety|distress|mechanism|behaviour)\.[a-z_.]+$/);
  });

  test('safety rules are exactly the safety family, and they all still speak in a risk moment', () => {
    for (const rule of HINT_RULE_LIST) {
      expect(rule.safety, rule.id).toBe(rule.id.startsWith('safety.'));
      if (rule.safety) expect(rule.inRiskMoment, rule.id).toBe(true);
    }
  });

  test('docs/live-hints.md lists every rule, in order, with its label, safety and risk-moment behaviour', () => {
    expect(documentedRules()).toEqual(
      HINT_RULE_LIST.map(({ id, label, safety, inRiskMoment }) => ({ id, label, safety, inRiskMoment })),
    );
  });

  test('the README points to that list', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('(docs/live-hints.md#the-hints)');
  });

  test('"Hint settings" offers a switch for every rule, and safety ones cannot be switched off', () => {
    const root = mount(<HintSettingsView settings={DEFAULT_HINT_SETTINGS} now={0} onChange={() => {}} />);
    const text = root.textContent ?? '';
    for (const rule of HINT_RULE_LIST) expect(text, rule.id).toContain(rule.label);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const locked = boxes.filter((box) => box.disabled && box.checked);
    expect(locked).toHaveLength(HINT_RULE_LIST.filter((r) => r.safety).length);
  });
});

describe('every rule speaks when its finding is there', () => {
  const about = new Set<string>([...MechanismKey.options, ...SafetyFlag.options, 'change']);

  test.each(hintRuleIds)('%s', (id) => {
    const [client, draft] = FIRES_ON[id];
    const hints = hintsFor(client, draft);
    const hint = hints.find((h) => h.rule === id);
    expect(hint, `${id} on "${draft}" gave ${hints.map((h) => h.rule).join(', ')}`).toBeDefined();
    expect(about).toContain(hint!.about);
    expect(hint!.severity === 'safety').toBe(HINT_RULE_LIST.find((r) => r.id === id)!.safety);
    expect(hint!.try.length).toBeGreaterThan(10);
  });
});

describe('a risk moment holds back the rules that do not fit it', () => {
  test('a directive draft to a client at risk gets only hints that are shown in a risk moment', () => {
    const shownInRisk = new Set(HINT_RULE_LIST.filter((r) => r.inRiskMoment).map((r) => r.id));
    const hints = hintsFor(
      "i've been drinking every night and honestly i want to die",
      'You have to stop drinking.',
    );
    expect(hints.map((h) => h.rule)).toContain('safety.ignores_risk');
    for (const h of hints) expect(shownInRisk).toContain(h.rule);
    // Without the risk, the same draft is told about its directive. ("i've been drinking every
    // night" alone is read as possible risk since 2026-12-02: KNOWN_FAILING.md.)
    expect(
      hintsFor("i drink most nights, more than i'd like", 'You have to stop drinking.').map((h) => h.rule),
    ).toContain('mechanism.autonomy.directive');
  });
});
