import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ModelStatus } from '../../components/ModelManager';
import {
  availableFeatures,
  detectDevice,
  recommendModel,
  type DeviceCapabilities,
} from '../../lib/judge/device';
import type { JudgeEngine } from '../../lib/judge/engine';
import { createJudge, describeFailure, type Judge, type SuggestedAction } from '../../lib/judge/judge';
import { loadModelSource, type SourceInEffect } from '../../lib/judge/source-setting';
import { watchPolicy } from '../../lib/policy/policy';
import { createWorkerEngine } from '../../lib/judge/rpc';
import type { JudgeInput } from '../../lib/judge/prompt';
import { demoEngine } from '../../lib/judge/demo-engine';
import { judgeSettingsItem } from '../../lib/storage/items';
import { findCatalogEntry, MODEL_CATALOG } from '../../models/model-catalog';
import type { ModelSource } from '../../models/model-source';
import { DEFAULT_JUDGE_SETTINGS, type JudgeSettings } from '../../models/judge-settings';
import JudgeWorker from '../../lib/judge/worker?worker';

/**
 * The model tier in the side panel: the device, where model files come from, which model, its
 * engine and loading. WebLLM runs in a dedicated worker owned by the panel (docs/judge.md says why
 * not an offscreen document); the panel talks to it through our own protocol (lib/judge/rpc.ts)
 * and never imports WebLLM. `?engine=demo` swaps in the scripted demo engine (no GPU, no
 * download), which the browser tests and the judge benchmark page use.
 */

function hasExtension(): boolean {
  return typeof browser !== 'undefined' && browser?.storage !== undefined;
}

export interface ModelTier {
  readonly demo: boolean;
  readonly caps: DeviceCapabilities | null;
  readonly source: ModelSource | null;
  readonly settings: JudgeSettings;
  readonly status: ModelStatus;
  readonly cached: Record<string, boolean>;
  readonly storage: { usage: number; quota: number } | null;
  readonly sourceManaged: boolean;
  /** Why the model tier cannot start (clinic policy), or null. */
  readonly sourceBlocked: string | null;
  readonly sourceMessage: { ok: boolean; text: string } | null;
  readonly features: string[];
  /** The judge over the engine, once the engine was started. */
  readonly judge: { readonly current: Judge | null };
  /** What the demo engine answers about: the input of the request being judged. */
  readonly demoInput: { current: JudgeInput };
  engine(): JudgeEngine;
  hasSource(): boolean;
  setStatus(status: ModelStatus): void;
  setCached(update: (cached: Record<string, boolean>) => Record<string, boolean>): void;
  setSourceMessage(message: { ok: boolean; text: string } | null): void;
  refreshStorage(): void;
  refreshCached(): Promise<void>;
  applySource(resolved: SourceInEffect, replacing: boolean): void;
  saveSettings(next: JudgeSettings): void;
  startLoad(modelId: string): void;
  stopLoad(): void;
}

/** The model tier's state and what it does; started by useTierStartup. */
export function useModelTier(): ModelTier {
  const demo = useMemo(() => new URLSearchParams(location.search).get('engine') === 'demo', []);
  const [caps, setCaps] = useState<DeviceCapabilities | null>(null);
  const [source, setSource] = useState<ModelSource | null>(null);
  const [settings, setSettings] = useState<JudgeSettings>(DEFAULT_JUDGE_SETTINGS);
  const [status, setStatus] = useState<ModelStatus>({ kind: 'detecting' });
  const [cached, setCached] = useState<Record<string, boolean>>({});
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [sourceManaged, setSourceManaged] = useState(false);
  const [sourceBlocked, setSourceBlocked] = useState<string | null>(null);
  const [sourceMessage, setSourceMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const engineRef = useRef<JudgeEngine | null>(null);
  const judge = useRef<Judge | null>(null);
  const loadAbort = useRef<AbortController | null>(null);
  const sourceRef = useRef<ModelSource | null>(null);
  const demoInput = useRef<JudgeInput>({ context: [], draft: '' });
  // Set when the counselor opened the manager before the model source was known.
  const cachedWanted = useRef(false);
  const features = useMemo(() => (caps ? availableFeatures(caps) : []), [caps]);

  const engine = (): JudgeEngine => {
    if (!engineRef.current) {
      // The worker reads the model source from its name: it needs it before the first request.
      engineRef.current = demo
        ? demoEngine(() => demoInput.current)
        : createWorkerEngine(() => new JudgeWorker({ name: JSON.stringify(sourceRef.current) }));
      judge.current = createJudge(engineRef.current, { availableFeatures: features });
    }
    return engineRef.current;
  };

  const refreshStorage = () =>
    void navigator.storage
      ?.estimate()
      .then((e) => setStorage({ usage: e.usage ?? 0, quota: e.quota ?? 0 }))
      .catch(() => undefined);

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
      judge.current = null;
    }
    setSource(next);
    sourceRef.current = next;
    setSourceManaged(resolved.setByPolicy);
    setSourceBlocked(resolved.kind === 'blocked' ? resolved.reason : null);
    if (resolved.kind === 'blocked') setStatus({ kind: 'blocked', reason: resolved.reason });
    else if (replacing) setStatus({ kind: 'idle' });
  };

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
        if (controller.signal.aborted) return setStatus({ kind: 'idle' });
        const reason = describeFailure(error, { modelId, availableFeatures: features });
        setStatus({ kind: 'failed', model, message: reason.message, action: reason.action });
      });
  };

  const tier: ModelTier = {
    demo,
    caps,
    source,
    settings,
    status,
    cached,
    storage,
    sourceManaged,
    sourceBlocked,
    sourceMessage,
    features,
    judge,
    demoInput,
    engine,
    hasSource: () => sourceRef.current !== null,
    setStatus,
    setCached,
    setSourceMessage,
    refreshStorage,
    refreshCached,
    applySource,
    saveSettings,
    startLoad,
    stopLoad: () => loadAbort.current?.abort(),
  };
  useTierStartup(tier, { setCaps, setSettings, cachedWanted });
  return tier;
}

