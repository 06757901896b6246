import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { join } from 'node:path';
import { type Message, RiskKind, RiskLevel, type RiskWeights } from '../../models';
import { readConversation } from '../analysis/context';
import type { FeatureVector } from '../analysis/features';
import { LinearModel } from '../analysis/model';
import { observeDraft } from '../analysis/draft';
import { IGNORE_LABELS, type IgnoreLabel, ignoresFeatures } from '../analysis/ignores-risk';
import { type RiskModels, observeRisk, readRisk } from '../analysis/risk';
import { type Example, train } from './logreg';
import { DiaSafetyLine, RISK_DATA_DIR, RISK_TRAIN_FILES, RiskLine } from './risk-data';
import { readJsonl, readWriterFiles } from './annomi';
import { CLIENT_TRAIN_FILES, readClientLines } from './client-data';
import { REPLY_TRAIN_FILES, readReplies } from './replies-data';

/**
 * Training for the risk models: a level model (none / possible / high) and a kind model over the
 * client's recent messages, with the rule signals as features. Data: the project's own
 * chat-phrased sets (data/risk, written by several writers), plus ordinary client talk from
 * AnnoMI as easy negatives so that talk about drinking, smoking and medicine is not read as risk.
 * MIBot is left out on purpose: its share-alike licence would pass to the shipped weights.
 */

export interface RiskExample {
  readonly id: string;
  /** Which file (writer) it came from: cross-validation leaves one writer out at a time. */
  readonly group: string;
  readonly context: readonly Message[];
  readonly level: RiskLevel;
  readonly kinds: readonly RiskKind[];
  readonly features: FeatureVector;
}

export function featurizeRisk(context: readonly Message[]): FeatureVector {
  return observeRisk(readConversation(context).recent).features;
}

export function chatExamples(
  files: readonly string[] = RISK_TRAIN_FILES,
  dir = RISK_DATA_DIR,
): RiskExample[] {
  return readWriterFiles(dir, files, RiskLine).map((line) => ({
    id: line.id,
    group: line.file,
    context: line.context,
    level: line.gold.client.risk,
    kinds: line.gold.client.kinds,
    features: featurizeRisk(line.context),
  }));
}

/** Sessions of AnnoMI whose topic is itself risk: their client talk is not a safe negative. */
const RISK_TOPIC_SESSIONS = new Set(['annomi-37', 'annomi-107']);

/**
 * Client turns from AnnoMI (talk about drinking, smoking, medicines, health) as negatives, every
 * `step`-th one so they do not drown the chat sets.
 */
export function ordinaryClientTalk(dataDir: string, step = 2): RiskExample[] {
  const out: RiskExample[] = [];
  for (const file of ['annomi-dev-turns.jsonl']) {
    const lines = readFileSync(join(dataDir, file), 'utf8').split('\n');
    let n = 0;
    for (const line of lines) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; context: Message[]; draft?: string };
      if (row.draft !== undefined || row.context.at(-1)?.role !== 'client') continue;
      if (RISK_TOPIC_SESSIONS.has(row.id.replace(/-\d+$/, ''))) continue;
      if (n++ % step !== 0) continue;
      // Only the utterance and the counselor turn before it: long transcripts are not chat.
      const context = row.context.slice(-2);
      out.push({
        id: row.id,
        group: file,
        context,
        level: 'none',
        kinds: [],
        features: featurizeRisk(context),
      });
    }
  }
  return out;
}

/** An everyday chat context of the client or reply sets, and whether it may hold risk. */
export interface EverydayContext {
  readonly id: string;
  /** The writer's file: cross-validation leaves one out at a time. */
  readonly file: string;
  readonly context: readonly Message[];
  /**
   * Held out of the negatives: a reply there is coded as ignoring risk, or a reader judged it to
   * hold risk. Not the rules' own reading: that hid every rule false alarm there from the measure.
   */
  readonly mayHoldRisk: boolean;
}

/**
 * Contexts of the everyday sets a reader judged to hold risk or a warning sign, with the reason
 * (data/risk/everyday-with-risk.json): never taught as "no risk".
 */
const EverydayWithRisk = z.array(z.object({ id: z.string(), why: z.string() }));
const EVERYDAY_WITH_RISK = new URL('../../data/risk/everyday-with-risk.json', import.meta.url).pathname;

/**
 * The distinct conversation contexts of the client and reply sets: ordinary counseling chats
 * (stress, grief, arguments, drinking, school) in chat wording, the hard negatives the risk
 * sets have too few of. Without them the model read risk into 13% of them, each reading a "this
 * reply ignores risk" flag on a fine reply.
 */
