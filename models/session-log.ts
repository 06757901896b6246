import { z } from 'zod';
import { ClientAssessment, DraftAssessment, Hint, Mechanisms, SessionSummary } from './assessment';
import { MAX_MESSAGE_CHARS } from './conversation';
import {
  EmpathyKey,
  InputType,
  MainBehaviour,
  MechanismKey,
  QuestionType,
  ReflectionType,
  ResistanceBehaviour,
  RiskLevel,
  SafetyFlag,
  TalkType,
} from './framework';

/**
 * The session log's records (issue 5): what the counselor chose to log, kept on this machine.
 * Every id is the framework's (shared/docs/framework.md); nothing here invents a label.
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

// ---- What a caller hands the log --------------------------------------------------------------

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

// ---- Stored record bodies (sealed when the log is encrypted) ----------------------------------

/** A turn minus the fields that stay in the clear as keys (session id, seq, capture time). */
export const TurnBody = z.discriminatedUnion('role', [
  ClientTurn.omit({ sessionId: true, seq: true, at: true }),
  CounselorTurn.omit({ sessionId: true, seq: true, at: true }),
]);
export type TurnBody = z.infer<typeof TurnBody>;

/**
 * Running counts behind a session's stats and MITI summary, updated with each turn so neither
 * needs the turns again. `codes` counts assessed replies by `main:subtype` (e.g. `question:open`).
 */
export const SessionTally = SessionStats.omit({ mechanismMeans: true }).extend({
  mechanismSums: z.record(MechanismKey, count),
  codes: z.record(z.string().max(60), count),
  miAdherent: count,
  miNonAdherent: count,
});
export type SessionTally = z.infer<typeof SessionTally>;

export const SessionBody = LoggedSession.pick({
  conversationKey: true,
  endedAt: true,
  counselorNote: true,
  supervisorNote: true,
  summary: true,
  gaps: true,
}).extend({ tally: SessionTally });
export type SessionBody = z.infer<typeof SessionBody>;

// ---- Export files -------------------------------------------------------------------------------

export const EXPORT_FORMAT = 'attune-session-log';
/**
 * The export file version this build writes and the newest it reads. 2: turn `at` is the capture
 * time, with the page's time in `pageAt`, and sessions carry their gaps. Version 1 files (whose
 * `at` may be the page's time) are still read.
 */
export const EXPORT_FORMAT_VERSION = 2;

/** A whole session: the notes and every turn, text included. */
export const FullSessionExport = z.object({
  session: LoggedSession,
  turns: z.array(LoggedTurn),
});
export type FullSessionExport = z.infer<typeof FullSessionExport>;

/** A turn with every free-text field left out: codes, levels and ids only. */
export const SummaryTurn = z.object({
  seq: z.number().int().min(0),
  at: z.number(),
  role: z.enum(['client', 'counselor']),
  talk: TalkType.nullable(),
  resistance: z.array(ResistanceBehaviour),
  risk: RiskLevel.nullable(),
  sentDraft: z.boolean().nullable(),
  code: z
    .object({
      main: MainBehaviour,
      question: QuestionType.nullable(),
      reflection: ReflectionType.nullable(),
      input: InputType.nullable(),
    })
    .nullable(),
  mechanisms: Mechanisms.nullable(),
  safety: z.array(SafetyFlag),
  hints: z.array(LoggedHint.pick({ rule: true, about: true, severity: true, action: true })),
  judgeMechanisms: Mechanisms.nullable(),
});
export type SummaryTurn = z.infer<typeof SummaryTurn>;

/** A session without notes, conversation key or any text: what a summary-only export shares. */
export const SummarySessionExport = LoggedSession.pick({
  id: true,
  site: true,
  platform: true,
  startedAt: true,
  endedAt: true,
  summary: true,
  gaps: true,
}).extend({ stats: SessionStats, turns: z.array(SummaryTurn) });
export type SummarySessionExport = z.infer<typeof SummarySessionExport>;

export const FullPayload = z.object({ sessions: z.array(FullSessionExport) });
export type FullPayload = z.infer<typeof FullPayload>;
export const SummaryPayload = z.object({ sessions: z.array(SummarySessionExport) });
export type SummaryPayload = z.infer<typeof SummaryPayload>;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'not base64');

/** A payload sealed with a passphrase: PBKDF2-SHA-256 → AES-GCM-256, parameters in the clear. */
export const SealedPayload = z.object({
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    // Bounded so a hostile file cannot make the importer spin for hours deriving a key.
    iterations: z.number().int().min(1).max(10_000_000),
    salt: base64,
  }),
  cipher: z.literal('AES-GCM-256'),
  /** A known text sealed with the same key: tells a wrong passphrase from a damaged payload. */
  verifier: z.object({ iv: base64, data: base64 }),
  iv: base64,
  data: base64,
});
export type SealedPayload = z.infer<typeof SealedPayload>;

const header = {
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1).max(EXPORT_FORMAT_VERSION),
  exportedAt: z.number(),
  /** True when names, emails, phone numbers and addresses were replaced before export. */
  redacted: z.boolean(),
};

export const ExportFile = z.union([
  z.object({
    ...header,
    encrypted: z.literal(true),
    kind: z.enum(['full', 'summary']),
    payload: SealedPayload,
  }),
  z.object({ ...header, encrypted: z.literal(false), kind: z.literal('full'), payload: FullPayload }),
  z.object({ ...header, encrypted: z.literal(false), kind: z.literal('summary'), payload: SummaryPayload }),
]);
export type ExportFile = z.infer<typeof ExportFile>;

/** Just enough of a file to say whether it is ours and which version wrote it. */
export const ExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1),
});
