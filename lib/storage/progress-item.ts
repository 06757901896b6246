import { type SavedOutbox, restoreSavedOutbox } from '../log/outbox';
import type { RecorderState } from '../log/recorder';
import { persistableState, restoreRecorderState } from '../log/recorder-memory';
import { type StoredItem, lazyItem } from './item';

/**
 * session `sessionLogProgress`: which messages the panel handed to the session log where, and what
 * was still waiting to be stored (counts and times, never text), so reopening the panel logs
 * nothing twice and records what it could not store as a gap. Stored as `{ recorder, slots,
 * unsaved }`; the recorder's part is read through models/panel-storage.ts, the outbox's through
 * its own checker (lib/log/outbox.ts). Anything malformed starts afresh rather than mislogging.
 */
export interface SessionLogProgress {
  readonly recorder: RecorderState;
  readonly outbox: SavedOutbox;
}

const item = lazyItem<{ recorder: RecorderState } & SavedOutbox>('session:sessionLogProgress');

function read(stored: unknown): SessionLogProgress {
  const value: { recorder?: unknown } = typeof stored === 'object' && stored !== null ? stored : {};
  return { recorder: restoreRecorderState(value.recorder), outbox: restoreSavedOutbox(stored) };
}

export const sessionLogProgressItem: StoredItem<SessionLogProgress> = {
  key: 'sessionLogProgress',
  getValue: async () => read(await item().getValue()),
  // Drafts and hints are left out: the log's business is only what was sent (persistableState).
  setValue: ({ recorder, outbox }) => item().setValue({ recorder: persistableState(recorder), ...outbox }),
  removeValue: () => item().removeValue(),
  watch: (onChange) => item().watch((value) => onChange(read(value))),
};
