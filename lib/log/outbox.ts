import type { LogGapReason, NewSession } from '../../models/session-log';
import { type LogStorageFullError, SessionNotFoundError } from './errors';
import { type Failure, type OutboxProblem, classify } from './outbox-problem';
import { type Item, turnToGap, unsavedGaps, waitingLoad, waitingTurns } from './outbox-queue';
import { type SavedOutbox, restoreSavedOutbox, savedSlot } from './outbox-saved';
import type { LogWrite } from './recorder';
import { onSpaceFreed } from './space';
import type { SessionLog } from './store';

export { restoreSavedOutbox };
export type { OutboxProblem, SavedOutbox };

/**
 * The side panel's writes to the session log, held in memory until they commit. Nothing is lost
 * quietly:
 *
 * - Writes are made one at a time, in the order the recorder asked for them. A turn counts as
 *   stored only once its write has committed (appendTurn resolves after the commit).
 * - A write that fails stays at the head of the queue, with everything after it, and is tried
 *   again: after 1 s, 2 s, 4 s... up to 15 s; at once when the log says it freed space (a session
 *   deleted, retention: lib/log/space.ts) or after unlocking; and when a new turn arrives (at most
 *   once a second). A session that could not be started is retried the same way, its turns
 *   waiting behind it.
 * - Memory is bounded (1,000 turns or about 4 million characters waiting). Beyond that the oldest
 *   waiting turns are given up, and a gap takes their place: "n turns not stored", written to the
 *   session when writes work again. A turn whose write fails for another reason than a full disk
 *   8 times in a row, or one the log refuses outright, becomes a gap too.
 * - The queue lives in the panel's memory. What the panel saves between openings (`save()`, in
 *   storage.session) holds no text: only how many turns were still waiting. When the panel opens
 *   again those become a gap ("the side panel was closed before they could be stored").
 *
 * Runs wherever the log does (Node tests use fake-indexeddb and a log whose writes fail on cue).
 */

export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 15_000;
export const MAX_WAITING_TURNS = 1_000;
/** Roughly the characters of the waiting turns as JSON (text, assessments, hints). */
export const MAX_WAITING_CHARS = 4_000_000;
/** Failures of one write, other than a full disk or a locked log, before it is given up. */
export const MAX_ATTEMPTS = 8;
/** Slots (sessions being written) remembered: twice the conversations the recorder follows; the
 *  least recently used with nothing waiting are forgotten first. */
export const MAX_SLOTS = 100;

export interface OutboxOptions {
  readonly now?: () => number;
  readonly firstRetryMs?: number;
  readonly maxRetryMs?: number;
  readonly maxWaitingTurns?: number;
  readonly maxWaitingChars?: number;
  /** Called after every change of what `status()` or `save()` would return. */
  readonly onChange?: () => void;
}

export interface SlotStatus {
  /** The session the slot's turns go to, once it was started. */
  readonly sessionId: string | null;
  /** Turns stored in that session, as far as this panel knows (null when it does not). */
  readonly stored: number | null;
  /** Turns read and waiting in memory to be stored. */
  readonly waiting: number;
  /** Turns read that will not be stored: recorded as gaps, or to be once writes work. */
  readonly notStored: number;
}

export interface OutboxStatus {
  /** Cleared by the next write that succeeds. */
  readonly problem: OutboxProblem | null;
  readonly slots: Readonly<Record<string, SlotStatus>>;
}

interface SlotState {
  id: string | undefined;
  session: NewSession;
  stored: number | null;
  notStored: number;
}

export class LogOutbox {
  private readonly queue: Item[] = [];
  private readonly slots = new Map<string, SlotState>();
  private readonly stop = new AbortController();
  private readonly now: () => number;
  private problem: OutboxProblem | null = null;
  private running = false;
  private inFlight: Item | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Failed attempts in a row (the backoff), and of the write at the head. */
  private failures = 0;
  private headFailures = 0;
  private lastAttempt = -Infinity;

  constructor(
    private readonly log: SessionLog,
    private readonly options: OutboxOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    onSpaceFreed(() => this.retryNow(), this.stop.signal);
  }

