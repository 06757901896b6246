import { type Analyzer, createAnalyzer } from '../analysis/analyzer';
import { type AnalyzerWeights, type RiskWeights, TalkType } from '../../models';
import { behaviourCategory } from '../../models/vocabulary';
import { macroF1 } from './metrics';
import type { EvalRow } from './rows';
import { type FeaturizedTurn, MODEL_OPTIONS } from './annomi';
import { train } from './logreg';
import {
  CLIENT_HELDOUT_FILE,
  clientTalkTurns,
  CLIENT_TRAIN_FILES,
  type ClientLine,
  readClientLines,
  trainClientModels,
} from './client-data';

/**
 * The client figures `npm run eval` prints on the project's chat-phrased client sets: whether
 * resistance is read where the writers saw it, whether the right behaviour is among the cues, the
 * category, and talk type. The held-out writer's set is read for its totals only.
 */

export function clientFigures(
  label: string,
  scored: readonly { line: ClientLine; analyzer: Analyzer }[],
  targets: boolean,
): EvalRow[] {
  const lines = scored.map((s) => s.line);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rightBehaviour = 0;
  let resistantRead = 0;
  const goldCategory: string[] = [];
  const predCategory: string[] = [];
  const goldTalk: string[] = [];
  const predTalk: string[] = [];
  for (const { line, analyzer } of scored) {
    const reading = analyzer.assess({ context: line.context }).client;
    const gold = line.gold.client;
    const present = reading?.resistance.present ?? false;
    const cues = reading?.resistance.cues ?? [];
    if (present && gold.resistance) tp++;
    else if (present) fp++;
    else if (gold.resistance) fn++;
    if (present && gold.resistance) {
      resistantRead++;
      if (cues.some((c) => gold.behaviours.includes(c.behaviour))) rightBehaviour++;
    }
    goldCategory.push(gold.behaviours[0] ? behaviourCategory[gold.behaviours[0]] : 'none');
    predCategory.push(present && cues[0] ? cues[0].category : 'none');
    goldTalk.push(gold.talk);
    predTalk.push(reading?.talk ?? 'neutral');
  }
  const t = (v: number) => (targets ? v : null);
  return [
    {
      name: `${label}: resistance present F1`,
      value: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
      target: t(0.9),
      note: `n=${lines.length}, ${tp + fn} resistant; precision ${(tp / Math.max(1, tp + fp)).toFixed(2)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(2)}`,
    },
    {
      name: `${label}: right behaviour among the cues`,
      value: rightBehaviour / Math.max(1, resistantRead),
      target: t(0.85),
      note: `of ${resistantRead} resistant messages read as resistant`,
    },
    {
      name: `${label}: category macro-F1 (4 categories and none)`,
      value: macroF1(goldCategory, predCategory, ['arguing', 'denying', 'avoiding', 'ignoring', 'none']),
      target: t(0.85),
      note: `n=${lines.length}`,
    },
    {
      name: `${label}: talk type macro-F1`,
      value: macroF1(goldTalk, predTalk, TalkType.options),
      target: null,
      note: `n=${lines.length}`,
    },
  ];
}

/**
 * Each training writer's set read by an analyzer whose client models (resistance, behaviour and
 * talk type, the last also on `annomiClientTurns`) trained on the other writers, and the held-out
 * writer's set read by the shipped weights (trained on all of them).
 */
export function evaluateClient(
  weights: AnalyzerWeights,
  risk: RiskWeights | null,
  annomiClientTurns: readonly FeaturizedTurn[],
): EvalRow[] {
  const lines = readClientLines(CLIENT_TRAIN_FILES);
  const cv = CLIENT_TRAIN_FILES.flatMap((file) => {
    const others = lines.filter((l) => l.file !== file);
    const talk = train(
      TalkType.options,
      [...annomiClientTurns, ...clientTalkTurns(others)].flatMap((t) =>
        t.turn.gold.client ? [{ features: t.features, label: t.turn.gold.client.talk }] : [],
      ),
      MODEL_OPTIONS.talk,
    );
    const analyzer = createAnalyzer(
      { ...weights, models: { ...weights.models, talk, ...trainClientModels(others) } },
      risk,
    );
    return lines.filter((l) => l.file === file).map((line) => ({ line, analyzer }));
  });
  const shipped = createAnalyzer(weights, risk);
  return [
    ...clientFigures(`client sets, each writer left out (${CLIENT_TRAIN_FILES.length})`, cv, false),
    ...clientFigures(
      'held-out client set',
      readClientLines([CLIENT_HELDOUT_FILE]).map((line) => ({ line, analyzer: shipped })),
      true,
    ),
  ];
}
