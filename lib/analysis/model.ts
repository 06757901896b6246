import type { PackedModel } from '../../models';
import type { FeatureVector } from './features';

/**
 * A feature vector in two parts whose scores add up (the models are linear): `stable` stays the
 * same object while its text does (a draft's own words), so its scores are kept and only
 * `changing` (what the draft answers) is read again when a client message arrives.
 */
export interface FeatureParts {
  readonly stable: FeatureVector;
  readonly changing: FeatureVector;
}

/**
 * A linear model's scores: the bias plus each feature's pull. For a vector in parts, the stable
 * part's scores are computed once per object and kept while it lives. Shared by `LinearModel` and
 * `ModelBank`, which differ only in how one feature's pull is added.
 */
class LinearScores {
  private readonly kept = new WeakMap<FeatureVector, Float64Array>();

  constructor(private readonly add: (fv: FeatureVector, into: Float64Array) => void) {}

  of(fv: FeatureVector | FeatureParts, bias: ArrayLike<number>): Float64Array {
    const scores = Float64Array.from(bias);
    if (!isParts(fv)) {
      this.add(fv, scores);
      return scores;
    }
    let stable = this.kept.get(fv.stable);
    if (!stable) {
      stable = new Float64Array(scores.length);
      this.add(fv.stable, stable);
      this.kept.set(fv.stable, stable);
    }
    for (let c = 0; c < scores.length; c++) scores[c]! += stable[c]!;
    this.add(fv.changing, scores);
    return scores;
  }
}

function isParts(fv: FeatureVector | FeatureParts): fv is FeatureParts {
  return !(fv instanceof Map);
}

/**
 * A multinomial logistic regression stored compactly: the kept feature ids (sorted, delta-coded
 * as base64 varints) and int8 weights with one scale per model. Small enough to ship inside the
 * content script; decoded once at load.
 */
export class LinearModel<Label extends string = string> {
  readonly labels: readonly Label[];
  private readonly rows = new Map<number, number>();
  private readonly weights: Int8Array;
  private readonly scale: number;
  private readonly bias: readonly number[];

  constructor(packed: PackedModel) {
    this.labels = packed.labels as Label[];
    this.scale = packed.scale;
    this.bias = packed.bias;
    const ids = decodeVarints(base64ToBytes(packed.ids));
    let id = 0;
    ids.forEach((delta, row) => {
      id += delta;
      this.rows.set(id, row);
    });
    this.weights = new Int8Array(base64ToBytes(packed.weights).buffer);
    if (this.weights.length !== ids.length * this.labels.length) {
      throw new Error(`model weights do not match its feature ids (${this.labels.join('/')})`);
    }
  }

  private readonly scores = new LinearScores((fv, into) => this.addScores(fv, into));

  /** Class probabilities, in `labels` order. */
  probabilities(fv: FeatureVector | FeatureParts): number[] {
    return softmax(Array.from(this.scores.of(fv, this.bias)));
  }

  private addScores(fv: FeatureVector, scores: Float64Array): void {
    const k = this.labels.length;
    // forEach rather than for-of: destructuring each entry allocates, and a draft has thousands.
    fv.forEach((value, id) => {
      const row = this.rows.get(id);
      if (row === undefined) return;
      const base = row * k;
      for (let c = 0; c < k; c++) scores[c]! += this.weights[base + c]! * this.scale * value;
    });
  }

  /** Adds one feature's pull (the weights of `row` times `value`) to `scores`. */
  addRow(scores: number[], row: number, value: number): void {
    const k = this.labels.length;
    const base = row * k;
    for (let c = 0; c < k; c++) scores[c]! += this.weights[base + c]! * this.scale * value;
  }

  /** Every kept feature id with its row (for a bank of models that share one feature space). */
  keptRows(): ReadonlyMap<number, number> {
    return this.rows;
  }

  initialScores(): number[] {
    return this.bias.slice();
  }