  /** Takes the recorder's writes, in order, and starts writing. */
  enqueue(writes: readonly LogWrite[]): void {
    if (writes.length === 0) return;
    for (const write of writes) {
      if (write.kind === 'start') {
        this.slots.set(write.slot, { id: undefined, session: write.session, stored: 0, notStored: 0 });
        this.queue.push({ kind: 'start', slot: write.slot });
        this.forgetOldSlots();
      } else if (write.kind === 'append') {
        this.touch(write.slot);
        this.queue.push({
          kind: 'append',
          slot: write.slot,
          turn: write.turn,
          at: write.turn.at ?? this.now(),
          size: JSON.stringify(write.turn).length,
        });
      } else this.queue.push({ kind: 'end', slot: write.slot, at: write.at });
    }
    this.bound();
    this.changed();
    // A new turn is a good moment to see whether writes work again, but not more than once a second.
    if (this.timer !== undefined && this.now() - this.lastAttempt < this.firstRetryMs) return;
    this.retryNow(false);
  }

  /**
   * Continues a session stored before (the conversation resumed after a browser restart): the
   * slot writes to it, and `stored` turns are already in it.
   */
  adopt(slot: string, id: string, session: NewSession, stored: number | null, notStored = 0): void {
    this.slots.set(slot, { id, session, stored, notStored });
    this.changed();
  }

  /** Sets what the log says a slot's session holds (after the panel opened again). */
  noteStored(slot: string, stored: number, notStored: number): void {
    const state = this.slots.get(slot);
    if (!state) return;
    state.stored = stored;
    state.notStored = Math.max(state.notStored, notStored);
    this.changed();
  }

  /**
   * Takes back what a panel saved before it closed: the slots' sessions, and gaps for the turns
   * that were still waiting then. Call before the first enqueue.
   */
  restore(saved: SavedOutbox): void {
    for (const [slot, s] of Object.entries(saved.slots)) {
      this.slots.set(slot, { id: s.id, session: s.session, stored: null, notStored: s.notStored ?? 0 });
    }
    for (const [slot, gaps] of Object.entries(saved.unsaved)) {
      for (const gap of gaps) this.queue.push({ kind: 'gap', slot, ...gap });
    }
    this.changed();
    this.retryNow(false);
  }

  /** What to keep for the next opening of the panel (no text). */
  save(): SavedOutbox {
    const slots: SavedOutbox['slots'] = {};
    // As if the panel closed now: what is waiting would not be stored.
    for (const [slot, s] of this.slots)
      slots[slot] = savedSlot(s.id, s.session, s.notStored + waitingTurns(this.queue, slot));
    return { slots, unsaved: unsavedGaps(this.queue) };
  }

  status(): OutboxStatus {
    const slots: Record<string, SlotStatus> = {};
    for (const [slot, s] of this.slots) {
      slots[slot] = {
        sessionId: s.id ?? null,
        stored: s.stored,
        waiting: waitingTurns(this.queue, slot),
        notStored: s.notStored,
      };
    }
    return { problem: this.problem, slots };
  }

  /** Tries the waiting writes now (after an unlock, or when space may have returned). */
  retryNow(resetBackoff = true): void {
    if (this.stop.signal.aborted) return;
    if (resetBackoff) this.failures = 0;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    void this.pump();
  }

  /** Resolves once nothing is being written and nothing waits but for a timer or an unlock (tests). */
  async settled(): Promise<void> {
    while (this.running || (this.queue.length > 0 && this.timer === undefined && this.problem === null))
      await new Promise((resolve) => setTimeout(resolve, 1));
  }

  /** Stops retrying; what is still waiting stays in `save()`. */
  dispose(): void {
    this.stop.abort();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Marks a slot as the most recently used (the Map's order is the order they are forgotten in). */
  private touch(slot: string): void {
    const state = this.slots.get(slot);
    if (!state) return;
    this.slots.delete(slot);
    this.slots.set(slot, state);
  }

  /** Keeps the slots bounded: the least recently used with no write waiting go first. */
  private forgetOldSlots(): void {
    if (this.slots.size <= MAX_SLOTS) return;
    const busy = new Set(this.queue.map((item) => item.slot));
    for (const slot of this.slots.keys()) {
      if (this.slots.size <= MAX_SLOTS) return;
      if (!busy.has(slot)) this.slots.delete(slot);
    }
  }

  private get firstRetryMs() {
    return this.options.firstRetryMs ?? FIRST_RETRY_MS;
  }

  private changed(): void {
    this.options.onChange?.();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0 && !this.stop.signal.aborted) {
        const item = this.queue[0]!;
        this.inFlight = item;
        this.lastAttempt = this.now();
        let failure: Failure | null = null;
        let error: unknown;
        try {
          await this.write(item);
        } catch (caught) {
          error = caught;
          failure = classify(caught);
        } finally {
          this.inFlight = null;
        }
        if (failure === null) {
          this.queue.shift();
          this.forgetOldSlots();
          this.failures = 0;
          this.headFailures = 0;
          this.problem = null;
          this.changed();
          continue;
        }
        if (failure === 'locked') {
          // Nothing to do until the counselor unlocks (retryNow): no timer.
          this.problem = { kind: 'locked' };
          this.changed();
          return;
        }
        this.headFailures++;
        const giveUp =
          failure === 'permanent' ||
          (failure === 'transient' && item.kind !== 'start' && this.headFailures >= MAX_ATTEMPTS);
        if (giveUp) {
          this.giveUp(error);
          this.changed();
          continue;
        }
        this.failures++;
        this.problem =
          failure === 'full'
            ? { kind: 'full', error: error as LogStorageFullError }
            : { kind: 'failing', error };
        this.bound();
        this.schedule();
        this.changed();
        return;
      }
    } finally {
      this.running = false;
    }
  }

