/**
 * Size limits that several boundaries share: what the reader cuts a page down to, what the
 * messages between contexts accept, and what the analyzer and the log refuse beyond. One place,
 * so a snapshot the reader makes is always one the panel accepts.
 *
 * Plain numbers, no zod: the content script imports this next to its zod/mini schemas.
 */

/** Characters of one message or of the counselor's draft. */
export const MAX_MESSAGE_CHARS = 20_000;
/** Messages in one snapshot or one analyzer request (the newest are kept). */
export const MAX_CONTEXT_MESSAGES = 2_000;
/** Characters of a page's message id. */
export const MAX_MESSAGE_ID_CHARS = 500;
/** Characters of a platform's conversation id, and of a logged session's site name. */
export const MAX_SITE_CHARS = 300;
/** Characters of a conversation key (adapter and page address, see lib/log/logging-choice.ts). */
export const MAX_CONVERSATION_KEY_CHARS = 2_200;
/** Characters of one phrase marked inline in the page. */
export const MAX_INLINE_MARK_CHARS = 500;
/** Phrases marked inline in the page at once. */
export const MAX_INLINE_MARKS = 20;
/** Hint actions kept for the session log between panel openings (the newest). */
export const MAX_HINT_ACTIONS = 500;
/** Conversations switched on one by one in the logging choice (the oldest fall off first). */
export const MAX_LOGGED_CONVERSATIONS = 1_000;
/** Sites switched on in the logging choice. */
export const MAX_LOGGED_SITES = 500;
/** Characters of one CSS selector in a taught layout: long position chains are what pick mode refuses. */
export const MAX_SELECTOR_CHARS = 300;
/** Layouts in one exported layouts file. */
export const MAX_LAYOUTS_IN_FILE = 500;
