import { z } from 'zod';

/**
 * The clinical vocabulary from shared/docs/framework.md. Every id the analyzer emits, the side
 * panel shows and the session log stores is one of these; nothing else defines them.
 */

export const resistanceCategories = ['arguing', 'denying', 'avoiding', 'ignoring'] as const;
export const ResistanceCategory = z.enum(resistanceCategories);
export type ResistanceCategory = z.infer<typeof ResistanceCategory>;

/** PsyFIRE's 13 behaviours (Li et al., RECAP), with the category each belongs to. */
export const behaviourCategory = {
  challenging: 'arguing',
  discounting: 'arguing',
  blaming: 'denying',
  disagreeing: 'denying',
  excusing: 'denying',
  minimizing: 'denying',
  pessimism: 'denying',
  hesitation: 'denying',
  unwillingness: 'denying',
  minimal_response: 'avoiding',
  boundary_setting: 'avoiding',
  inattention: 'ignoring',
  sidetracking: 'ignoring',
} as const satisfies Record<string, ResistanceCategory>;

export type ResistanceBehaviour = keyof typeof behaviourCategory;
export const resistanceBehaviours = Object.keys(behaviourCategory) as [
  ResistanceBehaviour,
  ...ResistanceBehaviour[],
];
export const ResistanceBehaviour = z.enum(resistanceBehaviours);

/**
 * The MI view of the same behaviours (MI 3rd/4th ed.): sustain talk is intrapersonal, discord is
 * friction in the relationship. Some defending behaviours count as both.
 */
export const behaviourMiView: Record<ResistanceBehaviour, readonly ('sustain' | 'discord')[]> = {
  challenging: ['discord'],
  discounting: ['discord'],
  blaming: ['discord'],
  disagreeing: ['discord'],
  excusing: ['sustain', 'discord'],
  minimizing: ['sustain', 'discord'],
  pessimism: ['sustain'],
  hesitation: ['sustain'],
  unwillingness: ['sustain'],
  minimal_response: ['discord'],
  boundary_setting: ['discord'],
  inattention: ['discord'],
  sidetracking: ['discord'],
};

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

/** The four communication mechanisms (Li et al., arXiv 2602.21638), JSON keys as in framework §2. */
export const mechanismKeys = [
  'respectForAutonomy',
  'stanceAlignment',
  'emotionalResonance',
  'conversationalOrientation',
] as const;
export const MechanismKey = z.enum(mechanismKeys);
export type MechanismKey = z.infer<typeof MechanismKey>;

/** EPITOME empathy dimensions (Sharma et al., EMNLP 2020). */
export const empathyKeys = ['emotionalReactions', 'interpretations', 'explorations'] as const;
export const EmpathyKey = z.enum(empathyKeys);
export type EmpathyKey = z.infer<typeof EmpathyKey>;

/** 0 = not expressed, 1 = weakly, 2 = strongly. */
export const Level = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type Level = z.infer<typeof Level>;

/** What a supervisor would stop a counselor for (framework §5). */
export const SafetyFlag = z.enum(['ignores_risk', 'collusion', 'stigmatizing_language', 'false_reassurance']);
export type SafetyFlag = z.infer<typeof SafetyFlag>;
