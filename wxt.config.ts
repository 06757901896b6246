import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Attune's build: Chrome MV3 with a side panel, Firefox with a sidebar.
export default defineConfig({
  // Every file says what it uses; no magic globals.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Attune',
    description: 'Private, on-device supervision hints for text counselors. No transcript leaves your machine.',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'attune@attune.local', strict_min_version: '128.0' } } }
      : {}),
  }),
  webExt: { disabled: true },
});
