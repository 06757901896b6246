import { z } from 'zod';

/** How many hints at a time: the evidence says few and confident (framework §6). */
export const Sensitivity = z.enum(['fewer', 'balanced', 'more']);
export type Sensitivity = z.infer<typeof Sensitivity>;

/** The counselor's hint settings (browser.storage.local, key `hintSettings`). */
export const HintSettings = z.object({
  sensitivity: Sensitivity.default('balanced'),
  /** Rule ids switched off (safety rules cannot be). */
  disabledRules: z.array(z.string()).default([]),
  /** Non-safety hints are hidden until this time (ms since the epoch). */
  snoozedUntil: z.number().nullable().default(null),
  /** Mark the client's resistance and risk phrases in the chat page itself (CSS highlights). */
  inlineMarks: z.boolean().default(true),
});
export type HintSettings = z.infer<typeof HintSettings>;

export const DEFAULT_HINT_SETTINGS: HintSettings = {
  sensitivity: 'balanced',
  disabledRules: [],
  snoozedUntil: null,
  inlineMarks: true,
};

/** What the counselor did with a hint, kept for the session log. */
export const HintAction = z.object({
  rule: z.string(),
  about: z.string(),
  action: z.enum(['accepted', 'dismissed', 'disagreed']),
  at: z.number(),
  /** The hint's message, so a log reader sees what was disputed. */
  message: z.string(),
});
export type HintAction = z.infer<typeof HintAction>;
