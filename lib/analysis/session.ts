import type { DraftFlags, Message, SessionSummary } from '../../models';

/** Per-utterance codes a session summary is built from. */
export interface CodedTurn {
  readonly role: Message['role'];
  readonly main?: 'reflection' | 'question' | 'therapist_input' | 'other';
  readonly question?: 'open' | 'closed' | null;
  readonly reflection?: 'simple' | 'complex' | null;
  readonly input?: 'information' | 'advice' | 'negotiation' | 'options' | null;
  readonly adherent?: number;
  readonly nonAdherent?: number;
  readonly resistance?: boolean;
}

/**
 * MITI 4.2.1 summary metrics and an overall quality score for supervisors to sort by. The score
 * is the mean of five parts, each 0..1, each reaching 1 at MITI's "good" competence level
 * (framework.md §3) or the nearest anchor we could justify:
 * - reflection-to-question ratio, full at 2:1;
 * - percent complex reflections, full at 50%;
 * - share of counselor turns that are not advice or information (lecturing lowers it);
 * - MI adherence: adherent / (adherent + non-adherent), non-adherence weighted double;
 * - MI-adherent behaviours per counselor turn, full at one in five (our proxy for MITI's
 *   partnership global, which surface codes cannot rate directly).
 * Percent open questions is reported but not scored: MITI 4 dropped its threshold.
 */
export function summarize(turns: readonly CodedTurn[]): SessionSummary {
  const counselor = turns.filter((t) => t.role === 'counselor');
  const reflections = counselor.filter((t) => t.main === 'reflection');
  const questions = counselor.filter((t) => t.main === 'question');
  const complex = reflections.filter((t) => t.reflection === 'complex').length;
  const open = questions.filter((t) => t.question === 'open').length;
  const inputs = counselor.filter(
    (t) => t.main === 'therapist_input' && (t.input === 'advice' || t.input === 'information'),
  ).length;
  const miAdherent = counselor.reduce((n, t) => n + (t.adherent ?? 0), 0);
  const miNonAdherent = counselor.reduce((n, t) => n + (t.nonAdherent ?? 0), 0);
  const resistanceMoments = turns.filter((t) => t.role === 'client' && t.resistance).length;

  const rq = questions.length === 0 ? null : reflections.length / questions.length;
  const pcr = reflections.length === 0 ? null : (100 * complex) / reflections.length;
  const poq = questions.length === 0 ? null : (100 * open) / questions.length;

  const parts = [
    rq === null ? (reflections.length > 0 ? 1 : 0) : Math.min(1, rq / 2),
    pcr === null ? 0 : Math.min(1, pcr / 50),
    counselor.length === 0 ? 0 : 1 - Math.min(1, (2 * inputs) / counselor.length),
    miAdherent + miNonAdherent === 0 ? 0.5 : miAdherent / (miAdherent + 2 * miNonAdherent),
    counselor.length === 0 ? 0 : Math.min(1, (5 * miAdherent) / counselor.length),
  ];
  const score = counselor.length === 0 ? 0 : parts.reduce((a, b) => a + b, 0) / parts.length;

  const round = (n: number | null, digits = 1) => (n === null ? null : Number(n.toFixed(digits)));
  return {
    turns: turns.length,
    reflectionToQuestion: round(rq, 2),
    percentComplexReflections: round(pcr),
    percentOpenQuestions: round(poq),
    miAdherent,
    miNonAdherent,
    resistanceMoments,
    score: Number(score.toFixed(4)),
  };
}

/** How many of the given MITI flags a reply carries. */
export function countFlags(flags: DraftFlags, keys: readonly (keyof DraftFlags)[]): number {
  return keys.reduce((n, k) => n + Number(flags[k]), 0);
}
