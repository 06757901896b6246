import { join } from 'node:path';
import {
  type DraftFlagKey,
  DraftFlags,
  type EmpathyKey,
  type Level,
  type ReplyWeights,
  empathyKeys,
} from '../../models';
import { readConversation } from '../analysis/context';
import { observeDraft } from '../analysis/draft';
import type { FeatureVector } from '../analysis/features';
import { EMPATHY_LABELS, FLAG_LABELS } from '../analysis/reply';
import { type AnnotatedTurn, type FeaturizedTurn, readJsonl } from './annomi';
import { type TrainOptions, train } from './logreg';
import { EpitomeLine, type ReplyFlag, type ReplyLine, readReplies } from './replies-data';

/**
 * Training for the reply models: the MITI flags from the project's chat-phrased reply sets, and
 * EPITOME empathy from EPITOME's development half together with the reply sets' empathy codes.
 */

/** The reply sets' flag names → the assessment's (framework.md §3). */
export const FLAG_OF: Record<ReplyFlag, DraftFlagKey> = {
  affirm: 'affirm',
  emphasizeAutonomy: 'emphasizingAutonomy',
  seekCollaboration: 'seekingCollaboration',
  confront: 'confront',
  adviseWithoutPermission: 'persuadeWithoutPermission',
  direct: 'direct',
  warn: 'warn',
};

export interface ReplyExample {
  readonly line: ReplyLine & { file: string };
  readonly features: FeatureVector;
  readonly flags: Record<DraftFlagKey, boolean>;
}

export function replyExamples(files: readonly string[]): ReplyExample[] {
  return readReplies(files).map((line) => {
    const flags = {} as Record<DraftFlagKey, boolean>;
    for (const [from, to] of Object.entries(FLAG_OF) as [ReplyFlag, DraftFlagKey][])
      flags[to] = line.gold.draft.flags[from];
    return { line, features: observeDraft(line.draft, readConversation(line.context)).features, flags };
  });
}

/** The reply sets as AnnoMI-shaped turns, so the behaviour-code models can learn chat wording too. */
export function replyTurns(examples: readonly ReplyExample[]): FeaturizedTurn[] {
  return examples.map(({ line, features }) => {
    const { main, question, reflection, input } = line.gold.draft;
    const turn: AnnotatedTurn = {
      id: line.id,
      context: line.context,
      draft: line.draft,
      gold: { draft: { main, question, reflection, input } },
    };
    return { turn, transcript: line.group, features };
  });
}

export interface EmpathyExample {
  readonly group: string;
  readonly features: FeatureVector;
  readonly empathy: Record<EmpathyKey, Level>;
}

export function epitomeExamples(dataDir: string): EmpathyExample[] {
  return readJsonl(join(dataDir, 'epitome-dev.jsonl'), EpitomeLine).map((line) => ({
    // Folds by seeker post: several responses to one post must stay together.
    group: line.context.map((m) => m.text).join('\n'),
    features: observeDraft(line.draft, readConversation(line.context)).features,
    empathy: line.gold.empathy,
  }));
}

export const FLAG_OPTIONS: Partial<TrainOptions> = { keep: 2500, epochs: 15, learningRate: 0.05 };
export const EMPATHY_OPTIONS: Partial<TrainOptions> = {
  keep: 3000,
  epochs: 15,
  learningRate: 0.05,
  l2: 1e-3,
};

export function trainFlags(replies: readonly ReplyExample[]): ReplyWeights['models']['flags'] {
  return Object.fromEntries(
    DraftFlags.keyof().options.map((key) => [
      key,
      train(
        FLAG_LABELS,
        replies.map((e) => ({ features: e.features, label: e.flags[key] ? 'yes' : 'no' })),
        FLAG_OPTIONS,
      ),
    ]),
  ) as ReplyWeights['models']['flags'];
}

export function trainEmpathy(empathy: readonly EmpathyExample[]): ReplyWeights['models']['empathy'] {
  return Object.fromEntries(
    empathyKeys.map((key) => [
      key,
      train(
        EMPATHY_LABELS,
        empathy.map((e) => ({ features: e.features, label: String(e.empathy[key]) as '0' | '1' | '2' })),
        EMPATHY_OPTIONS,
      ),
    ]),
  ) as ReplyWeights['models']['empathy'];
}

export function trainReplies(
  replies: readonly ReplyExample[],
  empathy: readonly EmpathyExample[],
  source: string,
): ReplyWeights {
  return {
    version: 1,
    source,
    models: {
      flags: trainFlags(replies),
      empathy: trainEmpathy(empathy),
      falseReassurance: train(
        FLAG_LABELS,
        replies.map((e) => ({
          features: e.features,
          label: e.line.gold.draft.safety.includes('false_reassurance') ? 'yes' : 'no',
        })),
        FLAG_OPTIONS,
      ),
    },
  };
}

/**
 * The empathy models' training examples: EPITOME's Reddit pairs and the reply sets' chat replies,
 * EPITOME repeated so that the two domains weigh about the same. They read empathy differently
 * (docs/analyzer.md), and as the reply sets grew, EPITOME's share, and its reading, shrank.
 */
export function empathyTraining(
  epitome: readonly EmpathyExample[],
  replies: readonly ReplyExample[],
): EmpathyExample[] {
  const chat = replyEmpathy(replies);
  const repeats = Math.max(1, Math.round(chat.length / Math.max(1, epitome.length)));
  return [...Array.from({ length: repeats }, () => epitome).flat(), ...chat];
}

/** The reply sets' empathy codes as training examples for the empathy models. */
export function replyEmpathy(replies: readonly ReplyExample[]): EmpathyExample[] {
  return replies.map((e) => ({
    group: e.line.group,
    features: e.features,
    empathy: e.line.gold.draft.empathy,
  }));
}
