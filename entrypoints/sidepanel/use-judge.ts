import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { JudgeInputShown, JudgeViewState } from '../../components/JudgeView';
import type { ModelManagerProps, ModelStatus } from '../../components/ModelManager';
import {
  availableFeatures,
  detectDevice,
  recommendModel,
  type DeviceCapabilities,
} from '../../lib/judge/device';
import type { JudgeEngine } from '../../lib/judge/engine';
import { createJudge, describeFailure, type Judge, type SuggestedAction } from '../../lib/judge/judge';
import type { ModelSource } from '../../models/model-source';
import { loadModelSource, saveWeightsBaseUrl, type SourceInEffect } from '../../lib/judge/source-setting';
import { SET_BY_ORGANIZATION, watchPolicy } from '../../lib/policy/policy';
import type { PromptTurn } from '../../lib/judge/prompt';
import { createWorkerEngine } from '../../lib/judge/rpc';
import { demoEngine } from '../../lib/judge/demo-engine';
import { findCatalogEntry, MODEL_CATALOG } from '../../models/model-catalog';
import type { Message } from '../../models';
import type { Verdict } from '../../models/verdict';
import type { JudgedDraft } from './use-session-log';
import { DEFAULT_JUDGE_SETTINGS, type JudgeSettings } from '../../models/judge-settings';
import { judgeSettingsItem } from '../../lib/storage/items';
import JudgeWorker from '../../lib/judge/worker?worker';

/**
 * The model tier in the side panel. WebLLM runs in a dedicated worker owned by the panel (see the
 * docs/judge.md for why not an offscreen document); the panel talks to it through our own protocol and
 * never imports WebLLM. `?engine=demo` swaps in the scripted demo engine (no GPU, no download),
 * which the browser tests and the judge benchmark page use.
 */
/** How long typing must pause before the model is asked: each request re-reads the whole prompt. */
const JUDGE_DEBOUNCE_MS = 400;

function hasExtension(): boolean {
  return typeof browser !== 'undefined' && browser?.storage !== undefined;
}

