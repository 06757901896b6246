/**
 * The clinical vocabulary's plain constants (shared/docs/framework.md), without zod, so the
 * analyzer can ship them in the content script without pulling in a schema library. The zod
 * schemas in framework.ts are built from these.
 */

export const resistanceCategories = ['arguing', 'denying', 'avoiding', 'ignoring'] as const;
export type ResistanceCategory = (typeof resistanceCategories)[number];

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

/** The four communication mechanisms (Li et al., arXiv 2602.21638), JSON keys as in framework §2. */
export const mechanismKeys = [
  'respectForAutonomy',
  'stanceAlignment',
  'emotionalResonance',
  'conversationalOrientation',
] as const;

/** EPITOME empathy dimensions (Sharma et al., EMNLP 2020). */
export const empathyKeys = ['emotionalReactions', 'interpretations', 'explorations'] as const;

/**
 * The MITI behaviour flags of a reply (framework.md §3): three MI-adherent, four MI-non-adherent.
 * `persuadeWithoutPermission` covers advice and persuasion without permission; `direct` is a
 * command, `warn` a threatened consequence.
 */
export const miAdherentFlags = ['affirm', 'seekingCollaboration', 'emphasizingAutonomy'] as const;
export const miNonAdherentFlags = ['confront', 'persuadeWithoutPermission', 'direct', 'warn'] as const;
export const draftFlagKeys = [...miAdherentFlags, ...miNonAdherentFlags] as const;
export type DraftFlagKey = (typeof draftFlagKeys)[number];
