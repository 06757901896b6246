import { z } from 'zod';
import { DraftFlagKey } from './assessment';
import { EmpathyKey } from './framework';

/** One multinomial logistic regression, packed (see lib/analysis/model.ts for the encoding). */
export const PackedModel = z.object({
  labels: z.array(z.string()).min(2),
  scale: z.number().positive(),
  bias: z.array(z.number()),
  /** Sorted hashed feature ids, delta-coded as varints, base64. */
  ids: z.string(),
  /** int8 weights, feature-major (one row of `labels.length` per id), base64. */
  weights: z.string(),
});
export type PackedModel = z.infer<typeof PackedModel>;

/** The trained weights file the analyzer ships with (lib/analysis/weights.json). */
export const AnalyzerWeights = z.object({
  version: z.literal(1),
  /** Provenance: data set, its licence note and the training command. */
  source: z.string(),
  models: z.object({
    main: PackedModel,
    question: PackedModel,
    reflection: PackedModel,
    input: PackedModel,
    talk: PackedModel,
    /**
     * Whether the client's latest messages resist the counselor (yes/no), trained on the project's
     * chat-phrased client sets; it confirms or raises the lexical cues' reading. Optional in older files.
     */
    resistance: PackedModel.optional(),
    /**
     * Which of the 13 behaviours a resistant turn shows, trained on the same client sets: it names
     * the behaviour where the lexical cues are silent or disagree. Optional in older files.
     */
    behaviour: PackedModel.optional(),
  }),
});
export type AnalyzerWeights = z.infer<typeof AnalyzerWeights>;

/** The risk models' weights (lib/analysis/risk-weights.json), trained by `npm run train`. */
export const RiskWeights = z.object({
  version: z.literal(1),
  source: z.string(),
  /** `ignores`: whether a draft moves on from a client in distress (DiaSafety); optional in older files. */
  models: z.object({ level: PackedModel, kind: PackedModel, ignores: PackedModel.optional() }),
});
export type RiskWeights = z.infer<typeof RiskWeights>;

/**
 * The reply models' weights (lib/analysis/reply-weights.json): one yes/no model per MITI flag,
 * trained on the project's chat-phrased reply sets, and one 0/1/2 model per EPITOME empathy
 * mechanism, trained on EPITOME's development half with the reply sets.
 */
export const ReplyWeights = z.object({
  version: z.literal(1),
  source: z.string(),
  models: z.object({
    flags: z.record(DraftFlagKey, PackedModel),
    empathy: z.record(EmpathyKey, PackedModel),
    /** Reassurance the counselor cannot know to be true ("it'll pass", "something will turn up"). */
    falseReassurance: PackedModel.optional(),
  }),
});
export type ReplyWeights = z.infer<typeof ReplyWeights>;