function deviceLine(caps: DeviceCapabilities | null): string {
  if (!caps) return 'Checking this computer’s GPU…';
  if (!caps.webgpu) return `No WebGPU here${caps.problem ? ` (${caps.problem})` : ''}.`;
  const name = [caps.adapter?.vendor, caps.adapter?.architecture, caps.adapter?.description]
    .filter(Boolean)
    .join(' ');
  return [
    `WebGPU: ${name || 'available'}`,
    caps.shaderF16 ? 'shader-f16 supported' : 'no shader-f16 (q4f32 models only)',
    caps.fallbackAdapter ? 'software adapter' : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface UseJudgeResult {
  /** The latest verdict with the draft it judged, for the session log (null until there is one). */
  judged: JudgedDraft | null;
  view: JudgeViewState;
  manager: ModelManagerProps;
  onAction: (action: SuggestedAction) => void;
}

export function useJudge(context: readonly Message[], draft: string): UseJudgeResult {
  const demo = useMemo(() => new URLSearchParams(location.search).get('engine') === 'demo', []);
  const [caps, setCaps] = useState<DeviceCapabilities | null>(null);
  const [source, setSource] = useState<ModelSource | null>(null);
  const [settings, setSettings] = useState<JudgeSettings>(DEFAULT_JUDGE_SETTINGS);
  const [status, setStatus] = useState<ModelStatus>({ kind: 'detecting' });
  const [cached, setCached] = useState<Record<string, boolean>>({});
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [view, setView] = useState<JudgeViewState>({ kind: 'off' });
  const [judged, setJudged] = useState<JudgedDraft | null>(null);
  const engineRef = useRef<JudgeEngine | null>(null);
  const judgeRef = useRef<Judge | null>(null);
  const loadAbort = useRef<AbortController | null>(null);
  const sourceRef = useRef<ModelSource | null>(null);
  const [sourceManaged, setSourceManaged] = useState(false);
  // Why the model tier cannot start (clinic policy), or null.
  const [sourceBlocked, setSourceBlocked] = useState<string | null>(null);
  const [sourceMessage, setSourceMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // What the demo engine answers about: the input of the request being judged.
  const current = useRef<{ context: readonly Message[]; draft: string }>({ context: [], draft: '' });
  // The last verdict and what it was about: its risk reading stays up while the model reads a new
  // draft of a reply to the same messages.
  const lastVerdict = useRef<{ verdict: Verdict; input: JudgeInputShown } | null>(null);

  const recommendation = useMemo(() => (caps ? recommendModel(caps) : null), [caps]);
  const features = useMemo(() => (caps ? availableFeatures(caps) : []), [caps]);

  const engine = (): JudgeEngine => {
    if (!engineRef.current) {
      // The worker reads the model source from its name: it needs it before the first request.
      engineRef.current = demo
        ? demoEngine(() => current.current)
        : createWorkerEngine(() => new JudgeWorker({ name: JSON.stringify(sourceRef.current) }));
      judgeRef.current = createJudge(engineRef.current, { availableFeatures: features });
    }
    return engineRef.current;
  };

  const refreshStorage = () =>
    void navigator.storage
      ?.estimate()
      .then((e) => setStorage({ usage: e.usage ?? 0, quota: e.quota ?? 0 }))
      .catch(() => undefined);

  // Set when the counselor opened the manager before the model source was known.
  const cachedWanted = useRef(false);
  const refreshCached = async () => {
    // The worker reads the source when it starts: never start it without one.
    if (!demo && !sourceRef.current) {
      cachedWanted.current = true;
      return;
    }
    const entries = await Promise.all(
      MODEL_CATALOG.models.map(
        async (m) =>
          [
            m.id,
            await engine()
              .isCached(m.id)
              .catch(() => false),
          ] as const,
      ),
    );
    setCached(Object.fromEntries(entries));
  };

  /** Takes a newly resolved source; a worker started with another source is replaced. */
  const applySource = (resolved: SourceInEffect, replacing: boolean) => {
    const next = resolved.kind === 'ready' ? resolved.source : null;
    if (replacing && JSON.stringify(next) === JSON.stringify(sourceRef.current)) return;
    if (replacing) {
      // The worker reads the source when it starts: start a fresh one for the next load.
      loadAbort.current?.abort();
      (engineRef.current as { terminate?: () => void } | null)?.terminate?.();
      engineRef.current = null;
      judgeRef.current = null;
    }
    setSource(next);
    sourceRef.current = next;
    setSourceManaged(resolved.setByPolicy);
    setSourceBlocked(resolved.kind === 'blocked' ? resolved.reason : null);
    if (resolved.kind === 'blocked') setStatus({ kind: 'blocked', reason: resolved.reason });
    else if (replacing) setStatus({ kind: 'idle' });
  };

  // IT may change the policy while the panel is open: the model source follows it.
  useEffect(() => {
    if (!hasExtension()) return;
    const stop = new AbortController();
    let first = true;
    watchPolicy((policy) => {
      if (first) {
        first = false;
        return;
      }
      void loadModelSource({ policy }).then((resolved) => {
        if (!stop.signal.aborted) applySource(resolved, true);
      });
    }, stop.signal);
    return () => stop.abort();
  }, [demo]);

  // Detect the device, read the source and the saved choice; load at once if the counselor had.
  useEffect(() => {
    if (!hasExtension()) return;
    let cancelled = false;
    void (async () => {
      const [detected, modelSource, stored] = await Promise.all([
        demo ? Promise.resolve<DeviceCapabilities>({ webgpu: true, shaderF16: true }) : detectDevice(),
        loadModelSource(),
        judgeSettingsItem.getValue(),
      ]);
      if (cancelled) return;
      setCaps(detected);
      applySource(modelSource, false);
      const saved = stored;
      const rec = recommendModel(detected);
      const fallbackChoice = rec.tier === 'model' ? rec.model.id : (rec.alternatives[0]?.id ?? null);
      const modelId = saved.modelId && findCatalogEntry(saved.modelId) ? saved.modelId : fallbackChoice;
      setSettings({ modelId, autoLoad: saved.autoLoad });
      if (modelSource.kind === 'ready') setStatus({ kind: 'idle' });
      refreshStorage();
      // Only when asked: looking up what is downloaded starts the worker, which loads WebLLM.
      if (cachedWanted.current) void refreshCached();
    })();
    return () => {
      cancelled = true;
    };
  }, [demo]);

  const saveSettings = (next: JudgeSettings) => {
    setSettings(next);
    void judgeSettingsItem.setValue(next).catch(() => undefined);
  };

  const startLoad = (modelId: string) => {
    const model = findCatalogEntry(modelId);
    // Blocked by policy, or not resolved yet: no worker starts and nothing is downloaded.
    if (!model || !sourceRef.current) return;
    loadAbort.current?.abort();
    const controller = new AbortController();
    loadAbort.current = controller;
    setStatus({ kind: 'loading', model, progress: null });
    engine()
      .load(
        modelId,
        { onProgress: (progress) => setStatus({ kind: 'loading', model, progress }) },
        controller.signal,
      )
      .then(() => {
        setStatus({ kind: 'ready', model });
        saveSettings({ modelId, autoLoad: true });
        setCached((c) => ({ ...c, [modelId]: true }));
        refreshStorage();
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) {
          setStatus({ kind: 'idle' });
          return;
        }
        const reason = describeFailure(error, { modelId, availableFeatures: features });
        setStatus({ kind: 'failed', model, message: reason.message, action: reason.action });
      });
  };

  // Warm-up: a model the counselor used before loads when the panel opens, if it is downloaded.
  useEffect(() => {
    if (status.kind !== 'idle' || !settings.autoLoad || !settings.modelId || !source) return;
    void engine()
      .isCached(settings.modelId)
      .then((isCached) => {
        if (isCached) startLoad(settings.modelId!);
      })
      .catch(() => undefined);
  }, [settings.autoLoad, settings.modelId, source]);

  // Judge the draft when typing pauses; a newer draft aborts the request in flight.
  const key = JSON.stringify([context.slice(-8), draft]);
  useEffect(() => {
    if (status.kind !== 'ready' || !judgeRef.current) {
      if (status.kind !== 'failed') setView({ kind: 'off' });
      return;
    }
    if (!draft.trim()) {
      setView({ kind: 'off' });
      return;
    }
    const controller = new AbortController();
    const model = demo ? 'the demo engine (scripted, not a model)' : status.model.label;
    const timer = setTimeout(() => {
      const turns: PromptTurn[] = context.slice(-8).map((m) => ({ role: m.role, text: m.text }));
      const earlier = lastVerdict.current;
      const sameMessages =
        earlier !== null && JSON.stringify(earlier.input.context) === JSON.stringify(turns);
      setView({ kind: 'thinking', model, ...(sameMessages ? { earlier } : {}) });
      current.current = { context: context.slice(-8), draft };
      void judgeRef.current!.judge({ context: turns, draft }, controller.signal).then((result) => {
        if (controller.signal.aborted || result.kind === 'aborted') return;
        if (result.kind === 'verdict') {
          lastVerdict.current = { verdict: result.verdict, input: { context: turns, draft } };
          setJudged({
            draft,
            verdict: { ...result.verdict, modelId: demo ? 'demo-engine' : result.modelId },
          });
          setView({
            kind: 'verdict',
            model,
            verdict: result.verdict,
            spans: result.spans,
            seconds: result.usage.e2eLatencyS,
            input: { context: turns, draft },
          });
        } else {
          setView({ kind: 'fallback', model, reason: result.reason });
        }
      });
    }, JUDGE_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, status]);

  const onAction = (action: SuggestedAction) => {
    switch (action.kind) {
      case 'switch_model':
        saveSettings({ ...settings, modelId: action.modelId });
        startLoad(action.modelId);
        break;
      case 'clear_cache_and_retry':
        void engine()
          .deleteCached(action.modelId)
          .catch(() => undefined)
          .then(() => startLoad(action.modelId));
        break;
      case 'restart_engine':
      case 'load_model':
        if (settings.modelId) startLoad(settings.modelId);
        break;
      default:
        break;
    }
  };

  const manager: ModelManagerProps = {
    recommendation,
    deviceLine: demo ? 'Demo engine: scripted answers, no GPU and no download.' : deviceLine(caps),
    webgpu: demo ? true : caps ? caps.webgpu : null,
    demo,
    models: MODEL_CATALOG.models,
    selected: settings.modelId,
    status,
    cached,
    storage,
    sourceLine: sourceBlocked
      ? 'nowhere: blocked by policy'
      : source
        ? new URL(source.weightsBaseUrl).host
        : '…',
    onSelect: (modelId) => saveSettings({ ...settings, modelId }),
    onLoad: (modelId) => {
      if (!sourceRef.current) return;
      void (async () => {
        const isCached = await engine()
          .isCached(modelId)
          .catch(() => false);
        const model = findCatalogEntry(modelId);
        if (!model) return;
        if (isCached) startLoad(modelId);
        else setStatus({ kind: 'confirm', model });
      })();
    },
    onConfirm: () => {
      if (status.kind === 'confirm') startLoad(status.model.id);
    },
    onCancel: () => {
      loadAbort.current?.abort();
      setStatus({ kind: 'idle' });
    },
    onDelete: (modelId) => {
      if (!sourceRef.current) return;
      void engine()
        .deleteCached(modelId)
        .then(() => {
          setCached((c) => ({ ...c, [modelId]: false }));
          refreshStorage();
        })
        .catch(() => undefined);
    },
    onAction: (action) => onAction(action),
    onOpen: () => void refreshCached(),
    sourceSetting:
      source || sourceBlocked
        ? {
            weightsBaseUrl: source?.weightsBaseUrl ?? '',
            managed: sourceManaged,
            note: sourceBlocked ? null : sourceManaged ? SET_BY_ORGANIZATION : null,
            message: sourceMessage,
            onSave: (url) =>
              void saveWeightsBaseUrl(url).then((result) => {
                if (!result.ok) {
                  setSourceMessage({ ok: false, text: result.error });
                  return;
                }
                applySource(result.source, true);
                setSourceMessage(
                  result.source.kind === 'ready'
                    ? {
                        ok: true,
                        text: `Weights now come from ${new URL(result.source.source.weightsBaseUrl).host}.`,
                      }
                    : { ok: false, text: result.source.reason },
                );
              }),
          }
        : undefined,
    onUnload: () => {
      void engine()
        .unload()
        .catch(() => undefined);
      saveSettings({ ...settings, autoLoad: false });
      setStatus({ kind: 'idle' });
      setView({ kind: 'off' });
    },
  };
  return { view, manager, onAction, judged };
}
