import type { Hint, HintSettings } from '../../models';
import { HINT_RULES, isHintRuleId } from './hints';

/** Non-safety hints shown at once, per sensitivity. Safety hints are always shown. */
export const HINTS_PER_SENSITIVITY = { fewer: 1, balanced: 2, more: 3 } as const;

function isSafety(hint: Hint): boolean {
  return hint.severity === 'safety' || (isHintRuleId(hint.rule) && HINT_RULES[hint.rule].safety);
}

/**
 * Which of the analyzer's ranked hints the panel shows: safety always; the rest only when not
 * switched off, dismissed for this draft, or snoozed, and no more than the sensitivity allows.
 */
export function visibleHints(
  hints: readonly Hint[],
  settings: HintSettings,
  dismissed: ReadonlySet<string>,
  now: number,
): Hint[] {
  const snoozed = settings.snoozedUntil !== null && settings.snoozedUntil > now;
  let budget: number = HINTS_PER_SENSITIVITY[settings.sensitivity];
  return hints.filter((hint) => {
    if (isSafety(hint)) return true;
    if (snoozed || settings.disabledRules.includes(hint.rule) || dismissed.has(hint.rule)) return false;
    return budget-- > 0;
  });
}
