import { z } from 'zod';
import { ClientAssessment, DraftAssessment, Hint, Mechanisms, SessionSummary } from '../assessment';
import { MAX_MESSAGE_CHARS } from '../conversation';
import { EmpathyKey, MechanismKey, ResistanceBehaviour, SafetyFlag, TalkType } from '../framework';

/**
 * The session log's records (issue 5) as callers read them: sessions, turns, hints, gaps, counts.
 *
 * The version of the stored layout. The IndexedDB version in lib/log/db.ts is this number, with one
 * migration step per version, so a record shape cannot change without a tested migration.
 */
export const LOG_SCHEMA_VERSION = 3;

/** Long enough for a supervision note, short enough that a pasted transcript is refused. */
export const MAX_NOTE_CHARS = 20_000;

/**
 * What the counselor did with a hint. `edited`: took the suggestion, then changed it before
 * sending; `ignored`: neither used nor dismissed it (the default when the turn was sent).
 * The side panel's HintAction (models/settings.ts) records the first three as they happen.
 */
export const HintActionKind = z.enum(['accepted', 'edited', 'dismissed', 'disagreed', 'ignored']);
export type HintActionKind = z.infer<typeof HintActionKind>;
export const hintActionKinds = HintActionKind.options;

/** Every framework id a hint can be about: a mechanism, an empathy dimension, a safety flag, a
 *  resistance behaviour or a talk type (e.g. unreflected change talk). */
export const HintAbout = z.union([MechanismKey, EmpathyKey, SafetyFlag, ResistanceBehaviour, TalkType]);
export type HintAbout = z.infer<typeof HintAbout>;

/** A hint as the counselor saw it, and what they did with it. */
export const LoggedHint = z.object({
  /** A rule id from lib/analysis/hint-rules.ts, stable across versions. */
  rule: z.string().min(1).max(200),
  about: HintAbout,
  severity: Hint.shape.severity,
  message: z.string().max(2_000),
  action: HintActionKind,
  /** When the counselor acted; null for `ignored`. */
  actedAt: z.number().nullable(),
});
export type LoggedHint = z.infer<typeof LoggedHint>;

/**
 * The LLM judge's verdict on a sent reply (issue 4), stored once the judge lands. Kept apart from
 * the instant analyzer's assessment so a reader can compare the two. Only what the log relies on
 * is checked; other keys the judge adds (quotes, a suggestion) are kept as they are.
 */
export const JudgeVerdict = z.looseObject({
  mechanisms: Mechanisms,
  explanation: z.string().max(8_000),
  modelId: z.string().min(1).max(200),
});
export type JudgeVerdict = z.infer<typeof JudgeVerdict>;

const turnKey = {
  sessionId: z.string().min(1).max(100),
  /** 0, 1, 2... in the order the log received the turns. */
  seq: z.number().int().min(0),
  /**
   * When Attune read the turn (ms since the epoch, the extension's own clock): retention, order and
   * date filters go by it. Turns stored before version 3 carry the time they were stored with,
   * moved back to the upgrade's time when it was later (lib/log/db.ts).
   */
  at: z.number(),
  /**
   * The time the chat page showed for the message (`<time datetime>`), for display only. Kept only
   * when it lies from 30 days before to 5 minutes after `at` (lib/log/times.ts); otherwise absent.
   */
  pageAt: z.number().optional(),
  /** The message as the page showed it (client) or as it was sent (counselor). */
  text: z.string().max(MAX_MESSAGE_CHARS),
};

export const ClientTurn = z.object({
  ...turnKey,
  role: z.literal('client'),
  /** The analyzer's reading of this message as the panel showed it; null when none was shown. */
  assessment: ClientAssessment.nullable(),
});
export type ClientTurn = z.infer<typeof ClientTurn>;

