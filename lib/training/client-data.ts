import { z } from 'zod';
import { Message, ResistanceBehaviour, TalkType } from '../../models';
import { resistanceBehaviours } from '../../models/vocabulary';
import { type AnnotatedTurn, type FeaturizedTurn, MODEL_OPTIONS, readWriterFiles } from './annomi';
import type { PackedModel } from '../../models';
import { readConversation } from '../analysis/context';
import { observeClientTurn } from '../analysis/client';
import { train } from './logreg';

/** One line of data/client/*.jsonl (see data/client/GUIDELINES.md). */
export const ClientLine = z.object({
  id: z.string(),
  context: z.array(Message).min(1),
  gold: z.object({
    client: z.object({
      resistance: z.boolean(),
      behaviours: z.array(ResistanceBehaviour),
      talk: TalkType,
      /** Exact phrases of the client's messages after the counselor's last turn. */
      evidence: z.array(z.string().min(1)),
    }),
  }),
  tag: z.string().optional(),
});
export type ClientLine = z.infer<typeof ClientLine>;

/** The project's chat-phrased client sets: the training writers' sets, another writer's held out. */
export const CLIENT_DATA_DIR = new URL('../../data/client/', import.meta.url).pathname;
export const CLIENT_TRAIN_FILES = [
  'client-a.jsonl',
  'client-b.jsonl',
  'client-c.jsonl',
  'client-d.jsonl',
  'client-e.jsonl',
  'client-f.jsonl',
  'client-g.jsonl',
  'client-i.jsonl',
  'client-j.jsonl',
  'client-k.jsonl',
  'client-l.jsonl',
  'client-m.jsonl',
  'client-n.jsonl',
  'client-o.jsonl',
  'client-p.jsonl',
  'client-q.jsonl',
  'client-r.jsonl',
] as const;
export const CLIENT_HELDOUT_FILE = 'heldout.jsonl';

export function readClientLines(
  files: readonly string[],
  dir = CLIENT_DATA_DIR,
): (ClientLine & { file: string })[] {
  return readWriterFiles(dir, files, ClientLine);
}

/**
 * The client models trained on the client sets, with features as the analyzer reads them: whether
 * the turn resists (yes/no), and which behaviours a resistant turn shows (one example per
 * behaviour the writer saw in it).
 */
export function trainClientModels(lines: readonly ClientLine[]): {
  resistance: PackedModel;
  behaviour: PackedModel;
} {
  const observed = lines.flatMap((line) => {
    const o = observeClientTurn(readConversation(line.context));
    return o ? [{ features: o.features, gold: line.gold.client }] : [];
  });
  return {
    resistance: train(
      ['yes', 'no'],
      observed.map((o) => ({ features: o.features, label: o.gold.resistance ? 'yes' : 'no' })),
      MODEL_OPTIONS.resistance,
    ),
    behaviour: train(
      resistanceBehaviours,
      observed.flatMap((o) =>
        o.gold.resistance ? o.gold.behaviours.map((label) => ({ features: o.features, label })) : [],
      ),
      MODEL_OPTIONS.behaviour,
    ),
  };
}

/**
 * The client sets' talk labels as training turns in AnnoMI's shape, so the talk model learns chat
 * wording beside AnnoMI's transcribed speech. Grouped by writer.
 */
export function clientTalkTurns(lines: readonly (ClientLine & { file: string })[]): FeaturizedTurn[] {
  return lines.flatMap((line) => {
    const observed = observeClientTurn(readConversation(line.context));
    if (!observed) return [];
    const turn: AnnotatedTurn = {
      id: line.id,
      context: line.context,
      gold: { client: { talk: line.gold.client.talk } },
    };
    return [{ turn, transcript: `client:${line.file}`, features: observed.features }];
  });
}
