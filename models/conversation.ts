import { z } from 'zod';
import { MAX_CONTEXT_MESSAGES, MAX_MESSAGE_CHARS } from './limits';
import { ROLES } from './roles';

// Hard limits on what the analyzer accepts: beyond them input is refused, never silently cut.
export { MAX_CONTEXT_MESSAGES, MAX_MESSAGE_CHARS };

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Message = z.object({
  role: Role,
  text: z.string().max(MAX_MESSAGE_CHARS),
  /** Milliseconds since the epoch, when the page shows it. */
  time: z.number().optional(),
});
export type Message = z.infer<typeof Message>;

/** The counselor's unsent reply, as typed in the composer. */
export const Draft = z.string().max(MAX_MESSAGE_CHARS);
export type Draft = z.infer<typeof Draft>;

/** What the analyzer is asked about: recent messages (oldest first) and an optional draft. */
export const AssessInput = z.object({
  context: z.array(Message).max(MAX_CONTEXT_MESSAGES),
  draft: Draft.optional(),
});
export type AssessInput = z.infer<typeof AssessInput>;
