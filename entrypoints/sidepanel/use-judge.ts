import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JudgeInputShown, JudgeViewState } from '../../components/JudgeView';
import type { ModelManagerProps } from '../../components/ModelManager';
import { recommendModel } from '../../lib/judge/device';
import type { SuggestedAction } from '../../lib/judge/judge';
import { saveWeightsBaseUrl } from '../../lib/judge/source-setting';
import { deviceLine, sourceLine } from '../../lib/panel/model-lines';
import { type FeedbackState, type JudgedDraft, judgeInputOf } from '../../lib/panel/reading';
import { SET_BY_ORGANIZATION } from '../../lib/policy/policy';
import { findCatalogEntry, MODEL_CATALOG } from '../../models/model-catalog';
import type { Verdict } from '../../models/verdict';
import { type ModelTier, takeSuggestedAction, useModelTier } from './use-model-tier';

/** How long typing must pause before the model is asked: each request re-reads the whole prompt. */
const JUDGE_DEBOUNCE_MS = 400;

export interface UseJudgeResult {
  /** The latest verdict with the draft it judged, for the reading (null until there is one). */
  judged: JudgedDraft | null;
  view: JudgeViewState;
  manager: ModelManagerProps;
  onAction: (action: SuggestedAction) => void;
}

/** The model tier in the side panel: its verdicts on the reading's draft, and its manager. */
export function useJudge(feedback: FeedbackState): UseJudgeResult {
  const tier = useModelTier();
  const { view, setView, judged } = useVerdicts(tier, feedback);
  const onAction = (action: SuggestedAction) => takeSuggestedAction(tier, action);
  const recommendation = useMemo(() => (tier.caps ? recommendModel(tier.caps) : null), [tier.caps]);
  const manager = modelManagerProps(tier, recommendation, onAction, () => setView({ kind: 'off' }));
  return { view, manager, onAction, judged };
}

/** Judges the reading's draft when typing pauses; a newer draft aborts the request in flight. */
function useVerdicts(tier: ModelTier, feedback: FeedbackState) {
  const [view, setView] = useState<JudgeViewState>({ kind: 'off' });
  const [judged, setJudged] = useState<JudgedDraft | null>(null);
  // The last verdict and what it was about: its risk reading stays up while the model reads a new
  // draft of a reply to the same messages.
  const lastVerdict = useRef<{ verdict: Verdict; input: JudgeInputShown } | null>(null);
  const { status, demo } = tier;
  const input = judgeInputOf(feedback);
  const key = JSON.stringify(input);
  useEffect(() => {
    const judge = tier.judge.current;
    if (status.kind !== 'ready' || !judge) {
      if (status.kind !== 'failed') setView({ kind: 'off' });
      return;
    }
    if (!input) return setView({ kind: 'off' });
    const controller = new AbortController();
    const model = demo ? 'the demo engine (scripted, not a model)' : status.model.label;
    const timer = setTimeout(() => {
      const earlier = lastVerdict.current;
      const sameMessages =
        earlier !== null && JSON.stringify(earlier.input.context) === JSON.stringify(input.context);
      setView({ kind: 'thinking', model, ...(sameMessages ? { earlier } : {}) });
      tier.demoInput.current = input;
      void judge.judge(input, controller.signal).then((result) => {
        if (controller.signal.aborted || result.kind === 'aborted') return;
        if (result.kind !== 'verdict') return setView({ kind: 'fallback', model, reason: result.reason });
        lastVerdict.current = { verdict: result.verdict, input };
        const modelId = demo ? 'demo-engine' : result.modelId;
        setJudged({ draft: input.draft, verdict: { ...result.verdict, modelId } });
        setView({
          kind: 'verdict',
          model,
          verdict: result.verdict,
          spans: result.spans,
          seconds: result.usage.e2eLatencyS,
          input,
        });
      });
    }, JUDGE_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, status]);
  return { view, setView, judged };
}

/** The counselor's own weights URL: saved, then the source in effect follows it. */
function saveSource(tier: ModelTier, url: string): void {
  void saveWeightsBaseUrl(url).then((result) => {
    if (!result.ok) return tier.setSourceMessage({ ok: false, text: result.error });
    tier.applySource(result.source, true);
    tier.setSourceMessage(
      result.source.kind === 'ready'
        ? { ok: true, text: `Weights now come from ${new URL(result.source.source.weightsBaseUrl).host}.` }
        : { ok: false, text: result.source.reason },
    );
  });
}

/** Loads a model the counselor picked: at once when downloaded, after a confirmation otherwise. */
function askToLoad(tier: ModelTier, modelId: string): void {
  if (!tier.hasSource()) return;
  void (async () => {
    const isCached = await tier
      .engine()
      .isCached(modelId)
      .catch(() => false);
    const model = findCatalogEntry(modelId);
    if (!model) return;
    if (isCached) tier.startLoad(modelId);
    else tier.setStatus({ kind: 'confirm', model });
  })();
}

function modelManagerProps(
  tier: ModelTier,
  recommendation: ModelManagerProps['recommendation'],
  onAction: (action: SuggestedAction) => void,
  clearView: () => void,
): ModelManagerProps {
  const { demo, caps, source, settings, status, sourceBlocked, sourceManaged } = tier;
  return {
    recommendation,
    deviceLine: demo ? 'Demo engine: scripted answers, no GPU and no download.' : deviceLine(caps),
    webgpu: demo ? true : caps ? caps.webgpu : null,
    demo,
    models: MODEL_CATALOG.models,
    selected: settings.modelId,
    status,
    cached: tier.cached,
    storage: tier.storage,
    sourceLine: sourceLine(source?.weightsBaseUrl ?? null, sourceBlocked !== null),
    onSelect: (modelId) => tier.saveSettings({ ...settings, modelId }),
    onLoad: (modelId) => askToLoad(tier, modelId),
    onConfirm: () => {
      if (status.kind === 'confirm') tier.startLoad(status.model.id);
    },
    onCancel: () => {
      tier.stopLoad();
      tier.setStatus({ kind: 'idle' });
    },
    onDelete: (modelId) => {
      if (!tier.hasSource()) return;
      void tier
        .engine()
        .deleteCached(modelId)
        .then(() => {
          tier.setCached((c) => ({ ...c, [modelId]: false }));
          tier.refreshStorage();
        })
        .catch(() => undefined);
    },
    onAction,
    onOpen: () => void tier.refreshCached(),
    sourceSetting:
      source || sourceBlocked
        ? {
            weightsBaseUrl: source?.weightsBaseUrl ?? '',
            managed: sourceManaged,
            note: sourceBlocked ? null : sourceManaged ? SET_BY_ORGANIZATION : null,
            message: tier.sourceMessage,
            onSave: (url) => saveSource(tier, url),
          }
        : undefined,
    onUnload: () => {
      void tier
        .engine()
        .unload()
        .catch(() => undefined);
      tier.saveSettings({ ...settings, autoLoad: false });
      tier.setStatus({ kind: 'idle' });
      clearView();
    },
  };
}
