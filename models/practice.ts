import { z } from 'zod';

/**
 * Practice chat scenarios: scripted clients a counselor practises against (lib/practice/scenarios.ts).
 * A scenario is a small state machine. Each state is a client mood with candidate replies; the
 * counselor's reply, classified from the analyzer's output, picks the next state.
 */

/** How the counselor's reply landed, from the analyzer's reading of it (lib/practice/engine.ts). */
export const ReplyClass = z.enum(['mi_consistent', 'neutral', 'confrontational']);
export type ReplyClass = z.infer<typeof ReplyClass>;

export const ScenarioTopic = z.enum([
  'drinking',
  'vaping',
  'school_stress',
  'breakup',
  'teen_and_parents',
  'medication_adherence',
  'gambling',
  'loneliness',
]);
export type ScenarioTopic = z.infer<typeof ScenarioTopic>;

/**
 * How open the client is in a state: 0 = hardened (most resistance) ... 4 = change talk. An
 * MI-consistent reply never makes the client less open, a confrontational one never more open.
 */
export const Openness = z.number().int().min(0).max(4);
export type Openness = z.infer<typeof Openness>;

/** One thing the client sends: one or more chat bubbles, as texters split their thoughts. */
export const ClientBurst = z.array(z.string().trim().min(1).max(500)).min(1).max(4);
export type ClientBurst = z.infer<typeof ClientBurst>;

const StateId = z.string().regex(/^[a-z][a-z0-9_]*$/);

export const ScenarioState = z.object({
  id: StateId,
  openness: Openness,
  /** Candidate replies; the engine picks one with the session's random source. */
  replies: z.array(ClientBurst).min(1),
  /** Where each kind of counselor reply leads. Absent on an end state: the conversation is over. */
  next: z.record(ReplyClass, StateId).optional(),
});
export type ScenarioState = z.infer<typeof ScenarioState>;

export const Scenario = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string().min(1).max(80),
    topic: ScenarioTopic,
    /** The client's first name, as the chat shows it. */
    name: z.string().min(1).max(30),
    /** One line about who the client is, shown in the picker. */
    persona: z.string().min(1).max(200),
    /** What the counselor practises here, shown in the picker. */
    practise: z.string().min(1).max(200),
    /** What the client sends before the counselor has said anything. */
    opening: ClientBurst,
    /** The state the opening leaves the client in. */
    start: StateId,
    states: z.array(ScenarioState).min(2),
  })
  .superRefine((scenario, ctx) => {
    const byId = new Map(scenario.states.map((s) => [s.id, s]));
    if (byId.size !== scenario.states.length) ctx.addIssue({ code: 'custom', message: 'duplicate state id' });
    const start = byId.get(scenario.start);
    if (!start) ctx.addIssue({ code: 'custom', message: `start state ${scenario.start} is missing` });
    else if (!start.next)
      ctx.addIssue({ code: 'custom', message: 'the start state must not be an end state' });
    for (const state of scenario.states) {
      for (const [cls, target] of Object.entries(state.next ?? {})) {
        const to = byId.get(target);
        if (!to) {
          ctx.addIssue({ code: 'custom', message: `${state.id}: ${cls} leads to missing state ${target}` });
        } else if (cls === 'mi_consistent' && to.openness < state.openness) {
          ctx.addIssue({
            code: 'custom',
            message: `${state.id}: an MI-consistent reply must not harden the client`,
          });
        } else if (cls === 'confrontational' && to.openness > state.openness) {
          ctx.addIssue({
            code: 'custom',
            message: `${state.id}: a confrontational reply must not soften the client`,
          });
        }
      }
    }
    if (!scenario.states.some((s) => !s.next)) ctx.addIssue({ code: 'custom', message: 'no end state' });
  });
export type Scenario = z.infer<typeof Scenario>;
