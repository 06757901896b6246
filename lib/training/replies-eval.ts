import {
  type DraftAssessment,
  type RiskWeights,
  MainBehaviour,
  empathyKeys,
  mechanismKeys,
  miAdherentFlags,
  miNonAdherentFlags,
} from '../../models';
import { createAnalyzer } from '../analysis/analyzer';
import { LinearModel } from '../analysis/model';
import { replyScore } from '../analysis/reply';
import { type FeaturizedTurn, trainAll } from './annomi';
import { f1For, foldsByGroup, macroF1 } from './metrics';
import type { EvalRow } from './rows';
import { REPLY_HELDOUT_FILE, REPLY_TRAIN_FILES } from './replies-data';
import {
  type EmpathyExample,
  type ReplyExample,
  epitomeExamples,
  empathyTraining,
  replyExamples,
  replyTurns,
  trainEmpathy,
  trainReplies,
} from './replies';

/**
 * The reply figures `npm run eval` prints: the project's chat-phrased reply sets with each training
 * writer left out in turn and the held-out writer's set (read for its totals only), and EPITOME's
 * development half cross-validated by seeker post.
 */

interface Scored {
  readonly example: ReplyExample;
  readonly draft: DraftAssessment;
}

/** An analyzer whose behaviour, flag and empathy models trained on these replies (with AnnoMI and EPITOME). */
function analyzerFor(
  annomi: readonly FeaturizedTurn[],
  replies: readonly ReplyExample[],
  empathy: readonly EmpathyExample[],
  risk: RiskWeights | null,
) {
  return createAnalyzer(
    trainAll([...annomi, ...replyTurns(replies)], 'eval'),
    risk,
    trainReplies(replies, empathyTraining(empathy, replies), 'eval'),
  );
}

function scoreLines(
  analyzer: ReturnType<typeof createAnalyzer>,
  examples: readonly ReplyExample[],
): Scored[] {
  return examples.map((example) => ({
    example,
    draft: analyzer.assess({ context: [...example.line.context], draft: example.line.draft }).draft!,
  }));
}

/** The figures of one scored set, in the terms. */
export function replyFigures(label: string, scored: readonly Scored[], targets: boolean): EvalRow[] {
  const rows: EvalRow[] = [];
  const row = (name: string, value: number, target: number | null, note: string) =>
    rows.push({ name: `${label}: ${name}`, value, target: targets ? target : null, note });
  const flagF1 = (gold: (s: Scored) => boolean, pred: (s: Scored) => boolean) => {
    const golds = scored.map(gold);
    return { f1: f1For(golds, scored.map(pred), true), n: golds.filter(Boolean).length };
  };
  const goldFlags = (s: Scored) => s.example.flags;
  const nonAdherent = flagF1(
    (s) => miNonAdherentFlags.some((f) => goldFlags(s)[f]),
    (s) => miNonAdherentFlags.some((f) => s.draft.flags[f]),
  );
  row(
    'MI-non-adherent flagged, F1',
    nonAdherent.f1,
    0.6,
    `n=${nonAdherent.n} non-adherent of ${scored.length}`,
  );
  for (const flag of [...miAdherentFlags, ...miNonAdherentFlags]) {
    const r = flagF1(
      (s) => goldFlags(s)[flag],
      (s) => s.draft.flags[flag],
    );
    const target = flag === 'affirm' ? 0.5 : flag === 'emphasizingAutonomy' ? 0.4 : null;
    row(`${flag} F1`, r.f1, target, `n=${r.n}`);
  }
  const gold = scored.map((s) => s.example.line.gold.draft);
  row(
    'main code macro-F1',
    macroF1(
      gold.map((g) => g.main),
      scored.map((s) => s.draft.main),
      MainBehaviour.options,
    ),
    0.6,
    `n=${scored.length}`,
  );
  const sub = (kind: 'question' | 'reflection', labels: readonly string[]) => {
    const rows = scored.filter((s) => s.example.line.gold.draft[kind] !== null);
    return {
      f1: macroF1(
        rows.map((s) => s.example.line.gold.draft[kind]!),
        rows.map((s) => s.draft[kind] ?? 'none'),
        labels,
      ),
      n: rows.length,
    };
  };
  const oc = sub('question', ['open', 'closed']);
  row('open/closed macro-F1 (end to end)', oc.f1, null, `n=${oc.n}`);
  const sc = sub('reflection', ['simple', 'complex']);
  row('simple/complex macro-F1 (end to end)', sc.f1, null, `n=${sc.n}`);
  const empathy =
    empathyKeys.reduce(
      (sum, k) =>
        sum +
        macroF1(
          gold.map((g) => g.empathy[k]),
          scored.map((s) => s.draft.empathy[k]),
          [0, 1, 2],
        ),
      0,
    ) / empathyKeys.length;
  row('empathy mean macro-F1', empathy, null, 'three EPITOME mechanisms');
  for (const k of mechanismKeys) {
    const exact = scored.filter(
      (s) => s.draft.mechanisms[k] === s.example.line.gold.draft.mechanisms[k],
    ).length;
    row(`${k} agreement`, exact / scored.length, null, `n=${scored.length}, levels 0/1/2`);
  }
  // Better replies to the same client moment should score higher.
  const groups = new Map<string, Scored[]>();
  for (const s of scored) groups.set(s.example.line.group, [...(groups.get(s.example.line.group) ?? []), s]);
  let right = 0;
  let pairs = 0;
  for (const members of groups.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        const dq = a.example.line.gold.draft.quality - b.example.line.gold.draft.quality;
        if (Math.abs(dq) < 2) continue;
        pairs++;
        const ds = replyScore(a.draft) - replyScore(b.draft);
        if (ds === 0) right += 0.5;
        else if (Math.sign(ds) === Math.sign(dq)) right++;
      }
  row('better reply scored higher (quality 2+ apart)', right / Math.max(1, pairs), 0.85, `${pairs} pairs`);
  // Safety and non-adherence: caught where a coder saw them, and false flags where none was.
  const problem = (s: Scored) =>
    s.example.line.gold.draft.safety.length > 0 || miNonAdherentFlags.some((f) => goldFlags(s)[f]);
  const flagged = (s: Scored) =>
    s.draft.safety.length > 0 || miNonAdherentFlags.some((f) => s.draft.flags[f]);
  const withProblem = scored.filter(problem);
  const clean = scored.filter((s) => !problem(s));
  row(
    'safety or non-adherence caught',
    withProblem.filter(flagged).length / Math.max(1, withProblem.length),
    0.875,
    `n=${withProblem.length}`,
  );
  row(
    'false flags on clean replies (lower is better)',
    clean.filter(flagged).length / Math.max(1, clean.length),
    null,
    `n=${clean.length}`,
  );
  return rows;
}

