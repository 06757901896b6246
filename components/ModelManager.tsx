import type { CatalogEntry } from '../models/model-catalog';
import type { DeviceRecommendation } from '../lib/judge/device';
import type { LoadProgress } from '../lib/judge/engine';
import type { SuggestedAction } from '../lib/judge/judge';
import { actionLabel } from './JudgeView';

/** Where the on-device model stands, as the model manager shows it. */
export type ModelStatus =
  | { kind: 'detecting' }
  | { kind: 'idle' }
  | { kind: 'confirm'; model: CatalogEntry }
  | { kind: 'loading'; model: CatalogEntry; progress: LoadProgress | null }
  | { kind: 'ready'; model: CatalogEntry }
  | { kind: 'failed'; model?: CatalogEntry; message: string; action?: SuggestedAction }
  /** Clinic policy leaves no usable model source: nothing may load or download. */
  | { kind: 'blocked'; reason: string };

export interface ModelManagerProps {
  recommendation: DeviceRecommendation | null;
  /** Device facts in a line: adapter, shader-f16, limits. */
  deviceLine: string;
  models: readonly CatalogEntry[];
  selected: string | null;
  status: ModelStatus;
  /** Which models are already downloaded to this computer. */
  cached: Readonly<Record<string, boolean>>;
  /** Bytes the extension stores, and how much the browser allows. */
  storage: { usage: number; quota: number } | null;
  /** Where weights come from (shown so a clinic can check its policy applies). */
  sourceLine: string;
  onSelect: (modelId: string) => void;
  /** Asks for confirmation first when the model is not downloaded yet. */
  onLoad: (modelId: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
  onDelete: (modelId: string) => void;
  onUnload: () => void;
  /** The counselor opened the manager: a good moment to look up what is downloaded. */
  onOpen?: () => void;
  /** What a failure suggests: another model, a fresh download, a restart. */
  onAction?: (action: SuggestedAction) => void;
  /** Whether this browser offers WebGPU (null while detecting); without it no model can run. */
  webgpu?: boolean | null;
  /** The scripted demo engine stands in for a model (`?engine=demo`): the panel says so. */
  demo?: boolean;
  /** The weights URL setting (a clinic's own server); fixed when clinic policy sets it. */
  sourceSetting?: {
    weightsBaseUrl: string;
    managed: boolean;
    /** Shown instead of the save button when managed ("Set by your organization."). */
    note: string | null;
    message: { ok: boolean; text: string } | null;
    onSave: (url: string) => void;
  };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString()} MB`;
const size = (model: CatalogEntry) =>
  model.downloadMBApprox >= 1000
    ? `about ${(model.downloadMBApprox / 1000).toFixed(1)} GB`
    : `about ${model.downloadMBApprox} MB`;

function ProgressLine({ progress }: { progress: LoadProgress | null }) {
  if (!progress) return <p class="muted">Starting…</p>;
  const percent = Math.round(progress.fraction * 100);
  const parts = [`${percent}%`];
  if (progress.bytesLoaded !== undefined && progress.bytesTotal !== undefined) {
    parts.push(`${mb(progress.bytesLoaded)} of ${mb(progress.bytesTotal)}`);
  }
  if (progress.secondsLeft !== undefined && Number.isFinite(progress.secondsLeft)) {
    parts.push(
      progress.secondsLeft >= 90
        ? `about ${Math.round(progress.secondsLeft / 60)} min left`
        : `about ${Math.max(1, Math.round(progress.secondsLeft))} s left`,
    );
  }
  return (
    <div>
      <progress max={100} value={percent} aria-label="Model download and loading" />
      <p class="muted" aria-live="polite">
        {parts.join(' · ')}
      </p>
    </div>
  );
}

/**
 * What IT or a clinic policy needs to see: where the weights come from, and the setting that
 * points them at the clinic's own server (fixed when policy sets it).
 */
function ItSettings({
  sourceLine,
  sourceSetting: setting,
  busy,
}: {
  sourceLine: string;
  sourceSetting: ModelManagerProps['sourceSetting'];
  busy: boolean;
}) {
  return (
    <details class="it-settings">
      <summary>For your IT / clinic policy</summary>
      <p class="muted">Weights come from {sourceLine}. Nothing about your chats is ever sent.</p>
      {setting && (
        <form
          class="source-setting"
          onSubmit={(e) => {
            e.preventDefault();
            const input = e.currentTarget.elements.namedItem('weights-url') as HTMLInputElement;
            setting.onSave(input.value);
          }}
        >
          <label for="weights-url">Download weights from (base URL)</label>
          <div class="row">
            <input
              id="weights-url"
              name="weights-url"
              type="url"
              defaultValue={setting.weightsBaseUrl}
              disabled={setting.managed || busy}
            />
            {!setting.managed && (
              <button type="submit" disabled={busy}>
                Save source
              </button>
            )}
          </div>
          {setting.managed && setting.note && <p class="muted policy-note">{setting.note}</p>}
          {setting.message && (
            <p
              class={setting.message.ok ? 'muted' : 'warning'}
              role={setting.message.ok ? 'status' : 'alert'}
            >
              {setting.message.text}
            </p>
          )}
        </form>
      )}
    </details>
  );
}

/**
 * The on-device model: what this device can run, which model, its download size (asked before
 * downloading), progress with bytes and time left, cancel, delete, storage used, and loading it at
 * the start of a shift so the first verdict is quick.
 */
export function ModelManager(props: ModelManagerProps) {
  const { recommendation, status, models, selected, cached } = props;
  const chosen = models.find((m) => m.id === selected) ?? null;
  // While detecting, the model source is not known yet: nothing may start the worker.
  const busy =
    status.kind === 'loading' ||
    status.kind === 'confirm' ||
    status.kind === 'detecting' ||
    status.kind === 'blocked';
  // No WebGPU, or a GPU no model in the catalog can use: the explanation is all there is to show.
  const unavailable =
    !props.demo && recommendation?.tier === 'instant' && recommendation.alternatives.length === 0;
  const summary =
    status.kind === 'ready'
      ? props.demo
        ? 'demo engine on (scripted answers, not a model)'
        : `${status.model.label} (${status.model.quantization}) ready`
      : unavailable
        ? 'not available in this browser'
        : 'off';
  return (
    <section class="card model-manager" aria-label="On-device model">
      <details
        open={
          status.kind === 'confirm' ||
          status.kind === 'loading' ||
          status.kind === 'failed' ||
          status.kind === 'blocked'
        }
        onToggle={(e) => e.currentTarget.open && props.onOpen?.()}
      >
        <summary>On-device model: {summary}</summary>
        {status.kind === 'blocked' && (
          <p class="warning policy-blocked" role="alert">
            {status.reason}
          </p>
        )}
        {/* Without WebGPU the explanation below says so already: the device line would repeat it. */}
        {props.webgpu !== false && <p class="muted">{props.deviceLine}</p>}
        {recommendation?.tier === 'instant' && !props.demo && <p>{recommendation.explanation}</p>}
        {recommendation?.tier === 'model' && !props.demo && (
          <p>
            Recommended here: <strong>{recommendation.model.label}</strong> (
            {recommendation.model.quantization}, {size(recommendation.model)} download).
          </p>
        )}
        {!unavailable && (
          <div class="field">
            <label for="model-select">Model</label>
            <select
              id="model-select"
              value={selected ?? ''}
              disabled={busy}
              onChange={(e) => props.onSelect(e.currentTarget.value)}
            >
              {selected === null && (
                <option value="" disabled>
                  Choose a model
                </option>
              )}
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label} · {m.quantization} · {size(m)}
                  {cached[m.id] ? ' · downloaded' : ''}
                </option>
              ))}
            </select>
          </div>
        )}
        {status.kind === 'confirm' && (
          <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
            <p id="confirm-text">
              Download {status.model.label} ({status.model.quantization}), {size(status.model)}, from{' '}
              {props.sourceLine}? It is stored on this computer and used offline afterwards.
            </p>
            <div class="row">
              <button type="button" class="primary" onClick={props.onConfirm}>
                Download {size(status.model)}
              </button>
              <button type="button" onClick={props.onCancel}>
                Not now
              </button>
            </div>
          </div>
        )}
        {status.kind === 'loading' && (
          <div>
            <p>Loading {props.demo ? 'the demo engine' : status.model.label}…</p>
            <ProgressLine progress={status.progress} />
            <button type="button" onClick={props.onCancel}>
              Cancel
            </button>
          </div>
        )}
        {status.kind === 'failed' && (
          <div>
            <p class="warning" role="alert">
              {status.message}
            </p>
            {status.action && props.onAction && actionLabel(status.action) && (
              <button type="button" onClick={() => props.onAction!(status.action!)}>
                {actionLabel(status.action)}
              </button>
            )}
          </div>
        )}
        {!unavailable && (
          <div class="row">
            {chosen && status.kind !== 'ready' && !busy && (
              <button type="button" class="primary" onClick={() => props.onLoad(chosen.id)}>
                {cached[chosen.id] ? 'Load for this shift' : 'Download and load…'}
              </button>
            )}
            {status.kind === 'ready' && (
              <button type="button" onClick={props.onUnload}>
                {props.demo ? 'Turn the demo engine off' : 'Turn the model off'}
              </button>
            )}
            {chosen && cached[chosen.id] && !busy && (
              <button type="button" onClick={() => props.onDelete(chosen.id)}>
                Delete download
              </button>
            )}
          </div>
        )}
        {props.storage && !unavailable && (
          <p class="muted">
            Attune stores {mb(props.storage.usage)} on this computer (the browser allows{' '}
            {mb(props.storage.quota)}).
          </p>
        )}
        <ItSettings sourceLine={props.sourceLine} sourceSetting={props.sourceSetting} busy={busy} />
      </details>
    </section>
  );
}
