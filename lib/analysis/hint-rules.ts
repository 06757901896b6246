/**
 * The catalog of hint rules, for per-rule switches and the session log. Safety rules cannot be
 * switched off: a supervisor would never let a counselor silence them (framework §5).
 */
export const HINT_RULES = {
  'safety.ignores_risk': { label: 'Risk disclosed and not asked about', safety: true },
  'safety.collusion': { label: 'Agreeing with a delusional or dangerous belief', safety: true },
  'safety.stigmatizing_language': { label: 'Stigmatizing words', safety: true },
  'safety.false_reassurance': { label: 'False reassurance or premature advice', safety: true },
  'distress.stay_with': { label: 'Distress passed over', safety: false },
  'mechanism.stance.argue': { label: 'Arguing back to resistance', safety: false },
  'mechanism.stance.reflect': { label: "Not showing you see the client's side", safety: false },
  'mechanism.autonomy.directive': { label: 'Directing without permission', safety: false },
  'mechanism.emotion.name': { label: 'Feelings left unnamed', safety: false },
  'mechanism.orientation.open': { label: 'Closing or derailing the conversation', safety: false },
  'behaviour.question.closed': { label: 'Closed questions', safety: false },
  'behaviour.reflect_change_talk': { label: 'Change talk not reflected', safety: false },
} as const satisfies Record<string, { label: string; safety: boolean }>;

export type HintRuleId = keyof typeof HINT_RULES;
export const hintRuleIds = Object.keys(HINT_RULES) as HintRuleId[];
