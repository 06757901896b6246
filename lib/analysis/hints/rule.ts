import type { Hint } from '../../../models';
import type { HintContext } from './context';

/** A hint as a rule writes it, before ranking: its rank among the others is `priority`. */
export type RankedHint = Omit<Hint, 'rule'> & { readonly priority: number };

/**
 * One hint rule: its framework id, the label counselors see in "Hint settings", whether it is a
 * safety rule (never switched off, framework §5), whether it still speaks in a risk moment, when
 * it applies and what it writes. `applies` returns what the rule found (a draft span, a cue), so
 * that `write` quotes exactly that.
 */
export interface HintRule<Id extends string = string, Finding = unknown> {
  readonly id: Id;
  readonly label: string;
  readonly safety: boolean;
  /**
   * In a risk moment only safety and staying with the client fit: advice on autonomy, arguing,
   * open questions or change talk would steer the counselor away from asking about safety.
   */
  readonly inRiskMoment: boolean;
  applies(ctx: HintContext): Finding | null;
  write(ctx: HintContext, finding: Finding): RankedHint;
}

/** Declares a rule with its finding's type checked between `applies` and `write`. */
export function hintRule<const Id extends string, Finding>(
  rule: HintRule<Id, Finding>,
): HintRule<Id, unknown> {
  return rule as HintRule<Id, unknown>;
}
