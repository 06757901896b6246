import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { MODEL_CATALOG } from '../models/model-catalog';

/**
 * `npm run zip`: the packages a release uploads, built with `--mode store` (no development `key`,
 * no test host grants):
 * - `.output/attune-<version>-chrome.zip` for the Chrome Web Store;
 * - `.output/attune-<version>-firefox.zip` for addons.mozilla.org, and
 * - `.output/attune-<version>-sources.zip`, the source AMO asks for (wxt.config.ts `zip`).
 * Then it prints what a release manager checks before uploading: each file's size and SHA-256,
 * the hosts each build may connect to, and whether the model libraries are bundled (without them
 * the package has only the instant tier: `npm run fetch-model-libs` first).
 */
const run = (args: string[]) => execFileSync('npx', ['wxt', ...args], { stdio: 'inherit' });

run(['zip', '--mode', 'store']);
run(['zip', '-b', 'firefox', '--mode', 'store']);

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

console.log('\nStore packages (.output):');
for (const name of [
  `attune-${version}-chrome.zip`,
  `attune-${version}-firefox.zip`,
  `attune-${version}-sources.zip`,
]) {
  const path = join('.output', name);
  if (!existsSync(path)) throw new Error(`${path} was not written`);
  const size = readFileSync(path).length;
  console.log(`  ${name.padEnd(28)} ${(size / 1e6).toFixed(2).padStart(6)} MB  sha256 ${sha256(path)}`);
}

for (const dir of ['chrome-mv3-store', 'firefox-mv2-store']) {
  const manifest = JSON.parse(readFileSync(join('.output', dir, 'manifest.json'), 'utf8')) as {
    content_security_policy?: { extension_pages?: string } | string;
  };
  const csp =
    typeof manifest.content_security_policy === 'string'
      ? manifest.content_security_policy
      : (manifest.content_security_policy?.extension_pages ?? '');
  const connect = /connect-src ([^;]*)/.exec(csp)?.[1] ?? "'none'";
  console.log(`  ${dir}: may connect to ${connect}`);
}

const libs = join('public', 'models', 'libs');
const present = new Set(existsSync(libs) ? readdirSync(libs) : []);
const missing = [...new Set(MODEL_CATALOG.models.map((m) => m.modelLib))].filter((f) => !present.has(f));
if (missing.length === 0) {
  console.log('  model libraries: all bundled');
  for (const file of [...present].filter((f) => f.endsWith('.wasm')).sort())
    console.log(`    ${file}  sha256 ${sha256(join(libs, file))}`);
} else {
  console.log(
    `  model libraries: ${missing.length} not bundled (${missing.join(', ')}).\n` +
      '  These packages have the instant tier only. Run `npm run fetch-model-libs`, then `npm run zip`, for a release.',
  );
}
process.exitCode = 0;
