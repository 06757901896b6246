import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type AnalyzerWeights,
  InputType,
  MainBehaviour,
  Message,
  QuestionType,
  ReflectionType,
  TalkType,
} from '../../models';
import { observeClientTurn } from '../analysis/client';
import { readConversation } from '../analysis/context';
import { observeDraft } from '../analysis/draft';
import type { FeatureVector } from '../analysis/features';
import { type Example, type TrainOptions, train } from './logreg';

/** One line of shared/data/annomi-dev-turns.jsonl (see its README). */
export const AnnotatedTurn = z.object({
  id: z.string(),
  context: z.array(Message),
  draft: z.string().optional(),
  gold: z.object({
    draft: z
      .object({
        main: MainBehaviour,
        question: QuestionType.nullable(),
        reflection: ReflectionType.nullable(),
        input: InputType.nullable(),
      })
      .optional(),
    client: z.object({ talk: TalkType }).optional(),
  }),
});
export type AnnotatedTurn = z.infer<typeof AnnotatedTurn>;

export const AnnotatedSession = z.object({
  id: z.string(),
  quality: z.enum(['high', 'low']),
  topic: z.string().optional(),
  messages: z.array(Message),
});
export type AnnotatedSession = z.infer<typeof AnnotatedSession>;

export const DEFAULT_DATA_DIR = new URL('../../../shared/data/', import.meta.url).pathname;

export function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** One folder's writers' files, each line tagged with the file (writer) it came from. */
export function readWriterFiles<T>(
  dir: string,
  files: readonly string[],
  schema: z.ZodType<T>,
): (T & { file: string })[] {
  return files.flatMap((file) => readJsonl(join(dir, file), schema).map((line) => ({ ...line, file })));
}

/** "annomi-12-40" → "annomi-12": folds never split a transcript. */
export function transcriptOf(id: string): string {
  return id.replace(/-\d+$/, '');
}

/** A turn with its features computed once (training and cross-validation reuse them). */
export interface FeaturizedTurn {
  readonly turn: AnnotatedTurn;
  readonly transcript: string;
  readonly features: FeatureVector;
}

export function featurize(turns: readonly AnnotatedTurn[]): FeaturizedTurn[] {
  return turns.map((turn) => {
    const conversation = readConversation(turn.context);
    const features =
      turn.gold.draft && turn.draft !== undefined
        ? observeDraft(turn.draft, conversation).features
        : (observeClientTurn(conversation)?.features ?? new Map());
    return { turn, transcript: transcriptOf(turn.id), features };
  });
}

/**
 * Per-model options. More kept features helped every model on AnnoMI cross-validation (all at
 * 10,000: main 0.711 → 0.724); these sizes keep most of that gain at about half the weight.
 */
export const MODEL_OPTIONS: Record<keyof AnalyzerWeights['models'], Partial<TrainOptions>> = {
  main: { keep: 10_000 },
  question: { keep: 3000 },
  reflection: { keep: 4000 },
  input: { keep: 2000 },
  talk: { keep: 4000 },
  resistance: { keep: 8000, epochs: 15, learningRate: 0.05 },
  behaviour: { keep: 4000, epochs: 15, learningRate: 0.05 },
};

export function trainAll(
  data: readonly FeaturizedTurn[],
  source: string,
  overrides: Partial<TrainOptions> = {},
): AnalyzerWeights {
  const drafts = data.filter((d) => d.turn.gold.draft);
  const examples = <L extends string>(
    rows: readonly FeaturizedTurn[],
    label: (d: FeaturizedTurn) => L | null | undefined,
  ) =>
    rows.flatMap((d): Example<L>[] => {
      const l = label(d);
      return l ? [{ features: d.features, label: l }] : [];
    });
  const g = (d: FeaturizedTurn) => d.turn.gold.draft!;
  return {
    version: 1,
    source,
    models: {
      main: train(
        MainBehaviour.options,
        examples(drafts, (d) => g(d).main),
        { ...MODEL_OPTIONS.main, ...overrides },
      ),
      question: train(
        QuestionType.options,
        examples(drafts, (d) => (g(d).main === 'question' ? g(d).question : null)),
        { ...MODEL_OPTIONS.question, ...overrides },
      ),
      reflection: train(
        ReflectionType.options,
        examples(drafts, (d) => (g(d).main === 'reflection' ? g(d).reflection : null)),
        { ...MODEL_OPTIONS.reflection, ...overrides },
      ),
      input: train(
        InputType.options,
        examples(drafts, (d) => (g(d).main === 'therapist_input' ? g(d).input : null)),
        { ...MODEL_OPTIONS.input, ...overrides },
      ),
      talk: train(
        TalkType.options,
        examples(data, (d) => d.turn.gold.client?.talk),
        { ...MODEL_OPTIONS.talk, ...overrides },
      ),
    },
  };
}
