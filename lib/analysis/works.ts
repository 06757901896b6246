import type { DraftAssessment, MechanismKey, RatingEvidence } from '../../models';
import { miNonAdherentFlags } from '../../models/vocabulary';
import { sentences } from './text';

/**
 * What a reply that meets the moment does well, in one short line a counselor can learn from
 * ("Works because it reflects their view: "…""). Only for replies with nothing to fix: no safety
 * finding, no MI-non-adherent behaviour, no hint above a suggestion, and at least one mechanism
 * strongly expressed.
 */
const STRENGTHS: readonly { key: MechanismKey; says: string }[] = [
  { key: 'stanceAlignment', says: "reflects the client's own view" },
  { key: 'emotionalResonance', says: 'names the feeling behind it' },
  { key: 'respectForAutonomy', says: 'leaves the choice with them' },
  { key: 'conversationalOrientation', says: 'invites them to say more in their own words' },
];

export interface WorksBecause {
  /** "Works because it reflects the client's own view and invites them to say more." */
  readonly line: string;
  /** The draft phrases behind it (at most two), in the draft's own characters. */
  readonly evidence: readonly RatingEvidence[];
}

export function worksBecause(draft: DraftAssessment, text: string): WorksBecause | null {
  if (draft.safety.length > 0) return null;
  if (miNonAdherentFlags.some((f) => draft.flags[f])) return null;
  if (draft.hints.some((h) => h.severity !== 'suggestion')) return null;
  const strong = STRENGTHS.filter((s) => draft.mechanisms[s.key] === 2);
  if (strong.length === 0) return null;
  const picked = strong.slice(0, 2);
  const says = picked.map((s) => s.says);
  if (draft.flags.affirm && picked.length < 2) says.push('affirms a strength');
  const evidence: RatingEvidence[] = [];
  for (const s of picked) {
    const found = draft.evidence[s.key]?.[0];
    const e = found && wholeSentence(text, found);
    if (e && !evidence.some((o) => o.start < e.end && e.start < o.end)) evidence.push(e);
  }
  return { line: `Works because it ${says.join(' and ')}.`, evidence };
}

/** A rating's evidence widened to the sentences it sits in, so the quote reads as the counselor wrote it. */
function wholeSentence(text: string, e: RatingEvidence): RatingEvidence {
  const touched = sentences(text).filter((s) => s.start < e.end && e.start < s.end);
  if (touched.length === 0) return e;
  return { ...e, start: touched[0]!.start, end: touched.at(-1)!.end };
}
