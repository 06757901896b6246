// zod/mini: the content script loads and saves these (see messages.ts).
import * as z from 'zod/mini';
import { MAX_LAYOUTS_IN_FILE, MAX_SELECTOR_CHARS } from './limits';

/**
 * A chat layout the counselor taught Attune in pick mode, for a site no built-in adapter knows.
 * Selectors only: nothing about the conversation is stored. Kept in browser.storage.local under
 * `siteConfigs` (keyed by origin) and exported/imported as a file a clinic can share.
 */

/** Not a URL at all is refused by `z.url()`; its check runs this too, so this must not throw. */
function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** CSS selectors stay short: long position chains are what pick mode refuses to produce. */
const Selector = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SELECTOR_CHARS));

export const SiteConfig = z.strictObject({
  /** The page origin it applies to, e.g. `https://chat.example.org`. */
  origin: z.url().check(z.refine(isOrigin, 'an origin, without a path')),
  /** The counselor's reply box (a textarea, input or contenteditable root). */
  composer: Selector,
  /** The element holding the messages. */
  list: Selector,
  /** One message, relative to the list (matches every message, client's and own). */
  message: Selector,
  /** The message's text, relative to the message; absent: the message's whole text. */
  text: z.optional(Selector),
  /**
   * What marks the client's messages, when something does: then messages with neither mark
   * (system notices, activity lines) are left out.
   */
  client: z.optional(z.strictObject({ selector: Selector })),
  /**
   * How an own (counselor) message differs: a selector the message matches or contains; the side
   * of the list its bubble sits on; or, when only names tell people apart, the sender name in the
   * message (a message without one, a follow-on, is the previous message's sender's).
   */
  own: z.union([
    z.strictObject({ selector: Selector }),
    z.strictObject({ side: z.enum(['left', 'right']) }),
    // The sender's name shown in each message (chats where only names tell people apart), kept
    // as a hash of the counselor's display name: a shared layout file names nobody.
    z.strictObject({ sender: Selector, nameHash: z.string().check(z.regex(/^[0-9a-f]{8}$/)) }),
  ]),
  createdAt: z.int().check(z.gte(0)),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

/** storage.local `siteConfigs`: one layout per origin. */
export const SiteConfigs = z.record(z.string(), SiteConfig);
export type SiteConfigs = z.infer<typeof SiteConfigs>;

export const SITE_CONFIG_FILE_FORMAT = 'attune-site-layouts';
export const SITE_CONFIG_FILE_VERSION = 1;

/** The file a counselor or clinic exports and imports. */
export const SiteConfigFile = z.strictObject({
  format: z.literal(SITE_CONFIG_FILE_FORMAT),
  version: z.int().check(z.gte(1)),
  exportedAt: z.int().check(z.gte(0)),
  layouts: z.array(SiteConfig).check(z.maxLength(MAX_LAYOUTS_IN_FILE)),
});
export type SiteConfigFile = z.infer<typeof SiteConfigFile>;
