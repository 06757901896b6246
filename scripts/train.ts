/**
 * npm run train [-- DATA_DIR]
 * Trains the analyzer's behaviour-code and talk-type models on AnnoMI (shared/data) and the
 * project's chat-phrased reply and client sets, and the client's resistance models on the client
 * sets, and writes lib/analysis/weights.json; trains the risk models on the project's chat-phrased risk sets
 * (data/risk, the held-out file excluded) with ordinary client talk from shared/data as
 * negatives, and writes lib/analysis/risk-weights.json. The analyzer loads both without network.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, AnnotatedTurn, featurize, readJsonl, trainAll } from '../lib/training/annomi';
import {
  chatExamples,
  everydayChatExamples,
  ignoresExamples,
  ordinaryClientTalk,
  trainRisk,
} from '../lib/training/risk';
import { RISK_TRAIN_FILES } from '../lib/training/risk-data';
import { REPLY_TRAIN_FILES } from '../lib/training/replies-data';
import {
  CLIENT_TRAIN_FILES,
  clientTalkTurns,
  readClientLines,
  trainClientModels,
} from '../lib/training/client-data';
import {
  epitomeExamples,
  empathyTraining,
  replyExamples,
  replyTurns,
  trainReplies,
} from '../lib/training/replies';
import { requireDataDir } from './data-dir';

const dataDir = requireDataDir(process.argv[2] ?? DEFAULT_DATA_DIR);
const started = performance.now();
const turns = readJsonl(join(dataDir, 'annomi-dev-turns.jsonl'), AnnotatedTurn);
const replies = replyExamples(REPLY_TRAIN_FILES);
const clientLines = readClientLines(CLIENT_TRAIN_FILES);
const weights = trainAll(
  [...featurize(turns), ...replyTurns(replies), ...clientTalkTurns(clientLines)],
  `AnnoMI development split (Wu et al., ICASSP 2022; Future Internet 15(3):110, 2023), 80 transcripts, with Attune's chat-phrased reply sets (data/replies: ${REPLY_TRAIN_FILES.join(', ')}; heldout.jsonl excluded) and, for talk type, its client sets (data/client); trained by \`npm run train\``,
);
// Whether the client resists, and how: the project's chat-phrased client sets (held-out writer excluded).
const withResistance = {
  ...weights,
  source: `${weights.source}; resistance and its behaviours: Attune's chat-phrased client sets (data/client: ${CLIENT_TRAIN_FILES.join(', ')}; heldout.jsonl excluded)`,
  models: { ...weights.models, ...trainClientModels(clientLines) },
};
const out = new URL('../lib/analysis/weights.json', import.meta.url).pathname;
writeFileSync(out, `${JSON.stringify(withResistance)}\n`);
console.error(
  `trained on ${turns.length} utterances in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`,
);

const epitome = epitomeExamples(dataDir);
const reply = trainReplies(
  replies,
  empathyTraining(epitome, replies),
  `MITI flags: Attune's chat-phrased reply sets (data/replies: ${REPLY_TRAIN_FILES.join(', ')}; heldout.jsonl excluded). Empathy: EPITOME's development half (Sharma et al., EMNLP 2020; BSD-style attribution licence) with the reply sets' empathy codes; trained by \`npm run train\``,
);
const replyOut = new URL('../lib/analysis/reply-weights.json', import.meta.url).pathname;
writeFileSync(replyOut, `${JSON.stringify(reply)}\n`);
console.error(
  `reply models: ${replies.length} reply-set lines, ${epitome.length} EPITOME pairs → ${replyOut}`,
);

const chat = chatExamples();
const ordinary = ordinaryClientTalk(dataDir);
const everyday = everydayChatExamples();
const ignores = ignoresExamples(dataDir);
const risk = trainRisk(
  [...chat, ...ordinary, ...everyday],
  `Attune's chat-phrased risk sets (data/risk: ${RISK_TRAIN_FILES.join(', ')}; heldout.jsonl excluded), with ordinary client talk from AnnoMI (research use) and the everyday contexts of Attune's client and reply sets without risk as negatives; the ignores-risk reading on DiaSafety's development replies (Sun et al., Findings of ACL 2022, Apache-2.0); trained by \`npm run train\``,
  ignores,
);
const riskOut = new URL('../lib/analysis/risk-weights.json', import.meta.url).pathname;
writeFileSync(riskOut, `${JSON.stringify(risk)}\n`);
console.error(
  `risk models: ${chat.length} chat lines + ${ordinary.length} ordinary client turns + ${everyday.length} everyday chat contexts, ${ignores.length} DiaSafety replies → ${riskOut}`,
);
