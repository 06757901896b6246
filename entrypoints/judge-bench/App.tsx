import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { JudgeBenchView, type BenchState } from '../../components/JudgeBenchView';
import { runJudgeBench } from '../../lib/judge/bench';
import type { BenchExcerpt } from '../../lib/judge/bench-set';
import { DEMO_MODEL_ID, demoEngine } from '../../lib/judge/demo-engine';
import { describeFailure } from '../../lib/judge/judge';
import { detectDevice, recommendModel } from '../../lib/judge/device';
import type { JudgeEngine } from '../../lib/judge/engine';
import { createWorkerEngine } from '../../lib/judge/rpc';
import { loadModelSource, SourceBlockedError } from '../../lib/judge/source-setting';
import JudgeWorker from '../../lib/judge/worker?worker';
import { MODEL_CATALOG } from '../../models/model-catalog';

/**
 * judge-bench.html: the fixed excerpts through the on-device model, with the figures exported as
 * JSON. `?engine=demo` runs the scripted demo engine instead (no GPU needed, not a model's
 * figures). Wiring only; the runner is lib/judge/bench.ts.
 */
export function App() {
  const demo = useMemo(() => new URLSearchParams(location.search).get('engine') === 'demo', []);
  const [modelId, setModelId] = useState<string>(demo ? DEMO_MODEL_ID : MODEL_CATALOG.models[1]!.id);
  const [state, setState] = useState<BenchState>({ kind: 'idle' });
  const current = useRef<BenchExcerpt | null>(null);
  const engineRef = useRef<JudgeEngine | null>(null);
  // Why no model can run here (no WebGPU, or a GPU no model fits); null when one can, or in demo.
  const [cannotRun, setCannotRun] = useState<string | null>(null);
  const [detecting, setDetecting] = useState(!demo);

  useEffect(() => {
    if (demo) return;
    void detectDevice()
      .then((caps) => {
        const recommendation = recommendModel(caps);
        if (recommendation.tier === 'instant' && recommendation.alternatives.length === 0) {
          setCannotRun(recommendation.explanation);
        }
      })
      .catch(() => setCannotRun('Attune could not check this computer’s GPU.'))
      .finally(() => setDetecting(false));
  }, [demo]);

  const engine = async (): Promise<JudgeEngine> => {
    if (engineRef.current) return engineRef.current;
    if (demo) {
      engineRef.current = demoEngine(() => ({
        context: current.current?.context ?? [],
        draft: current.current?.draft ?? '',
      }));
    } else {
      const resolved = await loadModelSource();
      // Clinic policy leaves no usable source: no worker starts, nothing is downloaded.
      if (resolved.kind === 'blocked') throw new SourceBlockedError(resolved.reason);
      const source = resolved.source;
      engineRef.current = createWorkerEngine(() => new JudgeWorker({ name: JSON.stringify(source) }));
    }
    return engineRef.current;
  };

  const run = async () => {
    try {
      const chosen = await engine();
      if (chosen.loadedModelId !== modelId) {
        setState({ kind: 'loading', fraction: 0 });
        await chosen.load(modelId, {
          onProgress: (p) => setState({ kind: 'loading', fraction: p.fraction }),
        });
      }
      setState({ kind: 'running', runs: [], total: 20 });
      const report = await runJudgeBench(chosen, {
        engineName: demo ? 'demo (scripted, not a model)' : 'WebLLM',
        beforeRun: (excerpt) => (current.current = excerpt),
        onRun: (_run, _done, total) =>
          setState((s) => ({
            kind: 'running',
            runs: [...(s.kind === 'running' ? s.runs : []), _run],
            total,
          })),
      });
      setState({ kind: 'done', report });
    } catch (error) {
      setState({
        kind: 'failed',
        message:
          error instanceof SourceBlockedError ? error.message : describeFailure(error, { modelId }).message,
      });
    }
  };

  return (
    <JudgeBenchView
      demo={demo}
      models={MODEL_CATALOG.models}
      modelId={modelId}
      onModel={setModelId}
      state={state}
      onRun={() => void run()}
      cannotRun={detecting ? 'Checking this computer’s GPU…' : cannotRun}
      extensionVersion={typeof browser !== 'undefined' ? browser.runtime.getManifest().version : ''}
    />
  );
}
