// zod/mini: the content script reads this (see messages.ts).
import * as z from 'zod/mini';

/**
 * The installation's random key in the name of the event a starting reader fires on the page
 * (lib/live/reader-key.ts says why): 16 bytes as lowercase hex. browser.storage.local `liveReaderKey`.
 */
export const ReaderKey = z.string().check(z.regex(/^[0-9a-f]{32}$/));
export type ReaderKey = z.infer<typeof ReaderKey>;
