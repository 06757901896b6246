import { z } from 'zod';

/**
 * A chat layout the counselor taught Attune in pick mode, for a site no built-in adapter knows.
 * Selectors only: nothing about the conversation is stored. Kept in browser.storage.local under
 * `siteConfigs` (keyed by origin) and exported/imported as a file a clinic can share.
 */

/** CSS selectors stay short: long position chains are what pick mode refuses to produce. */
const Selector = z.string().trim().min(1).max(300);

export const SiteConfig = z
  .object({
    /** The page origin it applies to, e.g. `https://chat.example.org`. */
    origin: z.url().refine((value) => new URL(value).origin === value, 'an origin, without a path'),
    /** The counselor's reply box (a textarea, input or contenteditable root). */
    composer: Selector,
    /** The element holding the messages. */
    list: Selector,
    /** One message, relative to the list (matches every message, client's and own). */
    message: Selector,
    /** The message's text, relative to the message; absent: the message's whole text. */
    text: Selector.optional(),
    /**
     * How an own (counselor) message differs: a selector the message matches or contains, or the
     * side of the list its bubble sits on when nothing in the markup tells them apart.
     */
    /**
     * What marks the client's messages, when something does: then messages with neither mark
     * (system notices, activity lines) are left out.
     */
    client: z.object({ selector: Selector }).strict().optional(),
    own: z.union([
      z.object({ selector: Selector }).strict(),
      z.object({ side: z.enum(['left', 'right']) }).strict(),
    ]),
    createdAt: z.number().int().min(0),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;

/** storage.local `siteConfigs`: one layout per origin. */
export const SiteConfigs = z.record(z.string(), SiteConfig);
export type SiteConfigs = z.infer<typeof SiteConfigs>;

export const SITE_CONFIG_FILE_FORMAT = 'attune-site-layouts';
export const SITE_CONFIG_FILE_VERSION = 1;

/** The file a counselor or clinic exports and imports. */
export const SiteConfigFile = z
  .object({
    format: z.literal(SITE_CONFIG_FILE_FORMAT),
    version: z.number().int().min(1),
    exportedAt: z.number().int().min(0),
    layouts: z.array(SiteConfig).max(500),
  })
  .strict();
export type SiteConfigFile = z.infer<typeof SiteConfigFile>;
