import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { buildHosts, extensionPagesCsp } from './lib/csp';

/**
 * Where model weights may come from, fixed at build time because the CSP is static: the public
 * hub by default, a clinic's own HTTPS server (`ATTUNE_WEIGHTS_BASE_URL=https://models.clinic.example/`),
 * or `none` for a build that can reach no host at all (weights bundled in the package or no model
 * tier). Model libraries (code) are always bundled, or served from `ATTUNE_LIB_BASE_URL`.
 * `wxt build --mode offline` (`.output/chrome-mv3-offline`) is that last build, and refuses any
 * host. Extension pages may connect to 'self' and to exactly these hosts; nothing else
 * (lib/csp.ts).
 */
const hostsFor = (mode: string) => buildHosts(process.env, mode);

/**
 * Every `wxt build` of Attune is built as for release, whatever its mode (`store`, `offline`,
 * `e2e`). WXT sets NODE_ENV to the mode's name when it is not `production`, and Vite's Preact
 * preset then compiles JSX for development: each element carries the absolute path of its source
 * file (so a build from another folder differs, and the package shows the builder's paths), and
 * Preact's devtools hook is kept. The dev server (`wxt`, NODE_ENV `development`) keeps both.
 */
if (process.env.NODE_ENV !== 'development') process.env.NODE_ENV = 'production';

/**
 * Public half of an RSA key pair made once with openssl; the private half was thrown away (nothing
 * signs with it). It pins the unpacked Chrome build's id to `chkfoeccgldnceaoellhbhicpeccockl`, so
 * `npm start` and the browser tests can open `chrome-extension://<id>/sidepanel.html` directly.
 * Chrome only: Firefox rejects `key`. A Web Store package gets its id from the store, and the
 * store refuses a `key`: the store build (`--mode store`, `npm run zip`) leaves it out.
 */
export const CHROME_DEV_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArUbVBNrT/5Tf8HBFArSy2Tk3YhCInCVdHmT7jZhxU4+a6ea7A/1BhoJkpMjGbio7qc5OrxrCVQl88XL/U8UDYSotrM4BVxRQZw97kipKTRjC8RdTYlU95qX5795x6XjlCZ+RMH5wDLonZ+lV165Ldb1NKdRUJ32652Kfz6Swba9vitywlYJ8e0PXJCZ0va7Bpjrsw/5VqLESoReRTYNB83F6p/0j9S2N8jG8O2TJeKsdVhMh/yhGxZBwsV/Icx4GBKKbY9l3cQ29wreDGBtErdCMeLI12O92nwwWedsg/rmCTXtNLqVYkU2Rg8G1HwB3p0+JDz7QjI4ujI6ECpZ2oQIDAQAB';

/** Sites a counselor may grant, one at a time, at run time. Nothing is granted at install. */
const GRANTABLE = ['https://*/*', 'http://*/*'];

/**
 * `wxt build --mode e2e` (npm run build:e2e) writes `.output/chrome-mv3-e2e`, pre-granted the
 * loopback test server so browser tests need no permission prompt. Never ship that build.
 */
const E2E_HOSTS = ['http://127.0.0.1/*'];

/**
 * Mozilla's linter (`npm run lint:firefox`, the same checks AMO review runs) refuses to parse any
 * script of 5 MiB or more (`MAX_FILE_SIZE_TO_PARSE_MB` in addons-linter), and WebLLM ships as one
 * 6.8 MB module, so no chunking option can split it. Most of it is two Emscripten modules with
 * their WebAssembly inlined as base64 `data:` URLs: xgrammar (~1 MB) and the tokenizers (~4.6 MB).
 * This moves each of those strings, unchanged, into a module of its own that the worker build
 * emits as a separate chunk (`web-xgrammar-wasm-*.js`, `web-tokenizers-wasm-*.js`, 1 and 4.6 MB),
 * next to WebLLM's own code (~550 KB minified, which the linter now reads). At run time nothing
 * changes: the same string reaches the same variable when WebLLM's chunk loads. Build fails if the pattern is not found
 * exactly twice (a WebLLM update that changes how it embeds the libraries must be looked at).
 */
const EMBEDDED_WASM = /wasmBinaryFile="(data:application\/octet-stream;base64,[A-Za-z0-9+/=]+)"/g;
const EMBEDDED_WASM_ID = '\0attune-embedded-wasm:';
/** Which library an inlined module is, from the code that follows it in WebLLM's bundle. */
const EMBEDDED_WASM_NAMES = {
  'web-xgrammar': 'class GrammarCompiler',
  'web-tokenizers': 'function asyncInitTokenizers',
};

function splitWebLlmWasm(): Plugin {
  const strings = new Map<string, string>();
  const nameAfter = (code: string, from: number) =>
    Object.entries(EMBEDDED_WASM_NAMES)
      .map(([name, marker]) => [name, code.indexOf(marker, from)] as const)
      .filter(([, at]) => at >= 0)
      .sort((a, b) => a[1] - b[1])[0]?.[0];
  return {
    name: 'attune:split-webllm-wasm',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@mlc-ai[\\/]web-llm[\\/]lib[\\/]index\.js$/.test(id)) return null;
      const imports: string[] = [];
      const out = code.replace(EMBEDDED_WASM, (_match, dataUrl: string, offset: number) => {
        const name = nameAfter(code, offset);
        if (!name || strings.has(name)) this.error(`cannot tell which library the wasm at ${offset} is`);
        strings.set(name, dataUrl);
        const binding = `__attune_${name.replace('-', '_')}_wasm`;
        imports.push(`import ${binding} from ${JSON.stringify(EMBEDDED_WASM_ID + name)};`);
        return `wasmBinaryFile=${binding}`;
      });
      if (imports.length !== 2)
        this.error(`expected 2 inlined wasm modules in WebLLM, found ${imports.length}`);
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
    resolveId: (id) => (id.startsWith(EMBEDDED_WASM_ID) ? id : null),
    load(id) {
      if (!id.startsWith(EMBEDDED_WASM_ID)) return null;
      const dataUrl = strings.get(id.slice(EMBEDDED_WASM_ID.length));
      if (!dataUrl) this.error(`no inlined wasm recorded for ${id}`);
      return `export default ${JSON.stringify(dataUrl)};`;
    },
  };
}

