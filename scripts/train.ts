/**
 * npm run train [-- DATA_DIR]
 * Trains the analyzer's behaviour-code and talk-type models on AnnoMI (shared/data) and writes
 * lib/analysis/weights.json, which the analyzer loads without any network.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, AnnotatedTurn, featurize, readJsonl, trainAll } from '../lib/training/annomi';

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR;
const started = performance.now();
const turns = readJsonl(join(dataDir, 'annomi-dev-turns.jsonl'), AnnotatedTurn);
const weights = trainAll(
  featurize(turns),
  'AnnoMI development split (Wu et al., ICASSP 2022; Future Internet 15(3):110, 2023), 80 transcripts; trained by `npm run train`',
);
const out = new URL('../lib/analysis/weights.json', import.meta.url).pathname;
writeFileSync(out, `${JSON.stringify(weights)}\n`);
console.error(
  `trained on ${turns.length} utterances in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`,
);
