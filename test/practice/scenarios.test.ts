import { describe, expect, test } from 'vitest';
import { Scenario, resistanceCategories } from '../../models';
import { assess } from '../../lib/analysis';
import { SCENARIOS, classifyReply, nextClientTurn, seededRng, stateOf } from '../../lib/practice';

/** Scenario lines the analyzer is known to misread as risk (see test/analysis/KNOWN_FAILING.md). */
const KNOWN_RISK_MISREADINGS = [
  'when i take them every day i do sleep better',
  'theres no point. im gonna fail anyway',
];

/** Every line a scenario's client can send, each read by the analyzer as the last message. */
function readings(scenario: Scenario) {
  const lines = [...scenario.opening, ...scenario.states.flatMap((s) => s.replies.flat())];
  return lines.map((text) => ({
    text,
    client: assess({
      context: [
        { role: 'counselor', text: 'What do you make of it?' },
        { role: 'client', text },
      ],
    }).client!,
  }));
}

describe('the practice scenarios', () => {
  test('there are at least eight, each valid against the schema, with unique ids', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(8);
    for (const s of SCENARIOS) expect(() => Scenario.parse(s)).not.toThrow();
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });

  test('together they show every resistance category, sustain talk and change talk (as the analyzer reads them)', () => {
    const all = SCENARIOS.flatMap(readings);
    const categories = new Set(all.flatMap((r) => r.client.resistance.cues.map((c) => c.category)));
    for (const category of resistanceCategories) expect(categories).toContain(category);
    expect(all.some((r) => r.client.talk === 'sustain')).toBe(true);
    expect(all.some((r) => r.client.talk === 'change')).toBe(true);
  });

  test('exactly one scenario holds a risk disclosure', () => {
    const withRisk = SCENARIOS.filter((s) =>
      readings(s).some((r) => r.client.risk.level !== 'none' && !KNOWN_RISK_MISREADINGS.includes(r.text)),
    );
    expect(withRisk.map((s) => s.id)).toEqual(['quiet-weekends']);
  });

  // Listed in test/analysis/KNOWN_FAILING.md: the trained risk model reads it as possible risk.
  test.fails.each(KNOWN_RISK_MISREADINGS)('known misreading, still read as risk: "%s"', (text) => {
    const reading = SCENARIOS.flatMap(readings).find((r) => r.text === text)!;
    expect(reading.client.risk.level).toBe('none');
  });
});

describe('the scripted client reacts to how the counselor replies', () => {
  const scenario = SCENARIOS.find((s) => s.topic === 'drinking')!;
  const context = scenario.opening.map((text) => ({ role: 'client' as const, text }));
  const classify = (draft: string) => classifyReply(assess({ context, draft }));

  test('replies are classified as a supervisor would', () => {
    expect(classify('It sounds like part of you wants to cut down and part of you really enjoys it.')).toBe(
      'mi_consistent',
    );
    expect(classify("You need to stop drinking, you're in denial.")).toBe('confrontational');
  });

  test('an MI-consistent reply softens the client; a confrontational one hardens them', () => {
    const soft = nextClientTurn(scenario, scenario.start, 'mi_consistent', seededRng(1));
    const hard = nextClientTurn(scenario, scenario.start, 'confrontational', seededRng(1));
    expect(stateOf(scenario, soft.state).openness).toBeGreaterThan(
      stateOf(scenario, scenario.start).openness,
    );
    expect(stateOf(scenario, hard.state).openness).toBeLessThan(stateOf(scenario, scenario.start).openness);

    // What the client then says, over all the lines each state can send: friction with the
    // counselor (discord: arguing, avoiding, ignoring, blaming) after the confrontational reply,
    // less of it after the MI-consistent one.
    const discord = (stateId: string) => {
      const bursts = stateOf(scenario, stateId).replies;
      const withDiscord = bursts.filter((burst) =>
        assess({
          context: burst.map((text) => ({ role: 'client' as const, text })),
        }).client!.resistance.cues.some((c) => c.category !== 'denying' || c.behaviour === 'blaming'),
      );
      return withDiscord.length / bursts.length;
    };
    expect(discord(hard.state)).toBeGreaterThan(discord(soft.state));
  });

  test('the same seed gives the same conversation', () => {
    const a = nextClientTurn(scenario, scenario.start, 'neutral', seededRng(42));
    const b = nextClientTurn(scenario, scenario.start, 'neutral', seededRng(42));
    expect(a).toEqual(b);
  });
});
