import { z } from 'zod';
import { Mechanisms } from '../assessment';
import {
  InputType,
  MainBehaviour,
  QuestionType,
  ReflectionType,
  ResistanceBehaviour,
  RiskLevel,
  SafetyFlag,
  TalkType,
} from '../framework';
import { LoggedHint, LoggedSession, LoggedTurn, SessionStats } from './records';

/** The session log's export files (lib/log/export.ts writes and reads them). */

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