/**
 * Preact's renderer has one `innerHTML` sink: the `dangerouslySetInnerHTML` prop (`dom.innerHTML =
 * newHtml.__html` in preact/src/diff/index.js). No Attune component uses that prop, so no chat
 * text reaches it today; this takes the sink out of the build so none can tomorrow: the prop
 * throws instead of parsing HTML. It is the only `innerHTML` assignment Mozilla's linter found
 * (UNSAFE_VAR_ASSIGNMENT). Production builds only: `wxt` dev mode pre-bundles preact without
 * running plugins. Build fails if preact's code no longer matches (check again after an update).
 */
const PREACT_HTML_SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

function noPreactInnerHtml(): Plugin {
  return {
    name: 'attune:no-preact-inner-html',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const sinks = code.match(PREACT_HTML_SINK)?.length ?? 0;
      if (sinks !== 1) this.error(`expected 1 innerHTML assignment in ${id}, found ${sinks}`);
      const refuse = `(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Attune")})()`;
      return { code: code.replace(PREACT_HTML_SINK, refuse), map: null };
    },
  };
}

/** One chunk per inlined library (see splitWebLlmWasm). */
const webLlmWasmChunk = (id: string) =>
  id.startsWith(EMBEDDED_WASM_ID) ? `${id.slice(EMBEDDED_WASM_ID.length)}-wasm` : undefined;

// Attune's build: Chrome MV3 with a side panel, Firefox with a sidebar.
export default defineConfig({
  // Every file says what it uses; no magic globals.
  imports: false,
  vite: ({ mode }) => ({
    plugins: [preact(), noPreactInnerHtml()],
    // The judge's worker loads WebLLM with a dynamic import: that needs a module worker. The
    // worker is its own Rollup build: `plugins` above do not apply to it.
    worker: {
      format: 'es',
      plugins: () => [splitWebLlmWasm()],
      rollupOptions: { output: { manualChunks: webLlmWasmChunk } },
    },
    define: {
      // WXT defines it as the mode's name; libraries test it against 'production' (see above).
      ...(process.env.NODE_ENV === 'production' ? { 'process.env.NODE_ENV': '"production"' } : {}),
      __ATTUNE_WEIGHTS_BASE_URL__: JSON.stringify(
        hostsFor(mode).weightsBaseUrl === 'none' ? '' : hostsFor(mode).weightsBaseUrl,
      ),
      __ATTUNE_LIB_BASE_URL__: JSON.stringify(process.env.ATTUNE_LIB_BASE_URL ?? ''),
      __ATTUNE_CONNECT_SRC__: JSON.stringify(hostsFor(mode).connectSrc),
    },
    resolve: {
      // WXT's content script context announces itself to the page; Attune's does not
      // (lib/live/quiet-context.ts).
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/live/quiet-context.ts', import.meta.url)),
        },
      ],
    },
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Attune',
    description:
      'Private, on-device supervision hints for text counselors. No transcript leaves your machine.',
    permissions: [
      'storage',
      // The daily session log retention check (lib/log/retention-alarm.ts).
      'alarms',
      // Model weights are hundreds of MB: without this the browser caps the extension's storage.
      'unlimitedStorage',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? (mode === 'e2e' ? E2E_HOSTS : []) : ['sidePanel']),
    ],
    ...(browser === 'firefox'
      ? { optional_permissions: GRANTABLE }
      : { optional_host_permissions: GRANTABLE, ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}) }),
    // The toolbar button: opens the side panel (Chrome) or toggles the sidebar (Firefox).
    action: { default_title: 'Attune' },
    content_security_policy: { extension_pages: extensionPagesCsp(hostsFor(mode).connectSrc) },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'attune@attune.local',
              strict_min_version: '128.0',
              // Attune collects and transmits no data. AMO requires the declaration; Firefox 140+
              // shows it at install, 128 to 139 ignore it (test/e2e/firefox-lint.test.ts).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          ...(mode === 'store' ? {} : { key: CHROME_DEV_KEY }),
          // Clinic IT can set the model source by policy (Chrome only; Firefox reads policies.json).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  webExt: { disabled: true },
  /**
   * `npm run zip` (scripts/zip.ts): the store packages from `--mode store`, and AMO's sources
   * archive, which holds what a reviewer needs to rebuild the Firefox package byte for byte
   * (docs/building.md, "Building from source") and nothing else: no tests, test data or training sets.
   */
  zip: {
    exclude: ['models/libs/README.md'],
    excludeSources: [
      'test/**',
      'test-results/**',
      'data/**',
      'coverage/**',
      'dist/**',
      'vitest*.config.ts',
      'public/models/libs/*.wasm',
    ],
  },
});
