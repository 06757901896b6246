/**
 * npm run bench [-- DATA_DIR]
 * Per-assessment latency (p50/p95) for a 2,000-character draft with 20 messages of context, while
 * the counselor types (the conversation's reading is reused) and after a new client message,
 * throughput over the AnnoMI development file, and the minified size of the analyzer with its
 * weights as the content script carries it. Single thread, so "one core".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { AssessInput, Message } from '../models';
import { defaultAnalyzer } from '../lib/analysis';
import { DEFAULT_DATA_DIR } from '../lib/training/annomi';
import { requireDataDir } from './data-dir';
import { percentile } from './stats';

const analyzer = defaultAnalyzer();

// A realistic worst case: a long, multi-sentence draft answering a resistant client.
const CLIENT_LINES = [
  'idk, i only drink because work is so stressful rn',
  "it's not that big a deal, everyone at work does it",
  'my wife keeps nagging me about it tbh',
  'yeah but nothing ever works for me anyway',
  "i don't want to talk about my dad",
];
const COUNSELOR_LINES = [
  'What do you make of what she says?',
  'It sounds like work has been a lot lately.',
  'How has the drinking fit into your week?',
  "You're not sure this is a problem, and part of you wonders what the fuss is about.",
  'What would you like to be different, if anything?',
];
const context: Message[] = Array.from({ length: 20 }, (_, i) => ({
  role: i % 2 === 0 ? 'counselor' : 'client',
  text: (i % 2 === 0 ? COUNSELOR_LINES : CLIENT_LINES)[Math.floor(i / 2) % 5]!,
}));
const SENTENCES = [
  'It sounds like work has been really stressful and drinking is one of the ways you unwind at the end of the day.',
  "You're not convinced it's a big deal, and at the same time your wife keeps bringing it up.",
  'You need to think about what this is doing to your health.',
  'What do you make of the difference between how you see it and how she sees it?',
  "It's your call what you do with any of this.",
];
let draft = '';
for (let i = 0; draft.length < 2000; i++) draft += `${SENTENCES[i % SENTENCES.length]} `;
draft = draft.slice(0, 2000);
const input: AssessInput = { context, draft };

/** p50 and p95 of `assessOnce(i)` over 3,000 runs after 300 warm-up runs. */
function latency(assessOnce: (i: number) => void): number[] {
  for (let i = 0; i < 300; i++) assessOnce(i);
  const times: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const t = performance.now();
    assessOnce(i);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}
// Typing: the draft changes on every keystroke while the conversation stays the same.
const typing = latency((i) => analyzer.assess({ ...input, draft: draft.slice(0, 2000 - (i % 50)) }));
// A new client message: nothing of the conversation's reading can be reused.
const newMessage = latency((i) =>
  analyzer.assess({
    context: [...context.slice(0, -1), { role: 'client', text: `${context.at(-1)!.text} ${i}` }],
    draft,
  }),
);
const times = typing;

const lines = readFileSync(
  join(requireDataDir(process.argv[2] ?? DEFAULT_DATA_DIR), 'annomi-dev-turns.jsonl'),
  'utf8',
)
  .trim()
  .split('\n');
const inputs = lines.map((l) => JSON.parse(l) as AssessInput);
const t0 = performance.now();
for (const x of inputs) analyzer.assess({ context: x.context, draft: x.draft });
const seconds = (performance.now() - t0) / 1000;

const bundle = await build({
  stdin: {
    contents: "export { assess, summarizeSession } from './lib/analysis';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
});
const code = bundle.outputFiles[0]!.contents;
const weightsBytes = ['weights.json', 'reply-weights.json', 'risk-weights.json']
  .map((f) => readFileSync(new URL(`../lib/analysis/${f}`, import.meta.url)).length)
  .reduce((a, b) => a + b, 0);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('Attune instant analyzer benchmark (Node', process.version, ', one thread)\n');
console.log(
  `latency, 2,000-char draft + 20 messages, typing:       p50 ${percentile(times, 50).toFixed(3)} ms   p95 ${percentile(times, 95).toFixed(3)} ms   (target p95 ≤ 2 ms)`,
);
console.log(
  `latency, the same after a new client message:          p50 ${percentile(newMessage, 50).toFixed(3)} ms   p95 ${percentile(newMessage, 95).toFixed(3)} ms`,
);
console.log(
  `throughput over the development file:     ${(inputs.length / seconds).toFixed(0)} assessments/s (${inputs.length} lines in ${seconds.toFixed(2)} s)`,
);
console.log(
  `analyzer bundle, minified:                ${kb(code.length)} (gzip ${kb(gzipSync(code).length)}; all weights JSON ${kb(weightsBytes)}) — the side panel loads it, never the content script`,
);
