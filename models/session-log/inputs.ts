import { z } from 'zod';
import { ClientAssessment, DraftAssessment } from '../assessment';
import { MAX_MESSAGE_CHARS } from '../conversation';
import {
  JudgeVerdict,
  LogGap,
  LoggedHint,
  LoggedSession,
  LoggedTurn,
  MAX_NOTE_CHARS,
  SessionStats,
} from './records';

/**
 * What a caller hands the session log, and what it hands back for one session. The log parses
 * every input with these before anything reaches IndexedDB, so nothing it stores can fail
 * validation when read back.
 */

const newTurnText = {
  text: z.string().max(MAX_MESSAGE_CHARS),
  /** When the turn was read (the capture time); defaults to the log's clock. */
  at: z.number().optional(),
  /** The page's own time for it: kept for display only within its window around `at`. */
  pageAt: z.number().optional(),
};

/** A turn to append: the log assigns `sessionId` and `seq`. */
export const NewTurn = z.discriminatedUnion('role', [
  z.object({
    ...newTurnText,
    role: z.literal('client'),
    assessment: ClientAssessment.nullable().default(null),
  }),
  z.object({
    ...newTurnText,
    role: z.literal('counselor'),
    sentDraft: z.boolean(),
    assessment: DraftAssessment.nullable().default(null),
    hints: z.array(LoggedHint).max(20).default([]),
    judge: JudgeVerdict.nullable().default(null),
  }),
]);
export type NewTurn = z.input<typeof NewTurn>;

/** A session to start: the log assigns its id (and the start time when none is given). */
export const NewSession = LoggedSession.pick({ site: true, platform: true, conversationKey: true }).extend({
  startedAt: z.number().optional(),
});
export type NewSession = z.infer<typeof NewSession>;

/** Turns read but not stored: the log places the gap before the next turn it stores. */
export const NewGap = LogGap.omit({ beforeSeq: true });
export type NewGap = z.infer<typeof NewGap>;

const noteChange = z
  .string()
  .max(MAX_NOTE_CHARS, `A note can be at most ${MAX_NOTE_CHARS} characters.`)
  .nullable()
  .optional();

export const NotesUpdate = z.object({
  /** A string sets the note; null or '' removes it; undefined leaves it as it is. */
  counselorNote: noteChange,
  supervisorNote: noteChange,
});
export type NotesUpdate = z.infer<typeof NotesUpdate>;

/** The review page's filters (lib/log/filter.ts holds what each one means). */
export const SessionFilter = z.object({
  /** Case-insensitive text in the site, platform, conversation key or notes. Turn text is not
   *  searched: that would mean decrypting every turn of every session. */
  search: z.string().max(1_000).optional(),
  site: z.string().max(300).optional(),
  /** Sessions that started at or after this time. */
  from: z.number().optional(),
  /** Sessions that started at or before this time. */
  to: z.number().optional(),
  /** Only sessions with (true) or without (false) a resistance moment. */
  hasResistance: z.boolean().optional(),
  /** Only sessions whose summary score (0..1) is at least this. */
  minScore: z.number().min(0).max(1).optional(),
});
export type SessionFilter = z.infer<typeof SessionFilter>;

/** One session as the review page opens it: the session, its counts and every turn. */
export const SessionDetail = z.object({
  session: LoggedSession,
  stats: SessionStats,
  turns: z.array(LoggedTurn),
});
export type SessionDetail = z.infer<typeof SessionDetail>;
