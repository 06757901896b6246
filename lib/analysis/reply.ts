import type {
  DraftAssessment,
  DraftFlagKey,
  DraftFlags,
  Empathy,
  EmpathyKey,
  Level,
  RatingEvidence,
  ReplyWeights,
} from '../../models';
import type { DraftObservation } from './draft';
import { type FeatureVector, draftFeatures, turnText } from './features';
import { LinearModel, ModelBank } from './model';
import { countFlags } from './session';
import { miAdherentFlags, miNonAdherentFlags } from '../../models/vocabulary';
import { sentences } from './text';

/**
 * The trained reading of a reply: the MITI flags and EPITOME empathy, each from a compact model
 * over the draft's words, characters, its lexical cues and the client turn it answers. The models
 * carry the reading; the lexical cues point at the words when they agree, and otherwise the
 * sentence the model finds most telling is the evidence.
 */
export interface ReplyModels {
  readonly flags: Readonly<Record<DraftFlagKey, LinearModel<'yes' | 'no'>>>;
  readonly empathy: Readonly<Record<EmpathyKey, LinearModel<'0' | '1' | '2'>>>;
  /** Whether the draft reassures beyond what the counselor can know (absent in older weights). */
  readonly falseReassurance?: LinearModel<'yes' | 'no'>;
  /** All of them read in one pass over the draft's features. */
  readonly bank: ModelBank<DraftFlagKey | EmpathyKey | 'falseReassurance'>;
}

export const FLAG_LABELS = ['yes', 'no'] as const;
export const EMPATHY_LABELS = ['0', '1', '2'] as const;

/**
 * Probability from which a flag is read as present. Across the eight writers left out, 0.6 gave
 * every flag an F1 at least as high as 0.5 and higher precision (confront 0.49 → 0.54, direct 0.69
 * → 0.76): telling a counselor they confronted when they did not is the costlier mistake.
 */
export const FLAG_THRESHOLD = 0.6;

/** The flags and empathy levels the models read in a draft. */
export function readReply(
  observed: DraftObservation,
  models: ReplyModels,
): { flags: DraftFlags; empathy: Empathy; falseReassurance: boolean } {
  const p = models.bank.probabilities(observed.featureParts);
  const flags = {} as Record<DraftFlagKey, boolean>;
  for (const [key, model] of Object.entries(models.flags) as [DraftFlagKey, LinearModel<'yes' | 'no'>][])
    flags[key] = (p[key]?.[model.labels.indexOf('yes')] ?? 0) >= FLAG_THRESHOLD;
  const empathy = {} as Record<EmpathyKey, Level>;
  for (const [key, model] of Object.entries(models.empathy) as [EmpathyKey, LinearModel<'0' | '1' | '2'>][]) {
    const probs = p[key] ?? [];
    let best = 0;
    for (let c = 1; c < probs.length; c++) if (probs[c]! > probs[best]!) best = c;
    empathy[key] = Number(model.labels[best]) as Level;
  }
  const reassures = models.falseReassurance
    ? (p.falseReassurance?.[models.falseReassurance.labels.indexOf('yes')] ?? 0) >= FLAG_THRESHOLD
    : false;
  return { flags: flags as DraftFlags, empathy: empathy as Empathy, falseReassurance: reassures };
}

/** Each sentence of a draft with its features, computed once per draft whatever asks for them. */
const sentenceCache = new WeakMap<
  DraftObservation,
  { start: number; end: number; features: FeatureVector }[]
>();

function sentencesOf(observed: DraftObservation) {
  let cached = sentenceCache.get(observed);
  if (!cached) {
    cached = sentences(observed.norm.text).map((piece) => ({
      start: piece.start,
      end: piece.end,
      features: draftFeatures(turnText(piece.text), null, []),
    }));
    sentenceCache.set(observed, cached);
  }
  return cached;
}

/**
 * The sentence of the draft that most raises a model's reading (its probability of `labels` read
 * on the sentence alone), as evidence in the draft's own characters.
 */
export function telling(
  observed: DraftObservation,
  model: LinearModel,
  labels: readonly string[],
  why: string,
): RatingEvidence | null {
  const pieces = sentencesOf(observed);
  if (pieces.length === 0) return null;
  let best = { score: -1, start: 0, end: 0 };
  for (const piece of pieces) {
    const p = model.probabilities(piece.features);
    const score = labels.reduce((sum, l) => sum + (p[model.labels.indexOf(l)] ?? 0), 0);
    if (score > best.score) best = { score, start: piece.start, end: piece.end };
  }
  const start = observed.norm.starts[best.start] ?? 0;
  const end = observed.norm.ends[best.end - 1] ?? observed.norm.original.length;
  return { start, end, why };
}

export function replyModelsOf(weights: ReplyWeights): ReplyModels {
  const flags = {} as Record<DraftFlagKey, LinearModel<'yes' | 'no'>>;
  for (const [k, w] of Object.entries(weights.models.flags)) flags[k as DraftFlagKey] = new LinearModel(w);
  const empathy = {} as Record<EmpathyKey, LinearModel<'0' | '1' | '2'>>;
  for (const [k, w] of Object.entries(weights.models.empathy)) empathy[k as EmpathyKey] = new LinearModel(w);
  const falseReassurance = weights.models.falseReassurance
    ? new LinearModel<'yes' | 'no'>(weights.models.falseReassurance)
    : undefined;
  const optional = falseReassurance && { falseReassurance };
  return {
    flags,
    empathy,
    ...optional,
    bank: new ModelBank<DraftFlagKey | EmpathyKey | 'falseReassurance'>({
      ...flags,
      ...empathy,
      ...optional,
    }),
  };
}

/**
 * One number for how well a reply meets the moment, to rank several replies to the same client
 * message: the four mechanisms, half the empathy levels, the MITI flags (adherent +1,
 * non-adherent -2) and each safety finding -4, since a supervisor would stop the counselor there.
 */
export function replyScore(d: Pick<DraftAssessment, 'mechanisms' | 'empathy' | 'flags' | 'safety'>): number {
  const sum = (o: object) => Object.values(o).reduce((a: number, v) => a + Number(v), 0);
  const adherent = countFlags(d.flags, miAdherentFlags);
  const nonAdherent = countFlags(d.flags, miNonAdherentFlags);
  return sum(d.mechanisms) + sum(d.empathy) / 2 + adherent - 2 * nonAdherent - 4 * d.safety.length;
}
