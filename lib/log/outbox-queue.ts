import type { LogGapReason, NewTurn } from '../../models/session-log';
import { type SavedGap, mergedGap } from './outbox-saved';

/**
 * The outbox's queue of writes, as plain data, and the changes made to it that need no log:
 * counting what waits, turning waiting turns into gaps, and the gaps to save when the panel closes.
 */

export type Item =
  | { readonly kind: 'start'; readonly slot: string }
  | {
      readonly kind: 'append';
      readonly slot: string;
      readonly turn: NewTurn;
      readonly at: number;
      /** Roughly its characters as JSON: what the memory bound counts. */
      readonly size: number;
    }
  | { readonly kind: 'end'; readonly slot: string; readonly at: number }
  | ({ readonly kind: 'gap'; readonly slot: string } & SavedGap);

/** Turns waiting in the queue for one slot. */
export function waitingTurns(queue: readonly Item[], slot: string): number {
  return queue.filter((i) => i.slot === slot && i.kind === 'append').length;
}

/** Turns and characters waiting in the whole queue. */
export function waitingLoad(queue: readonly Item[]): { turns: number; chars: number } {
  let turns = 0;
  let chars = 0;
  for (const item of queue) {
    if (item.kind !== 'append') continue;
    turns++;
    chars += item.size;
  }
  return { turns, chars };
}

/**
 * Replaces the waiting turn at `index` by a gap, merged into a gap of the same slot and reason
 * just before it (unless that one is being written). Returns the turn's slot, or undefined when
 * there was no waiting turn there.
 */
export function turnToGap(
  queue: Item[],
  index: number,
  reason: LogGapReason,
  inFlight: Item | null,
): string | undefined {
  const item = queue[index];
  if (item?.kind !== 'append') return undefined;
  const gap: SavedGap = { turns: 1, from: item.at, to: item.at, reason };
  const before = queue[index - 1];
  if (
    before?.kind === 'gap' &&
    before.slot === item.slot &&
    before.reason === reason &&
    before !== inFlight
  ) {
    queue[index - 1] = { ...before, ...mergedGap(before, gap) };
    queue.splice(index, 1);
  } else queue[index] = { kind: 'gap', slot: item.slot, ...gap };
  return item.slot;
}

/** The gaps to record when the panel opens again: what waits now would not be stored. */
export function unsavedGaps(queue: readonly Item[]): Record<string, SavedGap[]> {
  const unsaved: Record<string, SavedGap[]> = {};
  for (const item of queue) {
    if (item.kind !== 'append' && item.kind !== 'gap') continue;
    const list = (unsaved[item.slot] ??= []);
    const gap: SavedGap =
      item.kind === 'gap'
        ? { turns: item.turns, from: item.from, to: item.to, reason: item.reason }
        : { turns: 1, from: item.at, to: item.at, reason: 'panel-closed' };
    const last = list.at(-1);
    if (last && last.reason === gap.reason) list[list.length - 1] = mergedGap(last, gap);
    else list.push(gap);
  }
  return unsaved;
}
