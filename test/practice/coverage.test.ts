import { expect, test } from 'vitest';
import { assess } from '../../lib/analysis';
import { SCENARIOS, nextClientTurn, seededRng } from '../../lib/practice';
import { ReplyClass, resistanceBehaviours } from '../../models';

/**
 * Inattention only shows against a specific question the client leaves unanswered, so each line is
 * read after two prompts: a generic open question and a specific one.
 */
const PROMPTS = [
  'What would you like to talk about?',
  'What would it take for you to sleep better at night?',
];

test('together the scenarios show all 13 resistance behaviours', () => {
  const seen = new Set<string>();
  for (const s of SCENARIOS) {
    for (const burst of [s.opening, ...s.states.flatMap((st) => st.replies)]) {
      for (const prompt of PROMPTS) {
        const client = assess({
          context: [
            { role: 'counselor', text: prompt },
            ...burst.map((text) => ({ role: 'client' as const, text })),
          ],
        }).client!;
        for (const cue of client.resistance.cues) seen.add(cue.behaviour);
      }
    }
  }
  expect([...resistanceBehaviours].filter((b) => !seen.has(b))).toEqual([]);
});

test.each(SCENARIOS.map((s) => [s.id, s] as const))(
  '%s: every state can reach an end state',
  (_, scenario) => {
    const ends = new Set(scenario.states.filter((s) => !s.next).map((s) => s.id));
    for (const state of scenario.states) {
      const seen = new Set([state.id]);
      const queue = [state.id];
      let reachesEnd = ends.has(state.id);
      while (queue.length > 0 && !reachesEnd) {
        const id = queue.shift()!;
        for (const cls of ReplyClass.options) {
          const to = nextClientTurn(scenario, id, cls, seededRng(1)).state;
          if (ends.has(to)) reachesEnd = true;
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      expect(reachesEnd, `${scenario.id}/${state.id}`).toBe(true);
    }
  },
);

test('an ended conversation sends nothing more', () => {
  const scenario = SCENARIOS[0]!;
  const end = scenario.states.find((s) => !s.next)!;
  expect(nextClientTurn(scenario, end.id, 'mi_consistent', seededRng(1))).toEqual({
    state: end.id,
    messages: [],
  });
});
