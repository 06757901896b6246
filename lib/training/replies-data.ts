import { z } from 'zod';
import {
  InputType,
  Level,
  MainBehaviour,
  Message,
  QuestionType,
  ReflectionType,
  SafetyFlag,
  empathyKeys,
  mechanismKeys,
} from '../../models';
import { readWriterFiles } from './annomi';

/** The MITI behaviour flags the reply sets code (data/replies/GUIDELINES.md). */
export const REPLY_FLAGS = [
  'affirm',
  'emphasizeAutonomy',
  'seekCollaboration',
  'confront',
  'adviseWithoutPermission',
  'direct',
  'warn',
] as const;
export type ReplyFlag = (typeof REPLY_FLAGS)[number];

const levels = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, Level])) as Record<K, typeof Level>);

/** One line of data/replies/*.jsonl: one candidate reply to a client moment, in a group of several. */
export const ReplyLine = z.object({
  id: z.string(),
  group: z.string(),
  context: z.array(Message).min(1),
  draft: z.string().min(1),
  gold: z.object({
    draft: z.object({
      main: MainBehaviour,
      question: QuestionType.nullable(),
      reflection: ReflectionType.nullable(),
      input: InputType.nullable(),
      acts: z.array(MainBehaviour).min(1),
      flags: z.object(
        Object.fromEntries(REPLY_FLAGS.map((f) => [f, z.boolean()])) as Record<ReplyFlag, z.ZodBoolean>,
      ),
      safety: z.array(SafetyFlag),
      empathy: levels(empathyKeys),
      mechanisms: levels(mechanismKeys),
      quality: z.number().int().min(1).max(5),
    }),
  }),
  tag: z.string().optional(),
});
export type ReplyLine = z.infer<typeof ReplyLine>;

/** One line of shared/data/epitome-dev.jsonl: a Reddit seeker post, a response, its empathy. */
export const EpitomeLine = z.object({
  id: z.string(),
  context: z.array(Message).min(1),
  draft: z.string(),
  gold: z.object({
    empathy: levels(empathyKeys),
    rationales: z.object(
      Object.fromEntries(empathyKeys.map((k) => [k, z.array(z.string())])) as Record<
        (typeof empathyKeys)[number],
        z.ZodArray<z.ZodString>
      >,
    ),
  }),
});
export type EpitomeLine = z.infer<typeof EpitomeLine>;

/** The project's chat-phrased reply sets: several writers' sets to train on, another writer's held out. */
export const REPLIES_DATA_DIR = new URL('../../data/replies/', import.meta.url).pathname;
export const REPLY_TRAIN_FILES = [
  'reply-a.jsonl',
  'reply-b.jsonl',
  'reply-c.jsonl',
  'reply-d.jsonl',
  'reply-e.jsonl',
  'reply-f.jsonl',
  'reply-g.jsonl',
  'reply-h.jsonl',
  'reply-i.jsonl',
  'reply-j.jsonl',
] as const;
export const REPLY_HELDOUT_FILE = 'heldout.jsonl';

export function readReplies(
  files: readonly string[],
  dir = REPLIES_DATA_DIR,
): (ReplyLine & { file: string })[] {
  return readWriterFiles(dir, files, ReplyLine);
}