export function everydayChatContexts(
  clientFiles: readonly string[] = CLIENT_TRAIN_FILES,
  replyFiles: readonly string[] = REPLY_TRAIN_FILES,
): EverydayContext[] {
  const judged = new Set(
    EverydayWithRisk.parse(JSON.parse(readFileSync(EVERYDAY_WITH_RISK, 'utf8'))).map((x) => x.id),
  );
  const byContext = new Map<
    string,
    { id: string; file: string; context: readonly Message[]; mayHoldRisk: boolean }
  >();
  const lines = [
    ...readClientLines(clientFiles).map((l) => ({ ...l, ignoresRisk: false })),
    ...readReplies(replyFiles).map((l) => ({
      ...l,
      ignoresRisk: l.gold.draft.safety.includes('ignores_risk'),
    })),
  ];
  for (const line of lines) {
    const key = line.context.map((m) => `${m.role}:${m.text}`).join('\n');
    const seen = byContext.get(key);
    const risk = line.ignoresRisk || judged.has(line.id);
    if (seen) seen.mayHoldRisk ||= risk;
    else byContext.set(key, { id: line.id, file: line.file, context: line.context, mayHoldRisk: risk });
  }
  return [...byContext.values()];
}

/** The everyday contexts without risk, as "none" examples. */
export function everydayChatExamples(
  contexts: readonly EverydayContext[] = everydayChatContexts(),
): RiskExample[] {
  return contexts
    .filter((c) => !c.mayHoldRisk)
    .map((c) => ({
      id: c.id,
      group: `everyday:${c.file}`,
      context: c.context,
      level: 'none',
      kinds: [],
      features: featurizeRisk(c.context),
    }));
}

/** A DiaSafety reply with its features and label, and its post (cross-validation folds by post). */
export interface IgnoresExample {
  readonly post: string;
  readonly context: readonly Message[];
  readonly draft: string;
  readonly label: IgnoreLabel;
  readonly features: FeatureVector;
}

/** DiaSafety's distress posts with replies judged to ignore (or not) the poster's risk. */
export function ignoresExamples(dataDir: string): IgnoresExample[] {
  return readJsonl(join(dataDir, 'diasafety-risk-dev.jsonl'), DiaSafetyLine).map((line) => {
    const conversation = readConversation(line.context);
    const draft = observeDraft(line.draft, conversation).features;
    const client = observeRisk(conversation.recent).features;
    return {
      post: line.context.map((m) => m.text).join('\n'),
      context: line.context,
      draft: line.draft,
      label: line.gold.draft.ignoresRisk ? 'ignores' : 'engages',
      features: ignoresFeatures(draft, client),
    };
  });
}

export function trainRisk(
  examples: readonly RiskExample[],
  source: string,
  ignores: readonly IgnoresExample[] = [],
): RiskWeights {
  const levelExamples: Example<RiskLevel>[] = examples.map((e) => ({ features: e.features, label: e.level }));
  const kindExamples: Example<RiskKind>[] = examples.flatMap((e) =>
    e.kinds.length > 0 ? [{ features: e.features, label: e.kinds[0]! }] : [],
  );
  return {
    version: 1,
    source,
    models: {
      // Many kept character n-grams and light L2: wording of risk is varied and each piece rare
      // (training writers left out: high-risk recall 0.798 → 0.837, any 0.834 → 0.865, false alarms
      // 0.032, with the thresholds in lib/analysis/risk.ts).
      level: train(RiskLevel.options, levelExamples, {
        keep: 20_000,
        epochs: 20,
        learningRate: 0.05,
        l2: 1e-4,
      }),
      kind: train(RiskKind.options, kindExamples, { keep: 2000, epochs: 20, learningRate: 0.05 }),
      ...(ignores.length > 0 && {
        ignores: train(
          IGNORE_LABELS,
          ignores.map((e) => ({ features: e.features, label: e.label })),
          { keep: 3000, epochs: 15, learningRate: 0.05, l2: 1e-3 },
        ),
      }),
    },
  };
}

export function riskModels(weights: RiskWeights): RiskModels {
  return {
    level: new LinearModel<RiskLevel>(weights.models.level),
    kind: new LinearModel<RiskKind>(weights.models.kind),
  };
}

export interface RiskScores {
  readonly n: number;
  readonly highRecall: number;
  readonly anyRecall: number;
  readonly falseAlarms: number;
  readonly high: number;
  readonly possible: number;
  readonly none: number;
}

/** How the combined reading does on labelled lines (levels only). */
export function scoreRisk(
  lines: readonly { context: readonly Message[]; level: RiskLevel }[],
  models: RiskModels | null,
): RiskScores & { misses: { level: RiskLevel; got: RiskLevel; context: readonly Message[] }[] } {
  let hi = 0;
  let hiN = 0;
  let any = 0;
  let anyN = 0;
  let fa = 0;
  let noneN = 0;
  const misses: { level: RiskLevel; got: RiskLevel; context: readonly Message[] }[] = [];
  for (const line of lines) {
    const got = readRisk(readConversation(line.context).recent, models).level;
    if (line.level === 'high') {
      hiN++;
      if (got === 'high') hi++;
    }
    if (line.level !== 'none') {
      anyN++;
      if (got !== 'none') any++;
    } else {
      noneN++;
      if (got !== 'none') fa++;
    }
    if ((line.level === 'none') !== (got === 'none') || (line.level === 'high' && got !== 'high'))
      misses.push({ level: line.level, got, context: line.context });
  }
  return {
    n: lines.length,
    highRecall: hi / Math.max(1, hiN),
    anyRecall: any / Math.max(1, anyN),
    falseAlarms: fa / Math.max(1, noneN),
    high: hiN,
    possible: anyN - hiN,
    none: noneN,
    misses,
  };
}
