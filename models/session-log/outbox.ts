import { z } from 'zod';
import { NewGap, NewSession } from './inputs';

/**
 * What the side panel's log outbox (lib/log/outbox.ts) keeps in storage.session between openings:
 * which session each slot writes to, and counts. No text. Read back entry by entry
 * (lib/log/outbox-saved.ts): a malformed entry is left out, never guessed.
 */

export const SavedSlot = z.object({
  id: z.string().optional(),
  session: NewSession,
  notStored: z.number().int().min(0).optional(),
});
export type SavedSlot = z.infer<typeof SavedSlot>;

/** Turns not stored when the outbox was saved: a gap once the panel opens again. */
export const SavedGap = NewGap;
export type SavedGap = NewGap;

export const SavedOutbox = z.object({
  slots: z.record(z.string(), SavedSlot),
  /** Turns not stored when this was saved, per slot, in order. */
  unsaved: z.record(z.string(), z.array(SavedGap)),
});
export type SavedOutbox = z.infer<typeof SavedOutbox>;