/**
 * Detects the device, reads the source and the saved choice, follows policy changes, and loads the
 * model at once when the counselor had it loaded before (and it is downloaded).
 */
function useTierStartup(
  tier: ModelTier,
  internals: {
    setCaps: (caps: DeviceCapabilities) => void;
    setSettings: (settings: JudgeSettings) => void;
    cachedWanted: { current: boolean };
  },
): void {
  const { demo, settings, source, status } = tier;
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
        if (!stop.signal.aborted) tier.applySource(resolved, true);
      });
    }, stop.signal);
    return () => stop.abort();
  }, [demo]);

  useEffect(() => {
    if (!hasExtension()) return;
    let cancelled = false;
    void (async () => {
      const [detected, modelSource, saved] = await Promise.all([
        demo ? Promise.resolve<DeviceCapabilities>({ webgpu: true, shaderF16: true }) : detectDevice(),
        loadModelSource(),
        judgeSettingsItem.getValue(),
      ]);
      if (cancelled) return;
      internals.setCaps(detected);
      tier.applySource(modelSource, false);
      const rec = recommendModel(detected);
      const fallbackChoice = rec.tier === 'model' ? rec.model.id : (rec.alternatives[0]?.id ?? null);
      const modelId = saved.modelId && findCatalogEntry(saved.modelId) ? saved.modelId : fallbackChoice;
      internals.setSettings({ modelId, autoLoad: saved.autoLoad });
      if (modelSource.kind === 'ready') tier.setStatus({ kind: 'idle' });
      tier.refreshStorage();
      // Only when asked: looking up what is downloaded starts the worker, which loads WebLLM.
      if (internals.cachedWanted.current) void tier.refreshCached();
    })();
    return () => {
      cancelled = true;
    };
  }, [demo]);

  // Warm-up: a model the counselor used before loads when the panel opens, if it is downloaded.
  useEffect(() => {
    if (status.kind !== 'idle' || !settings.autoLoad || !settings.modelId || !source) return;
    void tier
      .engine()
      .isCached(settings.modelId)
      .then((isCached) => {
        if (isCached) tier.startLoad(settings.modelId!);
      })
      .catch(() => undefined);
  }, [settings.autoLoad, settings.modelId, source]);
}

/** What the panel does when the counselor takes the action a failure suggests. */
export function takeSuggestedAction(tier: ModelTier, action: SuggestedAction): void {
  switch (action.kind) {
    case 'switch_model':
      tier.saveSettings({ ...tier.settings, modelId: action.modelId });
      tier.startLoad(action.modelId);
      break;
    case 'clear_cache_and_retry':
      void tier
        .engine()
        .deleteCached(action.modelId)
        .catch(() => undefined)
        .then(() => tier.startLoad(action.modelId));
      break;
    case 'restart_engine':
    case 'load_model':
      if (tier.settings.modelId) tier.startLoad(tier.settings.modelId);
      break;
    default:
      break;
  }
}
