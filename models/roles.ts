/**
 * Who wrote a message. A plain tuple, free of zod, so the classic schemas (conversation.ts) and
 * the content script's zod/mini ones (messages.ts) share it without the content script loading
 * classic zod.
 */
export const ROLES = ['client', 'counselor'] as const;
