import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
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
 * Public half of an RSA key pair made once with openssl; the private half was thrown away (nothing
 * signs with it). It pins the unpacked Chrome build's id to `chkfoeccgldnceaoellhbhicpeccockl`, so
 * `npm start` and the browser tests can open `chrome-extension://<id>/sidepanel.html` directly.
 * Chrome only: Firefox rejects `key`. A Web Store package gets its id from the store; leave `key`
 * out of the zip uploaded there.
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

// Attune's build: Chrome MV3 with a side panel, Firefox with a sidebar.
export default defineConfig({
  // Every file says what it uses; no magic globals.
  imports: false,
  vite: ({ mode }) => ({
    plugins: [preact()],
    // The judge's worker loads WebLLM with a dynamic import: that needs a module worker.
    worker: { format: 'es' },
    define: {
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
      ? { browser_specific_settings: { gecko: { id: 'attune@attune.local', strict_min_version: '128.0' } } }
      : {
          key: CHROME_DEV_KEY,
          // Clinic IT can set the model source by policy (Chrome only; Firefox reads policies.json).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  webExt: { disabled: true },
});
