import { LogStorageFullError } from '../log/errors';
import type { OutboxProblem, OutboxStatus } from '../log/outbox';

/** What the session log control says, from the log's state in the panel (pure). */

/** Where the session log stands for the conversation the panel follows. */
export type SessionLogStatus =
  | { kind: 'off' }
  /**
   * `turns`: turns stored (committed) in this conversation's session, when known; `waiting`: turns
   * read and kept in the panel until they can be stored; `notStored`: turns that never will be
   * (recorded as a gap in the session); `problem`: why writes are waiting or were given up.
   */
  | {
      kind: 'on';
      turns: number | null;
      waiting?: number;
      notStored?: number;
      problem?: string;
    }
  /** The log is encrypted and this panel has no key yet; `problem` after a failed unlock. */
  | { kind: 'locked'; problem?: string }
  /** Clinic policy requires an encrypted log and this one is not: nothing is logged until it is. */
  | { kind: 'needs-encryption' }
  | { kind: 'error'; message: string };

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function explain(error: unknown): string {
  if (error instanceof LogStorageFullError) return error.message;
  return `The session log could not store this turn: ${messageOf(error)}`;
}

/** What the counselor reads about writes that are waiting or were given up. */
export function describeOutboxProblem(problem: OutboxProblem | null): string | undefined {
  switch (problem?.kind) {
    case undefined:
    case 'locked':
      return undefined;
    case 'full':
      return problem.error.message;
    case 'failing':
      return `The session log could not store the latest turns (${messageOf(problem.error)}). They are kept here and tried again.`;
    case 'failed':
      return `The session log refused some turns (${messageOf(problem.error)}): they are counted as not stored.`;
  }
}

/** Turns a stored session says it is missing (its gaps). */
export function notStoredIn(session: { readonly gaps?: readonly { readonly turns: number }[] }): number {
  return (session.gaps ?? []).reduce((n, g) => n + g.turns, 0);
}

/** The control's status line: off, a problem, locked, or how many turns this conversation has stored. */
export function sessionLogStatus(input: {
  readonly logging: boolean;
  readonly problem: SessionLogStatus | null;
  readonly outbox: OutboxStatus;
  /** This conversation's outbox slot, once it has one. */
  readonly slot: string | undefined;
}): SessionLogStatus {
  const { logging, problem, outbox, slot } = input;
  if (!logging) return { kind: 'off' };
  if (problem) return problem;
  if (outbox.problem?.kind === 'locked') return { kind: 'locked' };
  const slotStatus = slot ? outbox.slots[slot] : undefined;
  const problemText = describeOutboxProblem(outbox.problem);
  return {
    kind: 'on',
    turns: slotStatus ? slotStatus.stored : slot ? null : 0,
    waiting: slotStatus?.waiting ?? 0,
    notStored: slotStatus?.notStored ?? 0,
    ...(problemText ? { problem: problemText } : {}),
  };
}
