import { SavedRecorderState } from '../../models/panel-storage';
import type { ConversationProgress, RecorderState } from './recorder';

/**
 * What the panel keeps between openings (browser.storage.session, cleared when the browser
 * closes): which messages were logged and where. Drafts and hints are left out: they are not
 * needed to avoid logging a message twice, and a draft never sent is not the log's business.
 */
export function persistableState(state: RecorderState): RecorderState {
  return {
    nextSlot: state.nextSlot,
    conversations: Object.fromEntries(
      Object.entries(state.conversations).map(([key, p]) => [key, { ...p, draft: null, seenHints: {} }]),
    ),
  };
}

/** A state read back from storage; anything malformed starts afresh rather than mislogging. */
export function restoreRecorderState(stored: unknown): RecorderState {
  const parsed = SavedRecorderState.safeParse(stored);
  if (!parsed.success) return { nextSlot: 1, conversations: {} };
  const conversations: Record<string, ConversationProgress> = {};
  for (const [key, p] of Object.entries(parsed.data.conversations)) {
    conversations[key] = { ...p, draft: null, seenHints: {}, touched: p.touched ?? p.since };
  }
  return { nextSlot: parsed.data.nextSlot, conversations };
}
