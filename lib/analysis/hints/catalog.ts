import type { HintRule } from './rule';
import {
  autonomyDirective,
  closedQuestion,
  confronting,
  emotionName,
  orientationOpen,
  reflectChangeTalk,
  stanceArgue,
  stanceReflect,
} from './reply-rules';
import {
  collusion,
  falseReassurance,
  ignoresRisk,
  stayWithDistress,
  stigmatizingLanguage,
} from './safety-rules';

/**
 * Every hint rule, once. The panel's per-rule switches, the session log and docs/live-hints.md
 * ("The hints") all follow this list; test/analysis/hint-catalog.test.tsx keeps them in step.
 */
export const HINT_RULE_LIST = [
  ignoresRisk,
  collusion,
  stigmatizingLanguage,
  falseReassurance,
  stayWithDistress,
  stanceArgue,
  confronting,
  stanceReflect,
  autonomyDirective,
  emotionName,
  orientationOpen,
  closedQuestion,
  reflectChangeTalk,
] as const;

export type HintRuleId = (typeof HINT_RULE_LIST)[number]['id'];

export const HINT_RULES = Object.fromEntries(HINT_RULE_LIST.map((rule) => [rule.id, rule])) as {
  readonly [Id in HintRuleId]: HintRule<Id>;
};

export const hintRuleIds: readonly HintRuleId[] = HINT_RULE_LIST.map((rule) => rule.id);

export function isHintRuleId(id: string): id is HintRuleId {
  return Object.hasOwn(HINT_RULES, id);
}
