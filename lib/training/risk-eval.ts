import { join } from 'node:path';
import { createAnalyzer } from '../analysis/analyzer';
import type { AnalyzerWeights, RiskWeights } from '../../models';
import { foldsByGroup } from './metrics';
import {
  chatExamples,
  everydayChatContexts,
  everydayChatExamples,
  ignoresExamples,
  ordinaryClientTalk,
  riskModels,
  scoreRisk,
  trainRisk,
} from './risk';
import {
  CssrsLine,
  MibotClientLine,
  RISK_HELDOUT_CHECKINS_FILE,
  RISK_HELDOUT_FILE,
  RISK_TRAIN_FILES,
  RISK_UNSEEN_WRITER_FILES,
  RISK_RULES_DEV_FILES,
} from './risk-data';
import { readJsonl } from './annomi';
import type { EvalRow } from './rows';
import { readConversation } from '../analysis/context';
import { type RiskModels, readRisk } from '../analysis/risk';
import type { EverydayContext, RiskExample } from './risk';

/**
 * The risk figures `npm run eval` prints: the held-out chat set (a writer whose lines never
 * trained or tuned anything), each training writer left out in turn, and the two public corpora,
 * which the risk models never train on (Reddit C-SSRS users and DiaSafety replies).
 */

const fmtScores = (label: string, s: ReturnType<typeof scoreRisk>, targets: boolean): EvalRow[] => [
  {
    name: `${label}: high-risk recall`,
    value: s.highRecall,
    target: targets ? 0.95 : null,
    note: `n=${s.high}`,
  },
  {
    name: `${label}: any-risk recall`,
    value: s.anyRecall,
    target: targets ? 0.9 : null,
    note: `n=${s.high + s.possible}`,
  },
  {
    name: `${label}: false alarms (lower is better)`,
    value: s.falseAlarms,
    target: targets ? 0.05 : null,
    note: `n=${s.none} without risk`,
  },
];

export function evaluateRisk(dataDir: string, analyzerWeights: AnalyzerWeights): EvalRow[] {
  const rows: EvalRow[] = [];
  const chat = chatExamples();
  const ordinary = ordinaryClientTalk(dataDir);
  const everydayContexts = everydayChatContexts();
  const everyday = everydayChatExamples(everydayContexts);
  const all = trainRisk([...chat, ...ordinary, ...everyday], 'eval');
  const models = riskModels(all);

  const heldout = chatExamples([RISK_HELDOUT_FILE]);
  rows.push(...fmtScores('held-out chat set, rules + model', scoreRisk(heldout, models), true));
  rows.push(...fmtScores('held-out chat set, rules alone', scoreRisk(heldout, null), false));
  const checkins = chatExamples([RISK_HELDOUT_CHECKINS_FILE]);
  rows.push(
    ...fmtScores('held-out check-in conversations, rules + model', scoreRisk(checkins, models), true),
  );
  rows.push(...fmtScores('held-out check-in conversations, rules alone', scoreRisk(checkins, null), false));
  const unseen = chatExamples(RISK_UNSEEN_WRITER_FILES);
  rows.push(
    ...fmtScores(
      `writers never trained on (${RISK_UNSEEN_WRITER_FILES.length} sets)`,
      scoreRisk(unseen, models),
      false,
    ),
  );
  // Each set alone as well: they were written at different times, after different rounds of rules.
  for (const file of RISK_UNSEEN_WRITER_FILES)
    rows.push(...fmtScores(`  ${file}`, scoreRisk(chatExamples([file]), models), false));
  const rulesDev = chatExamples(RISK_RULES_DEV_FILES);
  rows.push(
    ...fmtScores(
      `sets the rules were written from, never trained on (${RISK_RULES_DEV_FILES.length} sets)`,
      scoreRisk(rulesDev, models),
      false,
    ),
  );
  rows.push(...fmtScores('  the same, rules alone', scoreRisk(rulesDev, null), false));

  // Each writer's set scored by models trained on the other writers (rules were written on all).
  const perWriter = RISK_TRAIN_FILES.map((file) =>
    scoreRisk(
      chat.filter((x) => x.group === file),
      riskModels(trainRisk([...chat.filter((e) => e.group !== file), ...ordinary, ...everyday], 'cv')),
    ),
  );
  const cv = mergeScores(perWriter);
  rows.push(...fmtScores(`training writers, each left out (${RISK_TRAIN_FILES.length} sets)`, cv, false));

  rows.push(...everydayChatRows(everydayContexts, [...chat, ...ordinary], everyday));
  rows.push(mibotRow(dataDir, models));
  rows.push(...cssrsRows(dataDir, analyzerWeights, all));
  rows.push(diaSafetyRow(dataDir, analyzerWeights, all));
  return rows;
}

/**
 * How often risk is read in the everyday chat contexts of the client and reply sets (ordinary
 * counseling chats). They also train the model as negatives, so each writer's contexts are read by
 * a model trained without them. Each reading there flags a fine reply as ignoring risk.
 */
function everydayChatRows(
  contexts: readonly EverydayContext[],
  riskExamples: readonly RiskExample[],
  everyday: readonly RiskExample[],
): EvalRow[] {
  let flagged = 0;
  let safe = 0;
  let safeFlagged = 0;
  let byRules = 0;
  for (const file of new Set(contexts.map((c) => c.file))) {
    const models = riskModels(
      trainRisk([...riskExamples, ...everyday.filter((e) => e.group !== `everyday:${file}`)], 'cv'),
    );
    for (const c of contexts.filter((x) => x.file === file)) {
      const recent = readConversation(c.context).recent;
      const read = readRisk(recent, models).level !== 'none';
      if (read) flagged++;
      if (!c.mayHoldRisk) {
        safe++;
        if (read) safeFlagged++;
      }
      if (readRisk(recent, null).level !== 'none') byRules++;
    }
  }
  const n = Math.max(1, contexts.length);
  return [
    {
      name: 'everyday chat contexts (client and reply sets), each writer left out: risk read',
      value: flagged / n,
      target: null,
      note: `n=${contexts.length}; rules alone ${(byRules / n).toFixed(3)}; ${contexts.length - safe} may hold risk`,
    },
    {
      name: 'everyday chat contexts without risk, each writer left out: risk read (lower is better)',
      value: safeFlagged / Math.max(1, safe),
      target: null,
      note: `n=${safe}`,
    },
  ];
}

