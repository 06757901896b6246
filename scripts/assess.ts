/**
 * npm run -s assess -- FILE.jsonl             one assessment per line  ({id, context, draft?})
 * npm run -s assess -- --sessions FILE.jsonl  one session summary per line ({id, messages})
 * JSON Lines on stdout, one per input line, same order, nothing else; diagnostics on stderr.
 * Exit code: 0 when at least one line could be read (bad lines get {id?, error}), 1 when none
 * could, 2 for a usage error or an unreadable file.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { defaultAnalyzer } from '../lib/analysis';
import { type Mode, processLine } from '../lib/cli/assess-lines';

const args = process.argv.slice(2);
const mode: Mode = args.includes('--sessions') ? 'sessions' : 'turns';
const files = args.filter((a) => a !== '--sessions');
const USAGE = 'usage: npm run -s assess -- [--sessions] FILE.jsonl';

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function main(): Promise<number> {
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0]!;
  try {
    if (!statSync(file).isFile()) throw new Error('not a regular file');
  } catch (e) {
    console.error(`assess: cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  const analyzer = defaultAnalyzer();
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let total = 0;
  let ok = 0;
  for await (const raw of lines) {
    const line = total === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    total++;
    const out = processLine(line, mode, analyzer);
    if (out.error === undefined) ok++;
    await write(`${JSON.stringify(out)}\n`);
  }
  if (total > ok)
    console.error(`assess: ${total - ok} of ${total} lines could not be assessed (see their "error")`);
  if (total > 0 && ok === 0) return 1;
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`assess: ${(e as Error).message}`);
    process.exitCode = 2;
  },
);
