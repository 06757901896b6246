import { z } from 'zod';
import { empathyKeys, mechanismKeys, resistanceBehaviours, resistanceCategories } from './vocabulary';

/**
 * The clinical vocabulary from shared/docs/framework.md. Every id the analyzer emits, the side
 * panel shows and the session log stores is one of these; nothing else defines them.
 */

export {
  behaviourCategory,
  behaviourMiView,
  draftFlagKeys,
  miAdherentFlags,
  miNonAdherentFlags,
  empathyKeys,
  mechanismKeys,
  resistanceBehaviours,
  resistanceCategories,
} from './vocabulary';

export const ResistanceCategory = z.enum(resistanceCategories);
export type ResistanceCategory = z.infer<typeof ResistanceCategory>;
export const ResistanceBehaviour = z.enum(resistanceBehaviours);
export type ResistanceBehaviour = z.infer<typeof ResistanceBehaviour>;

export const TalkType = z.enum(['change', 'neutral', 'sustain']);
export type TalkType = z.infer<typeof TalkType>;

export const RiskLevel = z.enum(['none', 'possible', 'high']);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** What kind of risk a piece of client text discloses (framework §5). */
export const RiskKind = z.enum(['suicide', 'self_harm', 'harm_to_others', 'abuse', 'medical_emergency']);
export type RiskKind = z.infer<typeof RiskKind>;

export const MainBehaviour = z.enum(['reflection', 'question', 'therapist_input', 'other']);
export type MainBehaviour = z.infer<typeof MainBehaviour>;
export const QuestionType = z.enum(['open', 'closed']);
export type QuestionType = z.infer<typeof QuestionType>;
export const ReflectionType = z.enum(['simple', 'complex']);
export type ReflectionType = z.infer<typeof ReflectionType>;
export const InputType = z.enum(['information', 'advice', 'negotiation', 'options']);
export type InputType = z.infer<typeof InputType>;

export const MechanismKey = z.enum(mechanismKeys);
export type MechanismKey = z.infer<typeof MechanismKey>;

export const EmpathyKey = z.enum(empathyKeys);
export type EmpathyKey = z.infer<typeof EmpathyKey>;

/** 0 = not expressed, 1 = weakly, 2 = strongly. */
export const Level = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type Level = z.infer<typeof Level>;

/** What a supervisor would stop a counselor for (framework §5). */
export const SafetyFlag = z.enum(['ignores_risk', 'collusion', 'stigmatizing_language', 'false_reassurance']);
export type SafetyFlag = z.infer<typeof SafetyFlag>;
