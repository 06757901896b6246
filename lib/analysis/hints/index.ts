import type { Hint, Message } from '../../../models';
import type { ClientReading } from '../client';
import type { DraftScore } from '../draft';
import { HINT_RULE_LIST } from './catalog';
import { hintContext } from './context';

export { HINT_RULES, HINT_RULE_LIST, type HintRuleId, hintRuleIds, isHintRuleId } from './catalog';

/**
 * Hints: few, ranked, each anchored in the client phrase and the draft phrase it is about, with a
 * framework-consistent why (which resistance behaviour, what in the draft, why it matters) and a
 * "try" line built from this client's words. Safety outranks everything (framework §5, §6).
 */
export const MAX_HINTS = 3;

type Ranked = Hint & { readonly priority: number };

export function writeHints(
  context: readonly Message[],
  draft: string,
  client: ClientReading | null,
  score: DraftScore,
): Hint[] {
  const ctx = hintContext(context, draft, client, score);
  const written: Ranked[] = [];
  for (const rule of HINT_RULE_LIST) {
    if (ctx.riskMoment && !rule.inRiskMoment) continue;
    const finding = rule.applies(ctx);
    if (finding != null) written.push({ rule: rule.id, ...rule.write(ctx, finding) });
  }
  // Highest priority first; one hint per mechanism or flag, and one per finding.
  const seen = new Set<string>();
  return oneHintPerFinding(
    written
      .sort((a, b) => b.priority - a.priority)
      .filter((h) => (seen.has(h.about) ? false : (seen.add(h.about), true))),
  )
    .slice(0, MAX_HINTS)
    .map(({ priority: _p, ...hint }) => hint);
}

/**
 * Hints that quote overlapping words of the draft are one finding seen from several sides ("You
 * need to" is premature advice, arguing back and a directive at once): the highest-ranked one
 * speaks for it, and the others are dropped rather than repeating the same quote with another
 * name (framework §6: few and confident). Hints without a draft quote are findings of their own.
 */
function oneHintPerFinding(ranked: readonly Ranked[]): Ranked[] {
  const kept: Ranked[] = [];
  for (const hint of ranked) {
    const span = hint.evidence.draft;
    const sameFinding =
      span !== null &&
      kept.some(
        (k) =>
          k.evidence.draft !== null && k.evidence.draft.start < span.end && span.start < k.evidence.draft.end,
      );
    if (!sameFinding) kept.push(hint);
  }
  return kept;
}
