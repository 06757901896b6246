import { z } from 'zod';
import { Message, ResistanceBehaviour, TalkType } from '../../models';
import { MODEL_OPTIONS, readWriterFiles } from './annomi';
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

/** The project's chat-phrased client sets: four writers' sets to train on, another writer's held out. */
export const CLIENT_DATA_DIR = new URL('../../data/client/', import.meta.url).pathname;
export const CLIENT_TRAIN_FILES = [
  'client-a.jsonl',
  'client-b.jsonl',
  'client-c.jsonl',
  'client-d.jsonl',
] as const;
export const CLIENT_HELDOUT_FILE = 'heldout.jsonl';

export function readClientLines(
  files: readonly string[],
  dir = CLIENT_DATA_DIR,
): (ClientLine & { file: string })[] {
  return readWriterFiles(dir, files, ClientLine);
}

/** The yes/no resistance model over the client sets (features as the analyzer reads them). */
export function trainResistance(lines: readonly ClientLine[]): PackedModel {
  return train(
    ['yes', 'no'],
    lines.flatMap((line) => {
      const observed = observeClientTurn(readConversation(line.context));
      return observed
        ? [{ features: observed.features, label: line.gold.client.resistance ? 'yes' : 'no' }]
        : [];
    }),
    MODEL_OPTIONS.resistance,
  );
}
