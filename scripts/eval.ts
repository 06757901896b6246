/**
 * npm run eval [-- --folds 5] [-- --risk] [-- --replies] [-- --client] [-- DATA_DIR]
 * Cross-validates the instant analyzer on the AnnoMI development split, folding by transcript so
 * no transcript is ever scored by a model that was trained on it, and prints a table; then the
 * risk figures (held-out chat set, writers left out, C-SSRS and DiaSafety dev files).
 * `--risk` prints the risk figures alone; `--replies` the reply figures alone (the project's reply
 * sets, writers left out and the held-out writer, and EPITOME by seeker post).
 */
import { join } from 'node:path';
import {
  InputType,
  MainBehaviour,
  QuestionType,
  ReflectionType,
  type SessionSummary,
  TalkType,
} from '../models';
import { createAnalyzer } from '../lib/analysis/analyzer';
import { readClient } from '../lib/analysis/client';
import { readConversation } from '../lib/analysis/context';
import { codeBehaviour, observeDraft } from '../lib/analysis/draft';
import { LinearModel } from '../lib/analysis/model';
import {
  AnnotatedSession,
  AnnotatedTurn,
  DEFAULT_DATA_DIR,
  featurize,
  readJsonl,
  trainAll,
  transcriptOf,
} from '../lib/training/annomi';
import { auroc, f1For, foldsByGroup, macroF1 } from '../lib/training/metrics';
import { evaluateRisk } from '../lib/training/risk-eval';
import { printRows } from '../lib/training/rows';
import { evaluateReplies } from '../lib/training/replies-eval';
import { evaluateClient } from '../lib/training/client-eval';
import { CLIENT_TRAIN_FILES, clientTalkTurns, readClientLines } from '../lib/training/client-data';
import { replyExamples, replyTurns } from '../lib/training/replies';
import { REPLY_TRAIN_FILES } from '../lib/training/replies-data';
import riskWeights from '../lib/analysis/risk-weights.json';
import { requireDataDir } from './data-dir';
import bundledWeights from '../lib/analysis/weights.json';
import type { AnalyzerWeights, RiskWeights } from '../models';

const args = process.argv.slice(2);
const foldsArg = args.indexOf('--folds');
const k = foldsArg >= 0 ? Number(args[foldsArg + 1]) : 5;
const dataDir = requireDataDir(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--folds') ?? DEFAULT_DATA_DIR,
);
const pad = (s: string, n: number) => s.padEnd(n);

if (args.includes('--client')) {
  printClient();
  process.exit(0);
}

function printClient(): void {
  const annomiClientTurns = featurize(
    readJsonl(join(dataDir, 'annomi-dev-turns.jsonl'), AnnotatedTurn).filter((t) => t.gold.client),
  );
  printRows(
    "The client's words: resistance and talk type",
    evaluateClient(bundledWeights as AnalyzerWeights, riskWeights as RiskWeights, annomiClientTurns),
  );
}

if (args.includes('--risk')) {
  printRisk();
  process.exit(0);
}

function printRisk(): void {
  const t = performance.now();
  const rows = evaluateRisk(dataDir, bundledWeights as AnalyzerWeights);
  printRows(`Risk in the client's messages (${((performance.now() - t) / 1000).toFixed(0)} s)`, rows);
}

const turns = featurize(readJsonl(join(dataDir, 'annomi-dev-turns.jsonl'), AnnotatedTurn));

if (args.includes('--replies')) {
  printReplies();
  process.exit(0);
}

function printReplies(): void {
  const t = performance.now();
  const rows = evaluateReplies(dataDir, turns, riskWeights as RiskWeights);
  printRows(`Counselor replies (${((performance.now() - t) / 1000).toFixed(0)} s)`, rows);
}
const sessions = readJsonl(join(dataDir, 'annomi-dev-sessions.jsonl'), AnnotatedSession);
const fold = foldsByGroup(
  turns.map((t) => t.transcript),
  k,
);

const gold = {
  main: [] as string[],
  question: [] as string[],
  reflection: [] as string[],
  input: [] as string[],
  talk: [] as string[],
};
const pred = {
  main: [] as string[],
  question: [] as string[],
  questionEnd: [] as string[],
  reflection: [] as string[],
  reflectionEnd: [] as string[],
  input: [] as string[],
  talk: [] as string[],
};
const sessionScores: number[] = [];
const sessionSummaries: SessionSummary[] = [];
const sessionHigh: boolean[] = [];
const started = performance.now();

