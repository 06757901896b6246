import type { BenchReport, BenchRun } from '../lib/judge/bench';
import { saveJsonFile } from '../lib/save-file';
import type { CatalogEntry } from '../models/model-catalog';

export type BenchState =
  | { kind: 'idle' }
  | { kind: 'loading'; fraction: number }
  | { kind: 'running'; runs: readonly BenchRun[]; total: number }
  | { kind: 'done'; report: BenchReport }
  | { kind: 'failed'; message: string };

export interface JudgeBenchViewProps {
  demo: boolean;
  models: readonly CatalogEntry[];
  modelId: string;
  onModel: (id: string) => void;
  state: BenchState;
  onRun: () => void;
  /** Why the benchmark cannot run here (no WebGPU, still checking); the Run button says so. */
  cannotRun?: string | null;
  extensionVersion: string;
}

const seconds = (s: number | null) => (s === null ? '–' : `${s.toFixed(2)} s`);
const rate = (r: number | null) => (r === null ? '–' : `${r.toFixed(0)} tok/s`);
const percent = (x: number) => `${Math.round(x * 100)}%`;

function download(report: BenchReport) {
  saveJsonFile(
    `${JSON.stringify(report, null, 2)}\n`,
    `attune-judge-bench-${report.modelId}-${report.startedAt.slice(0, 10)}.json`,
  );
}

function RunsTable({ runs }: { runs: readonly BenchRun[] }) {
  return (
    <div class="table-scroll" role="region" aria-label="Each excerpt, scrollable" tabIndex={0}>
      <table class="bench-runs">
        <caption>Each excerpt</caption>
        <thead>
          <tr>
            <th scope="col">Excerpt</th>
            <th scope="col">Verdict</th>
            <th scope="col">First token</th>
            <th scope="col">Decode</th>
            <th scope="col">Valid</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <th scope="row">{run.id}</th>
              <td>{seconds(run.verdictSeconds)}</td>
              <td>{seconds(run.timeToFirstTokenS)}</td>
              <td>{rate(run.decodeTokensPerSecond)}</td>
              <td>
                {run.validVerdict ? 'yes' : run.validJson ? 'JSON, not a verdict' : (run.error ?? 'no')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The benchmark page: pick a model, run the 20 excerpts, read and export the figures. */
export function JudgeBenchView(props: JudgeBenchViewProps) {
  const { state } = props;
  const busy = state.kind === 'loading' || state.kind === 'running';
  return (
    <main class="panel bench">
      <h1>Judge benchmark</h1>
      <p>
        Runs 20 fixed resistance excerpts through the on-device model, one complete verdict each, the way the
        panel asks for them (no cache). Target on a mid-range laptop GPU with a 1B-class model: a complete
        verdict in 2 s or less at p95.
      </p>
      {props.demo && (
        <p class="warning" role="note">
          Demo engine: scripted answers, not a model. These figures show the page works, not how fast a model
          is.
        </p>
      )}
      <div class="bench-controls">
        <div class="field">
          <label for="bench-model">Model</label>
          <select
            id="bench-model"
            value={props.modelId}
            disabled={busy || props.demo}
            onChange={(e) => props.onModel(e.currentTarget.value)}
          >
            {props.models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label} · {m.quantization}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="primary"
          onClick={props.onRun}
          disabled={busy || Boolean(props.cannotRun)}
          aria-describedby={props.cannotRun ? 'bench-cannot-run' : undefined}
        >
          Run the benchmark
        </button>
      </div>
      {props.cannotRun && (
        <p id="bench-cannot-run" class="warning" role="status">
          {props.cannotRun}
        </p>
      )}
      {state.kind === 'loading' && (
        <p role="status">
          Loading the model…{' '}
          <progress max={100} value={Math.round(state.fraction * 100)} aria-label="Model loading" />
        </p>
      )}
      {state.kind === 'running' && (
        <div>
          <p role="status">
            {state.runs.length} of {state.total} excerpts done.
          </p>
          <RunsTable runs={state.runs} />
        </div>
      )}
      {state.kind === 'failed' && (
        <p class="warning" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">
            {state.report.modelId} · {state.report.engine}
          </h2>
          <dl class="bench-summary">
            <dt>Complete verdict</dt>
            <dd>
              p50 {seconds(state.report.summary.verdictSecondsP50)} · p95{' '}
              {seconds(state.report.summary.verdictSecondsP95)}
            </dd>
            <dt>Time to first token</dt>
            <dd>
              p50 {seconds(state.report.summary.timeToFirstTokenP50)} · p95{' '}
              {seconds(state.report.summary.timeToFirstTokenP95)}
            </dd>
            <dt>Prefill</dt>
            <dd>{rate(state.report.summary.prefillTokensPerSecondMedian)} (median)</dd>
            <dt>Decode</dt>
            <dd>{rate(state.report.summary.decodeTokensPerSecondMedian)} (median)</dd>
            <dt>Valid JSON</dt>
            <dd>
              {percent(state.report.summary.validJsonShare)} (valid verdicts{' '}
              {percent(state.report.summary.validVerdictShare)})
            </dd>
          </dl>
          <button type="button" onClick={() => download(state.report)}>
            Export as JSON
          </button>
          <RunsTable runs={state.report.runs} />
        </section>
      )}
      <p class="muted">
        Attune {props.extensionVersion}. Nothing leaves this computer; the export is a file you save.
      </p>
    </main>
  );
}
