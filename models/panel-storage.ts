import { z } from 'zod';
import { MAX_HINT_ACTIONS } from './limits';
import { HintAction } from './settings';

/**
 * What the side panel keeps in browser.storage.session between openings (cleared when the browser
 * closes). Read back leniently: a malformed entry is left out rather than making the rest unusable.
 */

/** `hintActions`: what the counselor did with hints, newest last, for the session log. */
export const StoredHintActions = z
  .array(z.unknown())
  .catch([])
  .transform((list) =>
    list
      .flatMap((entry) => {
        const parsed = HintAction.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      })
      .slice(-MAX_HINT_ACTIONS),
  );

/** One conversation the session recorder follows, as saved (lib/log/recorder.ts, persistableState). */
export const SavedConversationProgress = z.object({
  slot: z.string(),
  started: z.boolean(),
  /** Logged message ids → a hash of the text logged. */
  logged: z.record(z.string(), z.number()),
  onPage: z.array(z.string()),
  since: z.number(),
  /** Older panels did not save it: then `since` stands in. */
  touched: z.number().optional(),
});
export type SavedConversationProgress = z.infer<typeof SavedConversationProgress>;

/**
 * `sessionLogProgress.recorder`: the recorder's memory without drafts or hints. Conversations are
 * checked one by one (a malformed one is forgotten, the others kept).
 */
export const SavedRecorderState = z.object({
  nextSlot: z.number(),
  conversations: z.record(z.string(), z.unknown()).transform((all) =>
    Object.fromEntries(
      Object.entries(all).flatMap(([key, value]) => {
        const parsed = SavedConversationProgress.safeParse(value);
        return parsed.success ? [[key, parsed.data] as const] : [];
      }),
    ),
  ),
});
export type SavedRecorderState = z.infer<typeof SavedRecorderState>;
