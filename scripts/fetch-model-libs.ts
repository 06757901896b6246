import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { isWasm, libDownloads } from '../lib/judge/model-libs';
import { MODEL_CATALOG } from '../models/model-catalog';

/**
 * Downloads the catalog's model libraries into public/models/libs for a release build (see
 * lib/judge/model-libs.ts for why they are bundled). Files already there and valid are kept.
 * Usage: npm run fetch-model-libs [-- <model id> ...]
 */
const DEST = join('public', 'models', 'libs');
const wanted = process.argv.slice(2);
const downloads = libDownloads(MODEL_CATALOG, prebuiltAppConfig.model_list).filter(
  (d) => wanted.length === 0 || wanted.includes(d.modelId),
);
mkdirSync(DEST, { recursive: true });

let failed = 0;
for (const { file, url } of downloads) {
  const path = join(DEST, file);
  if (existsSync(path) && isWasm(readFileSync(path))) {
    console.log(`kept        ${file}`);
    continue;
  }
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!isWasm(bytes)) throw new Error('the answer is not a WebAssembly module');
    writeFileSync(path, bytes);
    console.log(`downloaded  ${file} (${(bytes.length / 1e6).toFixed(1)} MB)`);
  } catch (error) {
    failed++;
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    console.error(
      `FAILED      ${file}: ${reason}\n            from ${url}\n            copy it into ${DEST} by hand if this machine cannot reach that host.`,
    );
  }
}
if (failed > 0) {
  console.error(
    `\n${failed} of ${downloads.length} libraries are missing: the model tier cannot load those models.`,
  );
  process.exit(1);
}
