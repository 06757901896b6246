import { z } from 'zod';
import { Role } from './conversation';

/**
 * Messages between extension contexts, named by direction. Every receiver safeParses them and
 * checks the sender (sender.id === runtime.id).
 */

export const AdapterHealth = z.object({
  composerFound: z.boolean(),
  messages: z.number().int().min(0),
  client: z.number().int().min(0),
  counselor: z.number().int().min(0),
  /** Set when something is wrong, e.g. a page that parsed before now yields nothing. */
  warning: z.string().optional(),
});
export type AdapterHealth = z.infer<typeof AdapterHealth>;

export const PageMessage = z.object({
  id: z.string().max(500),
  role: Role,
  text: z.string().max(20_000),
  time: z.number().optional(),
});

/** content→panel: what the page shows now (sent on change, debounced). */
export const PageSnapshot = z.object({
  type: z.literal('page-snapshot'),
  adapter: z.string(),
  platform: z.string(),
  url: z.string(),
  messages: z.array(PageMessage).max(2_000),
  draft: z.string().max(20_000),
  health: AdapterHealth,
  at: z.number(),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;

/** panel→content: put this text into the page's composer (only on the counselor's click). */
export const InsertText = z.object({
  type: z.literal('insert-text'),
  text: z.string().max(20_000),
  /** Set when sent by runtime broadcast (to extension-page chats such as the practice chat). */
  tabId: z.number().optional(),
});
/** panel→content: send the current snapshot now. */
export const RequestSnapshot = z.object({
  type: z.literal('request-snapshot'),
  tabId: z.number().optional(),
});
/** content→panel: the result of an insert request. */
export const InsertResultMessage = z.object({
  type: z.literal('insert-result'),
  ok: z.boolean(),
  reason: z.string().optional(),
});

/** content→panel: the reader runs in this page but recognises no chat in it (yet). */
export const NoChatFound = z.object({
  type: z.literal('no-chat'),
  url: z.string(),
});
/** panel→content: start pick mode (top frame only): the counselor teaches Attune this page. */
export const StartPick = z.object({ type: z.literal('start-pick'), tabId: z.number().optional() });
/** panel→content: stop pick mode. */
export const CancelPick = z.object({ type: z.literal('cancel-pick'), tabId: z.number().optional() });
/** content→panel: how pick mode ended. */
export const PickResult = z.object({
  type: z.literal('pick-result'),
  outcome: z.enum(['saved', 'failed', 'cancelled']),
  /** What to do differently, when it failed. */
  problem: z.string().optional(),
  origin: z.string().optional(),
});
export type PickResult = z.infer<typeof PickResult>;

/** One phrase to mark inline in the page's client message (never in the editor). */
export const InlineMark = z.object({
  text: z.string().min(1).max(500),
  kind: z.enum(['resistance', 'risk', 'change']),
});
export type InlineMark = z.infer<typeof InlineMark>;
/** panel→content: the phrases to mark now (an empty list clears them). */
export const ShowMarks = z.object({
  type: z.literal('show-marks'),
  marks: z.array(InlineMark).max(20),
  tabId: z.number().optional(),
});

export const ContentToPanel = z.discriminatedUnion('type', [
  PageSnapshot,
  InsertResultMessage,
  NoChatFound,
  PickResult,
]);
export type ContentToPanel = z.infer<typeof ContentToPanel>;
export const PanelToContent = z.discriminatedUnion('type', [
  InsertText,
  RequestSnapshot,
  StartPick,
  CancelPick,
  ShowMarks,
]);
export type PanelToContent = z.infer<typeof PanelToContent>;