  /** The most probable label, optionally among a subset. */
  predict(fv: FeatureVector | FeatureParts): { label: Label; probability: number; probabilities: number[] } {
    const p = this.probabilities(fv);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return { label: this.labels[best]!, probability: p[best]!, probabilities: p };
  }

  /** How much each present feature pushed toward `label` (for explanations and tests). */
  contribution(fv: FeatureVector, label: Label): number {
    const c = this.labels.indexOf(label);
    let total = 0;
    for (const [id, value] of fv) {
      const row = this.rows.get(id);
      if (row !== undefined) total += this.weights[row * this.labels.length + c]! * this.scale * value;
    }
    return total;
  }
}

/**
 * Several models over the same features read in one pass: one lookup per feature for all of them,
 * instead of one per feature per model (the reply reading runs ten models on every keystroke).
 */
export class ModelBank<Key extends string> {
  private readonly keys: readonly Key[];
  /** Where each model's scores start in a row of `weights`, and how many labels it has. */
  private readonly offsets: readonly number[];
  private readonly width: number;
  private readonly biases: Float64Array;
  private readonly index = new Map<number, number>();
  /** One row per feature id any model kept: every model's scaled weights side by side, 0 where absent. */
  private readonly weights: Float32Array;

  /** The models present are read; a key without a model (older weights) is left out. */
  constructor(models: Readonly<Partial<Record<Key, LinearModel>>>) {
    this.keys = (Object.keys(models) as Key[]).filter((k) => models[k] !== undefined);
    const list = this.keys.map((k) => models[k]!);
    const offsets: number[] = [];
    let width = 0;
    for (const m of list) {
      offsets.push(width);
      width += m.labels.length;
    }
    this.offsets = offsets;
    this.width = width;
    this.biases = Float64Array.from(list.flatMap((m) => m.initialScores()));
    for (const m of list)
      for (const id of m.keptRows().keys()) if (!this.index.has(id)) this.index.set(id, this.index.size);
    this.weights = new Float32Array(this.index.size * width);
    list.forEach((m, i) => {
      const k = m.labels.length;
      for (const [id, row] of m.keptRows()) {
        const scores = new Array<number>(k).fill(0);
        m.addRow(scores, row, 1);
        const base = this.index.get(id)! * width + offsets[i]!;
        for (let c = 0; c < k; c++) this.weights[base + c] = scores[c]!;
      }
    });
  }

  private readonly scores = new LinearScores((fv, into) => this.addScores(fv, into));

  /** Each model's class probabilities, in its `labels` order. */
  probabilities(fv: FeatureVector | FeatureParts): Partial<Record<Key, number[]>> {
    const width = this.width;
    const scores = this.scores.of(fv, this.biases);
    const out: Partial<Record<Key, number[]>> = {};
    this.keys.forEach((k, i) => {
      const from = this.offsets[i]!;
      const to = i + 1 < this.offsets.length ? this.offsets[i + 1]! : width;
      out[k] = softmax(Array.from(scores.subarray(from, to)));
    });
    return out;
  }

  private addScores(fv: FeatureVector, scores: Float64Array): void {
    const width = this.width;
    fv.forEach((value, id) => {
      const row = this.index.get(id);
      if (row === undefined) return;
      const base = row * width;
      for (let c = 0; c < width; c++) scores[c]! += this.weights[base + c]! * value;
    });
  }
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function encodeVarints(values: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(v);
  }
  return Uint8Array.from(out);
}

export function decodeVarints(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (const b of bytes) {
    v |= (b & 0x7f) << shift;
    if (b & 0x80) shift += 7;
    else {
      out.push(v >>> 0);
      v = 0;
      shift = 0;
    }
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Hand-rolled because the same code must run in Node, workers and content scripts without
// Buffer, and atob/btoa work on binary strings we would have to build anyway.
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (B64.indexOf(clean[i]!) << 18) |
      (B64.indexOf(clean[i + 1] ?? 'A') << 12) |
      (B64.indexOf(clean[i + 2] ?? 'A') << 6) |
      B64.indexOf(clean[i + 3] ?? 'A');
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