  private schedule(): void {
    const max = this.options.maxRetryMs ?? MAX_RETRY_MS;
    const delay = Math.min(max, this.firstRetryMs * 2 ** Math.max(0, this.failures - 1));
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.pump();
    }, delay);
  }

  /** Makes one write. Throws what the log threw. */
  private async write(item: Item): Promise<void> {
    const slot = this.slots.get(item.slot);
    if (!slot) return; // Nothing to write it to (a slot forgotten long ago): nothing to keep either.
    if (slot.id === undefined) {
      const started = await this.log.startSession(slot.session);
      slot.id = started.id;
      slot.stored = 0;
      this.changed();
    }
    const id = slot.id;
    switch (item.kind) {
      case 'start':
        return;
      case 'append': {
        let turn;
        try {
          turn = await this.log.appendTurn(id, item.turn);
        } catch (error) {
          if (!(error instanceof SessionNotFoundError)) throw error;
          // Deleted in the review page while the conversation goes on: what follows is a new session.
          const again = await this.log.startSession({ ...slot.session, startedAt: item.at });
          Object.assign(slot, { id: again.id, stored: 0, notStored: 0 });
          turn = await this.log.appendTurn(again.id, item.turn);
        }
        slot.stored = turn.seq + 1;
        return;
      }
      case 'end':
        try {
          await this.log.endSession(id, item.at);
        } catch (error) {
          if (!(error instanceof SessionNotFoundError)) throw error;
        }
        return;
      case 'gap':
        try {
          await this.log.recordGap(id, {
            turns: item.turns,
            from: item.from,
            to: item.to,
            reason: item.reason,
          });
        } catch (error) {
          // The session was deleted, and with it the turns around the gap.
          if (!(error instanceof SessionNotFoundError)) throw error;
        }
        return;
    }
  }

  /** The write at the head will not be made: its turns become a gap, or are counted as not stored. */
  private giveUp(error: unknown): void {
    const item = this.queue[0]!;
    this.headFailures = 0;
    this.problem = { kind: 'failed', error };
    if (item.kind === 'append') {
      this.toGap(0, 'write-failed');
      return;
    }
    this.queue.shift();
    if (item.kind !== 'start') return;
    // No session could be made for these turns, so there is nowhere to record them: drop the
    // slot's writes and count its turns as not stored (the panel says so).
    const slot = this.slots.get(item.slot);
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const other = this.queue[i]!;
      if (other.slot !== item.slot) continue;
      if (other.kind === 'append' && slot) slot.notStored++;
      this.queue.splice(i, 1);
    }
  }

  /** Keeps memory bounded: the oldest waiting turns (never the one being written) become a gap. */
  private bound(): void {
    const maxTurns = this.options.maxWaitingTurns ?? MAX_WAITING_TURNS;
    const maxChars = this.options.maxWaitingChars ?? MAX_WAITING_CHARS;
    const reason: LogGapReason = this.problem?.kind === 'full' ? 'storage-full' : 'write-failed';
    for (;;) {
      const { turns, chars } = waitingLoad(this.queue);
      if (turns <= maxTurns && chars <= maxChars) return;
      const index = this.queue.findIndex((item) => item.kind === 'append' && item !== this.inFlight);
      if (index === -1) return;
      this.toGap(index, reason);
    }
  }

  /** Replaces the waiting turn at `index` by a gap, counting it as not stored. */
  private toGap(index: number, reason: LogGapReason): void {
    const slot = turnToGap(this.queue, index, reason, this.inFlight);
    const state = slot === undefined ? undefined : this.slots.get(slot);
    if (state) state.notStored++;
  }
}