function mergeScores(parts: ReturnType<typeof scoreRisk>[]): ReturnType<typeof scoreRisk> {
  const sum = (f: (s: ReturnType<typeof scoreRisk>) => number) => parts.reduce((a, s) => a + f(s), 0);
  const high = sum((s) => s.high);
  const possible = sum((s) => s.possible);
  const none = sum((s) => s.none);
  return {
    n: sum((s) => s.n),
    high,
    possible,
    none,
    highRecall: sum((s) => s.highRecall * s.high) / Math.max(1, high),
    anyRecall: sum((s) => s.anyRecall * (s.high + s.possible)) / Math.max(1, high + possible),
    falseAlarms: sum((s) => s.falseAlarms * s.none) / Math.max(1, none),
    misses: parts.flatMap((s) => s.misses),
  };
}

/**
 * MIBot's client lines: real smokers in text chat with an MI chatbot, read in their context (up to
 * eight lines before). Not a labelled risk set (no one checked each line for risk), so the figure
 * is an upper bound on false alarms in ordinary MI chat, where quit dates, cravings and "going
 * through with it" are change talk. MIBot never trains the risk models (its licence is share-alike).
 */
function mibotRow(dataDir: string, models: RiskModels): EvalRow {
  const lines = readJsonl(join(dataDir, 'mibot-turns.jsonl'), MibotClientLine).filter((l) => l.gold.client);
  let read = 0;
  let byRules = 0;
  for (const line of lines) {
    const recent = readConversation(line.context).recent;
    if (readRisk(recent, models).level !== 'none') read++;
    if (readRisk(recent, null).level !== 'none') byRules++;
  }
  const n = Math.max(1, lines.length);
  return {
    name: 'MIBot client lines (real MI text chats, not checked for risk): risk read (lower is better)',
    value: read / n,
    target: null,
    note: `n=${lines.length}; rules alone ${(byRules / n).toFixed(3)}`,
  };
}

/** Reddit users labelled with the C-SSRS: is any risk found for the users at risk? */
function cssrsRows(dataDir: string, analyzerWeights: AnalyzerWeights, risk: RiskWeights): EvalRow[] {
  const users = readJsonl(join(dataDir, 'cssrs-dev.jsonl'), CssrsLine);
  const analyzer = createAnalyzer(analyzerWeights, risk);
  let atRisk = 0;
  let found = 0;
  let behaviour = 0;
  let behaviourHigh = 0;
  let supportive = 0;
  let supportiveFlagged = 0;
  for (const u of users) {
    const level = analyzer.assess({ context: u.context }).client?.risk.level ?? 'none';
    if (u.gold.client.cssrs === 'Supportive') {
      supportive++;
      if (level !== 'none') supportiveFlagged++;
    } else {
      atRisk++;
      if (level !== 'none') found++;
    }
    if (u.gold.client.cssrs === 'Behavior' || u.gold.client.cssrs === 'Attempt') {
      behaviour++;
      if (level === 'high') behaviourHigh++;
    }
  }
  return [
    {
      name: 'C-SSRS users (dev file): any-risk recall',
      value: found / atRisk,
      target: 0.85,
      note: `n=${atRisk}`,
    },
    {
      name: 'C-SSRS users: high for behaviour or attempt',
      value: behaviourHigh / behaviour,
      target: null,
      note: `n=${behaviour}`,
    },
    {
      name: 'C-SSRS supportive users flagged (lower is better)',
      value: supportiveFlagged / supportive,
      target: 0.35,
      note: `n=${supportive}`,
    },
  ];
}

/**
 * DiaSafety: replies judged unsafe because they ignore the poster's risk, flagged `ignores_risk`
 * by the whole analyzer. The ignores-risk reading trains on DiaSafety itself, so this is 5-fold
 * cross-validation with folds by post: no reply is scored by a model that saw its post.
 */
function diaSafetyRow(dataDir: string, analyzerWeights: AnalyzerWeights, risk: RiskWeights): EvalRow {
  const examples = ignoresExamples(dataDir);
  const folds = foldsByGroup(
    examples.map((e) => e.post),
    5,
  );
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let f = 0; f < 5; f++) {
    const ignores = trainRisk(
      [],
      'cv',
      examples.filter((e) => folds.get(e.post) !== f),
    ).models.ignores;
    const analyzer = createAnalyzer(analyzerWeights, { ...risk, models: { ...risk.models, ignores } });
    for (const e of examples.filter((x) => folds.get(x.post) === f)) {
      const flagged =
        analyzer
          .assess({ context: [...e.context], draft: e.draft })
          .draft?.safety.some((s) => s.flag === 'ignores_risk') ?? false;
      const unsafe = e.label === 'ignores';
      if (flagged && unsafe) tp++;
      else if (flagged) fp++;
      else if (unsafe) fn++;
    }
  }
  const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  return {
    name: 'DiaSafety replies (dev file, 5-fold by post): ignores-risk F1',
    value: f1,
    target: 0.6,
    note: `n=${examples.length}, ${tp + fn} unsafe; precision ${(tp / Math.max(1, tp + fp)).toFixed(2)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(2)}`,
  };
}
