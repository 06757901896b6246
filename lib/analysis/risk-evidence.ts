import type { RiskEvidence } from '../../models';
import { type Found, LEVEL_RANK } from './risk-signals';
import type { RiskSignal } from './lexicon/risk';

/**
 * The evidence shown for a risk reading: one piece per place, the most telling first (the side
 * panel lists them in this order and the safety hint quotes the first).
 */
export function citedEvidence(found: readonly Found[]): RiskEvidence[] {
  return dedupe(found)
    .sort(
      (a, b) =>
        LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
        quotedLast(a) - quotedLast(b) ||
        b.message - a.message ||
        a.start - b.start,
    )
    .map(({ message, start, end, kind, why, signal }) => ({
      message,
      start,
      end,
      kind,
      why,
      ...(signal === 'answer' && { answer: true as const }),
      ...(signal === 'model' && { byModel: true as const }),
    }));
}

/** Which of two overlapping signals of the same level to cite: the one nearest the act. */
const CITE_FIRST: readonly (RiskSignal | 'answer' | 'model')[] = [
  'attempt',
  'suicidal_intent',
  'medical',
  'self_harm_act',
  'harm_intent',
  'abuse_now',
];
const citeRank = (f: Found) => {
  const i = CITE_FIRST.indexOf(f.signal);
  return i < 0 ? CITE_FIRST.length : i;
};

/**
 * A time or a bare plan word makes the level but says little quoted alone: the safety hint cites
 * the first evidence, and "on friday" told a counselor less than "the only reason im still here".
 */
const quotedLast = (f: Found) => (f.signal === 'time' || f.signal === 'plan_ref' ? 1 : 0);

/** One piece of evidence per place: the highest level wins where spans overlap. */
function dedupe(found: readonly Found[]): Found[] {
  const out: Found[] = [];
  const ranked = [...found].sort(
    (a, b) =>
      LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
      citeRank(a) - citeRank(b) ||
      b.end - b.start - (a.end - a.start),
  );
  for (const f of ranked) {
    if (out.some((o) => o.message === f.message && o.start < f.end && f.start < o.end)) continue;
    out.push(f);
  }
  return out;
}
