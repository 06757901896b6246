import { z } from 'zod';
import {
  EmpathyKey,
  InputType,
  Level,
  MainBehaviour,
  MechanismKey,
  QuestionType,
  ReflectionType,
  ResistanceBehaviour,
  ResistanceCategory,
  RiskKind,
  RiskLevel,
  SafetyFlag,
  TalkType,
  draftFlagKeys,
  empathyKeys,
  mechanismKeys,
} from './framework';

/** A character range [start, end) in one message of the context, counted in UTF-16 code units. */
export const MessageSpan = z.object({
  message: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type MessageSpan = z.infer<typeof MessageSpan>;

/** A character range [start, end) in the draft. */
export const DraftSpan = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type DraftSpan = z.infer<typeof DraftSpan>;

export const ResistanceCue = MessageSpan.extend({
  behaviour: ResistanceBehaviour,
  category: ResistanceCategory,
  why: z.string(),
});
export type ResistanceCue = z.infer<typeof ResistanceCue>;

export const RiskEvidence = MessageSpan.extend({
  kind: RiskKind,
  why: z.string(),
  /** The words answer the counselor's own risk question ("yeah" to "do you have a plan?"). */
  answer: z.literal(true).optional(),
  /** Read by the trained model where no rule matched the words (its reason says so too). */
  byModel: z.literal(true).optional(),
});
export type RiskEvidence = z.infer<typeof RiskEvidence>;

export const ClientAssessment = z.object({
  talk: TalkType,
  resistance: z.object({
    present: z.boolean(),
    confidence: z.number().min(0).max(1),
    cues: z.array(ResistanceCue),
  }),
  risk: z.object({ level: RiskLevel, evidence: z.array(RiskEvidence) }),
});
export type ClientAssessment = z.infer<typeof ClientAssessment>;

/** The MITI flags (models/vocabulary.ts); `direct` and `warn` came later, so older logs read them as false. */
export const DraftFlags = z.object({
  affirm: z.boolean(),
  seekingCollaboration: z.boolean(),
  emphasizingAutonomy: z.boolean(),
  confront: z.boolean(),
  persuadeWithoutPermission: z.boolean(),
  direct: z.boolean().default(false),
  warn: z.boolean().default(false),
});
export type DraftFlags = z.infer<typeof DraftFlags>;
export const DraftFlagKey = z.enum(draftFlagKeys);
export type DraftFlagKey = z.infer<typeof DraftFlagKey>;

export const SafetyFinding = DraftSpan.extend({ flag: SafetyFlag, why: z.string() });
export type SafetyFinding = z.infer<typeof SafetyFinding>;

/** Why a rating came out as it did: the draft phrases that earned it. */
export const RatingEvidence = DraftSpan.extend({ why: z.string() });
export type RatingEvidence = z.infer<typeof RatingEvidence>;

export const Hint = z.object({
  /** The rule that produced it, stable across versions: per-rule switches and the log use it. */
  rule: z.string(),
  /** The framework id the hint is about: a mechanism key, a safety flag or a resistance behaviour. */
  about: z.string(),
  severity: z.enum(['safety', 'important', 'suggestion']),
  message: z.string(),
  why: z.string(),
  evidence: z.object({
    client: MessageSpan.extend({ text: z.string() }).nullable(),
    draft: DraftSpan.extend({ text: z.string() }).nullable(),
  }),
  try: z.string(),
});
export type Hint = z.infer<typeof Hint>;

const levelsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, Level])) as Record<K, typeof Level>);

export const Mechanisms = levelsOf(mechanismKeys);
export type Mechanisms = z.infer<typeof Mechanisms>;
export const Empathy = levelsOf(empathyKeys);
export type Empathy = z.infer<typeof Empathy>;

export const DraftAssessment = z.object({
  main: MainBehaviour,
  question: QuestionType.nullable(),
  reflection: ReflectionType.nullable(),
  input: InputType.nullable(),
  flags: DraftFlags,
  mechanisms: Mechanisms,
  empathy: Empathy,
  /** The draft phrases behind each mechanism and empathy rating (empty when a rating rests on absence). */
  evidence: z.partialRecord(z.union([MechanismKey, EmpathyKey]), z.array(RatingEvidence)),
  safety: z.array(SafetyFinding),
  hints: z.array(Hint).max(3),
});
export type DraftAssessment = z.infer<typeof DraftAssessment>;

export const Assessment = z.object({
  client: ClientAssessment.nullable(),
  draft: DraftAssessment.nullable(),
  engine: z.literal('rules'),
});
export type Assessment = z.infer<typeof Assessment>;

/** A whole session's MI profile, as a supervisor sorts and reads it (MITI 4.2.1 summary metrics). */
export const SessionSummary = z.object({
  turns: z.number().int().min(0),
  /** Reflections per question; null when the counselor asked no question. */
  reflectionToQuestion: z.number().min(0).nullable(),
  /** 0..100; null when there was no reflection. */
  percentComplexReflections: z.number().min(0).max(100).nullable(),
  /** 0..100; null when there was no question. */
  percentOpenQuestions: z.number().min(0).max(100).nullable(),
  miAdherent: z.number().int().min(0),
  miNonAdherent: z.number().int().min(0),
  resistanceMoments: z.number().int().min(0),
  /** Overall MI quality in [0, 1], higher is better. */
  score: z.number().min(0).max(1),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

/** One output line of `npm run assess` (the contract other tools rely on; keys fixed by issue 2). */
export const AssessResultLine = z.object({
  id: z.union([z.string(), z.number()]),
  client: ClientAssessment.strict().nullable(),
  draft: DraftAssessment.omit({ evidence: true }).strict().nullable(),
  engine: z.literal('rules'),
});
export type AssessResultLine = z.infer<typeof AssessResultLine>;