// The shipped models also learn from the project's chat-phrased sets (replies for the behaviour
// codes, client lines for talk type): they train in every fold (never among AnnoMI's transcripts).
const projectTrainTurns = [
  ...replyTurns(replyExamples(REPLY_TRAIN_FILES)),
  // The client sets' talk labels train the talk model beside AnnoMI, likewise in every fold.
  ...clientTalkTurns(readClientLines(CLIENT_TRAIN_FILES)),
];
for (let f = 0; f < k; f++) {
  const weights = trainAll(
    [...turns.filter((t) => fold.get(t.transcript) !== f), ...projectTrainTurns],
    `fold ${f}`,
  );
  const models = {
    main: new LinearModel<MainBehaviour>(weights.models.main),
    question: new LinearModel<QuestionType>(weights.models.question),
    reflection: new LinearModel<ReflectionType>(weights.models.reflection),
    input: new LinearModel<InputType>(weights.models.input),
  };
  const talk = new LinearModel<TalkType>(weights.models.talk);
  for (const t of turns.filter((x) => fold.get(x.transcript) === f)) {
    const g = t.turn.gold;
    if (g.draft && t.turn.draft !== undefined) {
      const observed = observeDraft(t.turn.draft, readConversation(t.turn.context));
      gold.main.push(g.draft.main);
      pred.main.push(codeBehaviour(observed, models).main);
      // Subtypes are scored given the gold main code, as AnnoMI's own baselines do.
      const coded = codeBehaviour(observed, models);
      if (g.draft.main === 'question' && g.draft.question) {
        gold.question.push(g.draft.question);
        pred.question.push(models.question.predict(observed.features).label);
        pred.questionEnd.push(coded.question ?? 'none');
      }
      if (g.draft.main === 'reflection' && g.draft.reflection) {
        gold.reflection.push(g.draft.reflection);
        pred.reflection.push(models.reflection.predict(observed.features).label);
        pred.reflectionEnd.push(coded.reflection ?? 'none');
      }
      if (g.draft.main === 'therapist_input' && g.draft.input) {
        gold.input.push(g.draft.input);
        pred.input.push(models.input.predict(observed.features).label);
      }
    } else if (g.client) {
      const reading = readClient(readConversation(t.turn.context), { talk });
      gold.talk.push(g.client.talk);
      pred.talk.push(reading?.assessment.talk ?? 'neutral');
    }
  }
  const analyzer = createAnalyzer(weights);
  for (const s of sessions.filter((x) => fold.get(transcriptOf(`${x.id}-0`)) === f)) {
    const summary = analyzer.summarizeSession(s.messages);
    sessionSummaries.push(summary);
    sessionScores.push(summary.score);
    sessionHigh.push(s.quality === 'high');
  }
}

const rows: [string, number, number, string][] = [
  [
    'therapist behaviour (main, 4 classes) macro-F1',
    macroF1(gold.main, pred.main, MainBehaviour.options),
    0.76,
    `n=${gold.main.length}`,
  ],
  [
    'question open/closed macro-F1',
    macroF1(gold.question, pred.question, QuestionType.options),
    0.85,
    `n=${gold.question.length}`,
  ],
  [
    'question open/closed macro-F1, end to end',
    macroF1(gold.question, pred.questionEnd, QuestionType.options),
    0.75,
    `n=${gold.question.length}`,
  ],
  [
    'reflection simple/complex macro-F1',
    macroF1(gold.reflection, pred.reflection, ReflectionType.options),
    NaN,
    `n=${gold.reflection.length}`,
  ],
  [
    'reflection simple/complex macro-F1, end to end',
    macroF1(gold.reflection, pred.reflectionEnd, ReflectionType.options),
    0.6,
    `n=${gold.reflection.length}`,
  ],
  [
    'input type (4 classes) macro-F1',
    macroF1(gold.input, pred.input, InputType.options),
    NaN,
    `n=${gold.input.length}`,
  ],
  [
    'client talk type (3 classes) macro-F1',
    macroF1(gold.talk, pred.talk, TalkType.options),
    0.55,
    `n=${gold.talk.length}`,
  ],
  [
    'sustain talk vs rest F1',
    f1For(gold.talk, pred.talk, 'sustain'),
    NaN,
    `n=${gold.talk.filter((g) => g === 'sustain').length} sustain`,
  ],
  [
    'session quality AUROC (high vs low)',
    auroc(sessionScores, sessionHigh),
    0.9,
    `n=${sessionScores.length} sessions`,
  ],
];
printRows(
  `AnnoMI development split, ${k}-fold cross-validation by transcript (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  rows.map(([name, value, target, note]) => ({
    name,
    value,
    target: Number.isNaN(target) ? null : target,
    note,
  })),
);

// What separates high- from low-quality sessions, metric by metric (same held-out summaries).
const perTurn = (n: number, s: SessionSummary) => (s.turns === 0 ? 0 : n / s.turns);
const parts: [string, (s: SessionSummary) => number][] = [
  ['reflection-to-question ratio', (s) => s.reflectionToQuestion ?? 0],
  ['percent complex reflections', (s) => s.percentComplexReflections ?? 0],
  ['percent open questions', (s) => s.percentOpenQuestions ?? 0],
  ['MI-adherent per turn', (s) => perTurn(s.miAdherent, s)],
  ['MI-non-adherent per turn (lower is better)', (s) => -perTurn(s.miNonAdherent, s)],
  ['resistance moments per turn (lower is better)', (s) => -perTurn(s.resistanceMoments, s)],
];
console.log('\nsession metrics alone, AUROC for high vs low quality:');
for (const [name, f] of parts)
  console.log(`  ${pad(name, 46)} ${auroc(sessionSummaries.map(f), sessionHigh).toFixed(3)}`);

printReplies();
printClient();
printRisk();
