import { type NewSession, SavedGap, type SavedOutbox, SavedSlot } from '../../models/session-log';

/**
 * The outbox between openings of the panel (models/session-log/outbox.ts): what it keeps in
 * storage.session, read back entry by entry so that one malformed entry is left out, never
 * guessed, and the rest still counts.
 */

export type { SavedGap, SavedOutbox };

/** Two gaps of one slot as one: every turn of both, from the earliest to the latest. */
export function mergedGap(a: SavedGap, b: SavedGap): SavedGap {
  return {
    turns: a.turns + b.turns,
    from: Math.min(a.from, b.from),
    to: Math.max(a.to, b.to),
    reason: a.reason,
  };
}

const entries = (value: unknown): [string, unknown][] =>
  typeof value === 'object' && value !== null ? Object.entries(value) : [];

/** A saved outbox read back from storage; anything malformed is left out. */
export function restoreSavedOutbox(stored: unknown): SavedOutbox {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const slots: Record<string, SavedSlot> = {};
  for (const [slot, entry] of entries(value.slots)) {
    const parsed = SavedSlot.safeParse(entry);
    if (parsed.success) slots[slot] = parsed.data;
  }
  const unsaved: Record<string, SavedGap[]> = {};
  for (const [slot, list] of entries(value.unsaved)) {
    if (!Array.isArray(list) || !(slot in slots)) continue;
    const gaps = list.flatMap((gap: unknown) => {
      const parsed = SavedGap.safeParse(gap);
      return parsed.success ? [parsed.data] : [];
    });
    if (gaps.length > 0) unsaved[slot] = gaps;
  }
  return { slots, unsaved };
}

/** What a slot keeps for the next opening. */
export function savedSlot(id: string | undefined, session: NewSession, notStored: number): SavedSlot {
  return { ...(id === undefined ? {} : { id }), session, notStored };
}
