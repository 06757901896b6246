import { z } from 'zod';

/**
 * The counselor's model choice (browser.storage.local `judgeSettings`). Each field falls back on
 * its own: a stored value from an older version, or one a content script wrote, never stops the
 * panel from opening; an unknown model id is replaced by the recommendation where it is used.
 */
export const JudgeSettings = z.object({
  modelId: z.string().min(1).max(200).nullable().catch(null).default(null),
  /** Load the model when the panel opens (the counselor loaded it before: start of a shift). */
  autoLoad: z.boolean().catch(false).default(false),
});
export type JudgeSettings = z.infer<typeof JudgeSettings>;

export const DEFAULT_JUDGE_SETTINGS: JudgeSettings = { modelId: null, autoLoad: false };
