import type { Mechanisms, MessageSpan, RiskEvidence } from '../../models/assessment';
import type { Level, MechanismKey, RiskKind } from '../../models/framework';
import { RiskLevel, mechanismKeys } from '../../models/framework';
import type { StoredVerdict, Verdict } from '../../models/verdict';
import { type ClientQuoteSources, locateInClientMessages } from './parse';

/**
 * The two tiers side by side: the model's reading next to the instant rules', per mechanism and
 * for risk. Pure, so the panel and the session log read a verdict the same way.
 */

export interface MechanismComparison {
  mechanism: MechanismKey;
  model: Level;
  instant: Level;
  agree: boolean;
}

/**
 * The model's levels next to the instant tier's, per mechanism. Both are kept: the panel shows a
 * disagreement as such and the session log records both readings.
 */
export function compareWithInstant(
  verdict: Verdict,
  instant: Mechanisms,
): { rows: MechanismComparison[]; disagreements: MechanismComparison[] } {
  const rows = mechanismKeys.map((mechanism) => ({
    mechanism,
    model: verdict.mechanisms[mechanism],
    instant: instant[mechanism],
    agree: verdict.mechanisms[mechanism] === instant[mechanism],
  }));
  return { rows, disagreements: rows.filter((r) => !r.agree) };
}

/**
 * The model's risk reading next to the instant rules' (framework §5). Risk is the one place where
 * the two tiers are not simply shown side by side: the model may RAISE the level the instant rules
 * found, never lower it. A model that misses what a rule caught must not quiet the warning; a model
 * that reads risk the rules missed is worth a second look by the counselor.
 */

/** none < possible < high, in RiskLevel's order. */
const riskRank = (level: RiskLevel): number => RiskLevel.options.indexOf(level);

/**
 * The instant tier's risk reading (`client.risk` of an assessment). Its evidence is the risk
 * banner's to show; only the level takes part in the merge.
 */
export interface InstantRisk {
  readonly level: RiskLevel;
  readonly evidence?: readonly RiskEvidence[];
}

export interface MergedRisk {
  /** The level to show: the instant rules' level, or the model's when that is higher. */
  level: RiskLevel;
  instantLevel: RiskLevel;
  /** The model's own level; null when the verdict has no risk reading (one stored before it had). */
  modelLevel: RiskLevel | null;
  /** The model reads a higher level than the instant rules. */
  raised: boolean;
  /** The kinds the model names, once each, when it raised the level; empty otherwise. */
  kinds: RiskKind[];
  /**
   * The model's quote, located in the client's messages. A quote the client never wrote is dropped
   * (null here, and in `discardedQuote`), as the parser drops the other invented quotes.
   */
  quote: (MessageSpan & { text: string }) | null;
  discardedQuote: string | null;
}

/**
 * Merges the instant tier's risk (`{ level, evidence }` from the client assessment; null when there is
 * no client message to assess) with a verdict's risk reading. Pure: same inputs, same answer.
 */
export function mergeRisk(
  instant: InstantRisk | null,
  verdict: Pick<StoredVerdict, 'risk'>,
  sources: ClientQuoteSources,
): MergedRisk {
  const instantLevel = instant?.level ?? 'none';
  const model = verdict.risk;
  const modelLevel = model?.level ?? null;
  const raised = model !== undefined && riskRank(model.level) > riskRank(instantLevel);
  const said = model?.client.trim() ? model.client : '';
  const quote = said ? locateInClientMessages(sources, said) : null;
  return {
    level: raised ? model.level : instantLevel,
    instantLevel,
    modelLevel,
    raised,
    kinds: raised ? [...new Set(model.kinds)] : [],
    quote,
    discardedQuote: said && !quote ? said : null,
  };
}
