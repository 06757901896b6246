import { type StoredItem, schemaItem } from './item';
import { DEFAULT_HINT_SETTINGS, HintSettings, type HintAction } from '../../models/settings';
import { DEFAULT_JUDGE_SETTINGS, JudgeSettings } from '../../models/judge-settings';
import { StoredHintActions } from '../../models/panel-storage';
import { LegacyLoggingChoice } from '../../models/logging-choice';
import { LegacyModelSource } from '../../models/model-source';
import { IdleLockMinutes, DEFAULT_IDLE_LOCK_MINUTES } from '../../models/review-settings';

/**
 * Every value Attune keeps in browser storage, each key defined once, with the zod schema it is
 * read back through. Storage is a boundary: `browser.storage.local` is shared with the content
 * script, which runs inside chat pages, and older versions stored other shapes, so nothing read
 * from it is trusted as typed. A value that does not parse falls back to the item's default (and
 * says so in the console) rather than being cast.
 *
 * The keys are the ones earlier versions used, so a counselor's settings carry over.
 *
 * Elsewhere, on purpose:
 * - lib/storage/page-items.ts: the two values the content script reads as well (layouts taught in
 *   pick mode, the reader's key), kept free of WXT's storage helper for the content script's size.
 * - lib/storage/trusted.ts: what decides where data goes or which conversations are logged (the
 *   logging choice and its secret, the counselor's weights URL) lives in the extension origin's
 *   own localStorage, which no content script can write.
 * - Clinic policy is the whole `storage.managed` area, read and checked key by key in
 *   lib/policy/policy.ts.
 */

/** The counselor's hint settings (local `hintSettings`). */
export const hintSettingsItem = schemaItem('local:hintSettings', HintSettings, DEFAULT_HINT_SETTINGS);

/** The counselor's model choice (local `judgeSettings`). */
export const judgeSettingsItem = schemaItem('local:judgeSettings', JudgeSettings, DEFAULT_JUDGE_SETTINGS);

/**
 * What the counselor did with hints (session `hintActions`), for the session log when the panel
 * opens again in the same browser session. Within one panel they pass in memory.
 */
export const hintActionsItem: StoredItem<HintAction[]> = schemaItem(
  'session:hintActions',
  StoredHintActions,
  [],
);

/** How long the review page waits before it locks itself (local `reviewIdleLockMinutes`). */
export const idleLockMinutesItem = schemaItem(
  'local:reviewIdleLockMinutes',
  IdleLockMinutes,
  DEFAULT_IDLE_LOCK_MINUTES,
);

/** Where versions before the hashed logging choice kept it, in the clear (local `logSettings`). */
export const legacyLoggingChoiceItem = schemaItem('local:logSettings', LegacyLoggingChoice.nullable(), null);

/** Where older versions kept the model source (local `modelSource`), which a content script could write. */
export const legacyModelSourceItem = schemaItem('local:modelSource', LegacyModelSource.nullable(), null);

export { readerKeyItem, siteConfigsItem } from './page-items';
export { sessionLogProgressItem } from './progress-item';
export type { StoredItem } from './item';
