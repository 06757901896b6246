import type {
  EmpathyKey,
  Hint,
  HintAbout,
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
} from '../models';
import { mechanismKeys } from '../models';

/** The words the side panel shows for the framework's ids (shared/docs/framework.md). */

export const mechanismNames: Record<MechanismKey, string> = {
  respectForAutonomy: 'Respect for Autonomy',
  stanceAlignment: 'Stance Alignment',
  emotionalResonance: 'Emotional Resonance',
  conversationalOrientation: 'Conversational Orientation',
};

export const empathyNames: Record<EmpathyKey, string> = {
  emotionalReactions: 'Emotional reactions',
  interpretations: 'Interpretations',
  explorations: 'Explorations',
};

/**
 * What a counselor reads, in the side panel and on the review page: the same four mechanisms and
 * three empathy signals, said as what the reply does. The framework's names above stay in
 * tooltips, for supervisors who know them.
 */
export const mechanismPlainNames: Record<MechanismKey, string> = {
  respectForAutonomy: 'Leaves the choice to the client',
  stanceAlignment: "Stands with the client's view",
  emotionalResonance: 'Meets their feeling',
  conversationalOrientation: 'Follows their lead',
};

export const empathyPlainNames: Record<EmpathyKey, string> = {
  emotionalReactions: 'Shows warmth',
  interpretations: 'Shows you understand',
  explorations: 'Invites them to say more',
};

export const levelNames: Record<Level, string> = {
  0: 'not yet',
  1: 'a little',
  2: 'clearly',
};

/**
 * A reply's four mechanism levels in one line, in the counselor's words:
 * "Leaves the choice to the client: not yet · Stands with the client's view: a little · …".
 */
export function mechanismLevelsLine(levels: Readonly<Record<MechanismKey, Level>>): string {
  return mechanismKeys.map((key) => `${mechanismPlainNames[key]}: ${levelNames[levels[key]]}`).join(' · ');
}

/** The same line in the framework's names and levels 0–2 ("Respect for Autonomy 0 · …"), for a tooltip. */
export function mechanismLevelsFrameworkLine(levels: Readonly<Record<MechanismKey, Level>>): string {
  return mechanismKeys.map((key) => `${mechanismNames[key]} ${levels[key]}`).join(' · ');
}

export const talkNames: Record<TalkType, string> = {
  change: 'Change talk',
  neutral: 'Neutral',
  sustain: 'Sustain talk',
};

export const talkExplanations: Record<TalkType, string> = {
  change: 'The client gives their own reasons for change: notice it and strengthen it.',
  neutral: 'Neither for nor against change.',
  sustain: 'The client argues for the status quo: a normal part of ambivalence.',
};

export const behaviourNames: Record<ResistanceBehaviour, string> = {
  challenging: 'Challenging',
  discounting: 'Discounting',
  blaming: 'Blaming',
  disagreeing: 'Disagreeing',
  excusing: 'Excusing',
  minimizing: 'Minimizing',
  pessimism: 'Pessimism',
  hesitation: 'Hesitation',
  unwillingness: 'Unwillingness',
  minimal_response: 'Minimal response',
  boundary_setting: 'Boundary setting',
  inattention: 'Inattention',
  sidetracking: 'Sidetracking',
};

export const categoryNames: Record<ResistanceCategory, string> = {
  arguing: 'arguing',
  denying: 'denying',
  avoiding: 'avoiding',
  ignoring: 'ignoring',
};

export const riskLevelNames: Record<RiskLevel, string> = {
  none: 'No risk noticed',
  possible: 'Possible risk',
  high: 'High risk',
};

export const riskKindNames: Record<RiskKind, string> = {
  suicide: 'Suicide',
  self_harm: 'Self-harm',
  harm_to_others: 'Harm to others',
  abuse: 'Abuse',
  medical_emergency: 'Medical emergency',
};

export const safetyFlagNames: Record<SafetyFlag, string> = {
  ignores_risk: 'Ignores stated risk',
  collusion: 'Collusion',
  stigmatizing_language: 'Stigmatizing language',
  false_reassurance: 'False reassurance',
};

export const severityNames: Record<Hint['severity'], string> = {
  safety: 'Safety',
  important: 'Important',
  suggestion: 'Suggestion',
};

const mainNames: Record<MainBehaviour, string> = {
  reflection: 'Reflection',
  question: 'Question',
  therapist_input: 'Therapist input',
  other: 'Other',
};

/** "Reflection · complex", "Question · open", "Therapist input · advice", "Other". */
export function mainBehaviourName(
  main: MainBehaviour,
  detail: { question: QuestionType | null; reflection: ReflectionType | null; input: InputType | null },
): string {
  const sub =
    main === 'reflection'
      ? detail.reflection
      : main === 'question'
        ? detail.question
        : main === 'therapist_input'
          ? detail.input
          : null;
  return sub ? `${mainNames[main]} · ${sub}` : mainNames[main];
}

export const flagNames = {
  affirm: { name: 'Affirm', adherent: true },
  seekingCollaboration: { name: 'Seeking collaboration', adherent: true },
  emphasizingAutonomy: { name: 'Emphasizing autonomy', adherent: true },
  confront: { name: 'Confront', adherent: false },
  persuadeWithoutPermission: { name: 'Persuade without permission', adherent: false },
} as const;

/** What a hint was about, in the words the panel uses for it (hints carry a framework id). */
export function hintAboutName(about: HintAbout): string {
  const names: Record<string, string> = {
    ...mechanismPlainNames,
    ...empathyPlainNames,
    ...safetyFlagNames,
    ...behaviourNames,
    ...talkNames,
  };
  return names[about] ?? about;
}
