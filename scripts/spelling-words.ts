/**
 * npm run spelling: lists the English words that the typo reading of lib/analysis/spelling.ts
 * would otherwise take for a misspelled risk word ("tills" for "pills"), from SCOWL's large word
 * lists (Debian packages wbritish-large and wamerican-large), into
 * lib/analysis/risk-word-neighbours.json. Run again after changing RISK_WORDS.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { typoOf } from '../lib/analysis/spelling';
import table from '../lib/analysis/word-clusters.json';

const LISTS = ['/usr/share/dict/british-english-large', '/usr/share/dict/american-english-large'];
const glove = new Set(table.groups.join(' ').split(' '));
const english = new Set<string>();
for (const file of LISTS) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`spelling: cannot read ${file} (apt-get install wbritish-large wamerican-large)`);
    process.exit(2);
  }
  for (const w of text.split('\n')) if (/^[a-z]+$/.test(w)) english.add(w);
}
const isReal = (w: string) => glove.has(w) || english.has(w);
const words = [...english].filter((w) => w.length >= 5 && !glove.has(w) && typoOf(w, isReal) !== null).sort();
const out = {
  source: 'SCOWL large British and American lists (Kevin Atkinson; see NOTICE), via npm run spelling',
  words,
};
writeFileSync(
  join(import.meta.dirname, '../lib/analysis/risk-word-neighbours.json'),
  JSON.stringify(out, null, 2) + '\n',
);
console.log(`${words.length} real words next to a risk word`);