export function evaluateReplies(
  dataDir: string,
  annomi: readonly FeaturizedTurn[],
  risk: RiskWeights | null,
): EvalRow[] {
  const replies = replyExamples(REPLY_TRAIN_FILES);
  const epitome = epitomeExamples(dataDir);
  const rows: EvalRow[] = [];

  const cv: Scored[] = [];
  for (const file of REPLY_TRAIN_FILES) {
    const analyzer = analyzerFor(
      annomi,
      replies.filter((e) => e.line.file !== file),
      epitome,
      risk,
    );
    cv.push(
      ...scoreLines(
        analyzer,
        replies.filter((e) => e.line.file === file),
      ),
    );
  }
  rows.push(...replyFigures(`reply sets, each writer left out (${REPLY_TRAIN_FILES.length})`, cv, false));

  const all = analyzerFor(annomi, replies, epitome, risk);
  rows.push(
    ...replyFigures('held-out reply set', scoreLines(all, replyExamples([REPLY_HELDOUT_FILE])), true),
  );

  rows.push(epitomeRow(epitome, replies));
  return rows;
}

/** EPITOME's development half, 5-fold by seeker post, with the reply sets always in training. */
function epitomeRow(epitome: readonly EmpathyExample[], replies: readonly ReplyExample[]): EvalRow {
  const folds = foldsByGroup(
    epitome.map((e) => e.group),
    5,
  );
  const gold: Record<string, number[]> = {};
  const pred: Record<string, number[]> = {};
  for (let f = 0; f < 5; f++) {
    const weights = trainEmpathy(
      empathyTraining(
        epitome.filter((e) => folds.get(e.group) !== f),
        replies,
      ),
    );
    for (const k of empathyKeys) {
      const model = new LinearModel<'0' | '1' | '2'>(weights[k]);
      for (const e of epitome.filter((x) => folds.get(x.group) === f)) {
        (gold[k] ??= []).push(e.empathy[k]);
        (pred[k] ??= []).push(Number(model.predict(e.features).label));
      }
    }
  }
  const mean =
    empathyKeys.reduce((s, k) => s + macroF1(gold[k]!, pred[k]!, [0, 1, 2]), 0) / empathyKeys.length;
  return {
    name: 'EPITOME (dev half, 5-fold by post): empathy mean macro-F1',
    value: mean,
    target: 0.66,
    note: `n=${epitome.length}; per mechanism ${empathyKeys.map((k) => macroF1(gold[k]!, pred[k]!, [0, 1, 2]).toFixed(2)).join(' / ')}`,
  };
}
