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

export const ContentToPanel = z.discriminatedUnion('type', [PageSnapshot, InsertResultMessage]);
export type ContentToPanel = z.infer<typeof ContentToPanel>;
export const PanelToContent = z.discriminatedUnion('type', [InsertText, RequestSnapshot]);
export type PanelToContent = z.infer<typeof PanelToContent>;
