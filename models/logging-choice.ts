import { z } from 'zod';
import {
  MAX_CONVERSATION_KEY_CHARS,
  MAX_LOGGED_CONVERSATIONS,
  MAX_LOGGED_SITES,
  MAX_SITE_CHARS,
} from './limits';

/**
 * Where the counselor turned the session log on, as kept in the extension's trusted store
 * (lib/log/logging-choice.ts says why it holds only keyed hashes, never an address).
 */

/** An HMAC-SHA-256 digest or the install's secret: 32 bytes, base64url without padding. */
export const Digest = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const LoggingChoice = z.object({
  version: z.literal(2),
  /** Hashes of origins (`https://chat.example.org`) where every conversation is logged. */
  sites: z.array(Digest).max(MAX_LOGGED_SITES).default([]),
  /** Hashes of conversation keys (see conversationKeyOf) logged one by one, oldest first. */
  conversations: z.array(Digest).max(MAX_LOGGED_CONVERSATIONS).default([]),
});
export type LoggingChoice = z.infer<typeof LoggingChoice>;

export const NO_LOGGING: LoggingChoice = { version: 2, sites: [], conversations: [] };

/** The old, unhashed choice (storage.local `logSettings`), read once to be hashed and deleted. */
export const LegacyLoggingChoice = z.object({
  sites: z.array(z.string().min(1).max(MAX_SITE_CHARS)).max(MAX_LOGGED_SITES).default([]),
  conversations: z
    .array(z.string().min(1).max(MAX_CONVERSATION_KEY_CHARS))
    .max(MAX_LOGGED_CONVERSATIONS)
    .default([]),
});
export type LegacyLoggingChoice = z.infer<typeof LegacyLoggingChoice>;
