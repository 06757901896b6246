// zod/mini: these schemas ship in the content script of every granted page, where classic zod's
// method chains would be most of its size. They validate exactly as before.
import * as z from 'zod/mini';
import {
  MAX_CONTEXT_MESSAGES,
  MAX_INLINE_MARK_CHARS,
  MAX_INLINE_MARKS,
  MAX_MESSAGE_CHARS,
  MAX_MESSAGE_ID_CHARS,
  MAX_SITE_CHARS,
} from './limits';
import { ROLES } from './roles';

/**
 * Messages between extension contexts, named by direction. Every receiver safeParses them and
 * checks the sender (sender.id === runtime.id).
 */

const Count = z.int().check(z.gte(0));
const ShortText = (max: number) => z.string().check(z.maxLength(max));
const TabId = z.optional(z.number());

export const AdapterHealth = z.object({
  composerFound: z.boolean(),
  messages: Count,
  client: Count,
  counselor: Count,
  /** Private or internal notes the adapter left out of the messages (absent when there were none). */
  notesSkipped: z.optional(Count),
  /** Set when something is wrong, e.g. a page that parsed before now yields nothing. */
  warning: z.optional(z.string()),
});
export type AdapterHealth = z.infer<typeof AdapterHealth>;

export const PageMessage = z.object({
  id: ShortText(MAX_MESSAGE_ID_CHARS),
  role: z.enum(ROLES),
  text: ShortText(MAX_MESSAGE_CHARS),
  time: z.optional(z.number()),
});

/** content→panel: what the page shows now (sent on change, debounced). */
export const PageSnapshot = z.object({
  type: z.literal('page-snapshot'),
  adapter: z.string(),
  platform: z.string(),
  url: z.string(),
  messages: z.array(PageMessage).check(z.maxLength(MAX_CONTEXT_MESSAGES)),
  draft: ShortText(MAX_MESSAGE_CHARS),
  /** The platform's id for the open chat, where the address does not tell chats apart. */
  conversation: z.optional(ShortText(MAX_SITE_CHARS)),
  health: AdapterHealth,
  at: z.number(),
  /**
   * The counselor is writing in this frame now (it has the focus, in an editable field). Where
   * more than one frame of a tab may be read, the panel follows the one written in.
   */
  writing: z.optional(z.boolean()),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;

/**
 * content→panel: what changed since the last snapshot (or update) this frame sent, so that a long
 * conversation is not shipped again on every keystroke or new message. The messages become
 * `last.messages.slice(start, start + keep)` followed by `added`; draft, health, time and writing
 * are the page's now. Typing sends an update that keeps every message; a new message, one that
 * adds it. The panel applies it to its snapshot (lib/live/snapshot.ts, `applyUpdate`) and asks for
 * a whole snapshot when it cannot.
 */
export const PageUpdate = z.object({
  type: z.literal('page-update'),
  /** The snapshot's adapter and address: an update for another page is not applied. */
  adapter: z.string(),
  url: z.string(),
  start: Count,
  keep: Count,
  added: z.array(PageMessage).check(z.maxLength(MAX_CONTEXT_MESSAGES)),
  draft: ShortText(MAX_MESSAGE_CHARS),
  health: AdapterHealth,
  at: z.number(),
  writing: z.optional(z.boolean()),
});
export type PageUpdate = z.infer<typeof PageUpdate>;

/** panel→content: put this text into the page's composer (only on the counselor's click). */
export const InsertText = z.object({
  type: z.literal('insert-text'),
  text: ShortText(MAX_MESSAGE_CHARS),
  /** Set when sent by runtime broadcast (to extension-page chats such as the practice chat). */
  tabId: TabId,
});
/** panel→content: send the current snapshot now (sent to every frame: the served one answers). */
export const RequestSnapshot = z.object({
  type: z.literal('request-snapshot'),
  tabId: TabId,
});
/** content→panel: the result of an insert request. */
export const InsertResultMessage = z.object({
  type: z.literal('insert-result'),
  ok: z.boolean(),
  reason: z.optional(z.string()),
});

/** content→panel: the reader runs in this page but recognises no chat in it (yet). */
export const NoChatFound = z.object({
  type: z.literal('no-chat'),
  url: z.string(),
});
/** panel→content: start pick mode (top frame only): the counselor teaches Attune this page. */
export const StartPick = z.object({ type: z.literal('start-pick'), tabId: TabId });
/** panel→content: stop pick mode. */
export const CancelPick = z.object({ type: z.literal('cancel-pick'), tabId: TabId });
/** content→panel: how pick mode ended. */
export const PickResult = z.object({
  type: z.literal('pick-result'),
  outcome: z.enum(['saved', 'failed', 'cancelled']),
  /** What to do differently, when it failed. */
  problem: z.optional(z.string()),
  origin: z.optional(z.string()),
});
export type PickResult = z.infer<typeof PickResult>;

/** One phrase to mark inline in the page's client message (never in the editor). */
export const InlineMark = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(MAX_INLINE_MARK_CHARS)),
  kind: z.enum(['resistance', 'risk', 'change']),
});
export type InlineMark = z.infer<typeof InlineMark>;
/** panel→content: the phrases to mark now (an empty list clears them). */
export const ShowMarks = z.object({
  type: z.literal('show-marks'),
  marks: z.array(InlineMark).check(z.maxLength(MAX_INLINE_MARKS)),
  tabId: TabId,
});

export const ContentToPanel = z.discriminatedUnion('type', [
  PageSnapshot,
  PageUpdate,
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
