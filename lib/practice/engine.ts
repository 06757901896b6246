import { type Rng, seededRng } from '../random';
import type { Assessment, ClientBurst, ReplyClass, Scenario, ScenarioState } from '../../models';

/**
 * The practice chat's scripted client: pure functions over a scenario (no timers, no DOM). The
 * page supplies the analyzer's reading of each counselor reply and a random source; tests pass a
 * seeded one, so a run is reproducible.
 */

/**
 * How a counselor reply lands with a scripted client, from the analyzer's output.
 * - confrontational: confronting or persuading without permission (MITI's MI-non-adherent codes),
 *   or a reply that takes the opposing side or pressures (stance alignment or autonomy 0);
 * - mi_consistent: a reflection or an open question that stands with the client or affirms their
 *   choice (stance alignment or autonomy 2), with nothing a supervisor would stop;
 * - neutral: everything else, including a reply that skips over stated risk.
 */
export function classifyReply(assessment: Assessment): ReplyClass {
  const draft = assessment.draft;
  if (!draft) return 'neutral';
  const { flags, mechanisms } = draft;
  if (
    flags.confront ||
    flags.persuadeWithoutPermission ||
    mechanisms.stanceAlignment === 0 ||
    mechanisms.respectForAutonomy === 0
  ) {
    return 'confrontational';
  }
  const miShape = draft.main === 'reflection' || (draft.main === 'question' && draft.question === 'open');
  const miStance = mechanisms.stanceAlignment === 2 || mechanisms.respectForAutonomy === 2;
  if (miShape && miStance && draft.safety.length === 0) return 'mi_consistent';
  return 'neutral';
}

export function stateOf(scenario: Scenario, id: string): ScenarioState {
  const state = scenario.states.find((s) => s.id === id);
  if (!state) throw new Error(`scenario ${scenario.id} has no state ${id}`);
  return state;
}

export function isEnd(scenario: Scenario, stateId: string): boolean {
  return !stateOf(scenario, stateId).next;
}

export interface ClientTurn {
  /** The state the client is in after answering. */
  state: string;
  /** What the client sends; empty once the conversation has ended. */
  messages: ClientBurst | [];
}

/**
 * The client's answer to a counselor reply of the given class, in the given state. Prefers a
 * candidate the client has not sent yet (`alreadySent`), so a state the chat returns to does not
 * repeat itself word for word while it has something else to say.
 */
export function nextClientTurn(
  scenario: Scenario,
  stateId: string,
  replyClass: ReplyClass,
  rng: Rng,
  alreadySent: ReadonlySet<string> = new Set(),
): ClientTurn {
  const state = stateOf(scenario, stateId);
  if (!state.next) return { state: state.id, messages: [] };
  const to = stateOf(scenario, state.next[replyClass]);
  const fresh = to.replies.filter((burst) => !burst.some((line) => alreadySent.has(line)));
  const pool = fresh.length > 0 ? fresh : to.replies;
  const pick = pool[Math.min(pool.length - 1, Math.floor(rng() * pool.length))]!;
  return { state: to.id, messages: [...pick] };
}

/** How long the scripted client "types" before each message: 400-900 ms, or 0 in fast mode (tests). */
export function replyDelayMs(rng: Rng, fast: boolean): number {
  return fast ? 0 : 400 + Math.round(rng() * 500);
}

export { seededRng, type Rng };