export const CounselorTurn = z.object({
  ...turnKey,
  role: z.literal('counselor'),
  /**
   * True when send-echo matched this message to the draft the counselor typed in the composer, so
   * `assessment` and `hints` are about exactly this text. False for replies the page showed with
   * no matching draft (sent from elsewhere, or edited by the platform on the way).
   */
  sentDraft: z.boolean(),
  /** The draft assessment shown when the reply was sent; null when none was. */
  assessment: DraftAssessment.nullable(),
  /** The hints shown for this reply, in the order shown. */
  hints: z.array(LoggedHint).max(20),
  judge: JudgeVerdict.nullable(),
});
export type CounselorTurn = z.infer<typeof CounselorTurn>;

export const LoggedTurn = z.discriminatedUnion('role', [ClientTurn, CounselorTurn]);
export type LoggedTurn = z.infer<typeof LoggedTurn>;

/**
 * Turns Attune read but could not store: the writes kept failing (a full disk) until the panel's
 * memory bound was reached, or the panel was closed while they were still waiting. Recorded in
 * their place so a reader knows the timeline is incomplete there. Carries no text.
 */
export const LogGapReason = z.enum(['storage-full', 'write-failed', 'panel-closed']);
export type LogGapReason = z.infer<typeof LogGapReason>;

export const LogGap = z.object({
  /** The seq the next stored turn got: the gap sits just before it (after the last turn when equal
   *  to the session's turn count). */
  beforeSeq: z.number().int().min(0),
  /** How many turns are missing there. */
  turns: z.number().int().min(1).max(1_000_000),
  /** When the first and the last missing turn were read (capture times). */
  from: z.number(),
  to: z.number(),
  reason: LogGapReason,
});
export type LogGap = z.infer<typeof LogGap>;

/** Enough for any session; adjacent gaps merge long before (lib/log/store.ts). */
export const MAX_GAPS = 200;

export const LoggedSession = z.object({
  id: z.string().min(1).max(100),
  /** The chat site's hostname, e.g. `chat.example.org`. */
  site: z.string().min(1).max(300),
  /** The adapter id that read the page (lib/adapters). */
  platform: z.string().min(1).max(100),
  /** The platform's id for the conversation (room, ticket, thread), as the adapter read it. */
  conversationKey: z.string().max(1_000),
  startedAt: z.number(),
  endedAt: z.number().optional(),
  counselorNote: z.string().max(MAX_NOTE_CHARS).optional(),
  supervisorNote: z.string().max(MAX_NOTE_CHARS).optional(),
  /** MITI 4.2.1 summary of the logged turns, kept current as turns arrive; absent before the first. */
  summary: SessionSummary.optional(),
  /** Where turns are missing, in order; absent when none are. */
  gaps: z.array(LogGap).max(MAX_GAPS).optional(),
});
export type LoggedSession = z.infer<typeof LoggedSession>;

const count = z.number().int().min(0);

/**
 * Per-session counts the review list sorts and filters by, kept with the session so listing
 * 1,000 sessions never reads a turn.
 */
export const SessionStats = z.object({
  turns: count,
  clientTurns: count,
  counselorTurns: count,
  /** Counselor turns that carry a draft assessment (send-echo matched). */
  assessedReplies: count,
  resistanceMoments: count,
  behaviours: z.partialRecord(ResistanceBehaviour, count),
  /** Client turns assessed as possible or high risk. */
  riskMoments: count,
  hintsShown: count,
  hintActions: z.record(HintActionKind, count),
  /** Mean level 0..2 of each mechanism over assessed replies; null when there were none. */
  mechanismMeans: z.record(MechanismKey, z.number().min(0).max(2).nullable()),
});
export type SessionStats = z.infer<typeof SessionStats>;

export const SessionListItem = LoggedSession.extend({ stats: SessionStats });
export type SessionListItem = z.infer<typeof SessionListItem>;

export const LogSettings = z.object({
  /** Sessions whose last activity is older than this are deleted (issue 5: default 30). */
  retentionDays: z.number().int().min(1).max(3_650),
});
export type LogSettings = z.infer<typeof LogSettings>;
