import type { Role, Scenario } from '../../models';
import { isEnd, stateOf } from './engine';

/**
 * One practice conversation as plain data: what has been said and where the scripted client is.
 * Pure updates; the page owns timers and the analyzer call.
 */

export interface ChatMessage {
  /** Stable within a session: `<scenario id>-<n>`, n counting every message sent. */
  id: string;
  role: Role;
  text: string;
}

export interface PracticeSession {
  scenario: Scenario;
  /** The client's current state in the scenario. */
  state: string;
  messages: readonly ChatMessage[];
}

export function startSession(scenario: Scenario): PracticeSession {
  return addMessages({ scenario, state: scenario.start, messages: [] }, 'client', scenario.opening);
}

export function addMessages(session: PracticeSession, role: Role, texts: readonly string[]): PracticeSession {
  const messages = [...session.messages];
  for (const text of texts)
    messages.push({ id: `${session.scenario.id}-${messages.length + 1}`, role, text });
  return { ...session, messages };
}

/** The lines the client has sent so far, so a state the chat returns to does not repeat itself. */
export function clientLinesSent(session: PracticeSession): Set<string> {
  return new Set(session.messages.filter((m) => m.role === 'client').map((m) => m.text));
}

/** Over once the client has reached an end state. */
export function hasEnded(session: PracticeSession): boolean {
  return isEnd(session.scenario, session.state);
}

/** How an ended conversation ended: the client walked away, or reached a step toward change. */
export function ending(session: PracticeSession): 'left' | 'resolved' | null {
  if (!hasEnded(session)) return null;
  return stateOf(session.scenario, session.state).openness === 0 ? 'left' : 'resolved';
}
