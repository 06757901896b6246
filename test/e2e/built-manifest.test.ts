import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The manifests WXT actually wrote (npm run test:e2e builds both first): what our config asks for
 * plus what WXT adds from the entrypoints. Chrome-only keys must not leak into Firefox.
 */
type Manifest = Record<string, unknown> & { permissions?: string[]; content_security_policy?: unknown };

const built = (dir: string): Manifest =>
  JSON.parse(readFileSync(resolve('.output', dir, 'manifest.json'), 'utf8')) as Manifest;

const extensionPagesCsp = (m: Manifest) =>
  typeof m.content_security_policy === 'string'
    ? m.content_security_policy
    : (m.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;

describe.each([
  ['chrome-mv3', 3],
  ['firefox-mv2', 2],
] as const)('%s', (dir, version) => {
  const manifest = built(dir);

  test('is the expected manifest version', () => {
    expect(manifest.manifest_version).toBe(version);
  });

  test('allows connections only to the extension itself and the model hub, and no host access', () => {
    const connect = extensionPagesCsp(manifest)
      ?.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('connect-src '));
    // The default build may download weights from the public hub (and its file hosts); nothing else.
    expect(connect).toBe(
      "connect-src 'self' https://huggingface.co https://*.hf.co https://*.huggingface.co",
    );
    expect(manifest).not.toHaveProperty('host_permissions');
    // The live reader is registered at run time, per granted site: nothing is injected by default.
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    for (const permission of manifest.permissions ?? []) expect(permission).not.toMatch(/:\/\/|^\*/);
  });
});

test('Chrome has the side panel, the toolbar action and the development key', () => {
  const chrome = built('chrome-mv3');
  expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(chrome.permissions).toContain('sidePanel');
  expect(chrome.action).toEqual({ default_title: 'Attune' });
  expect(typeof chrome.key).toBe('string');
});

test('Firefox has a sidebar and a browser action, and none of the Chrome-only keys', () => {
  const firefox = built('firefox-mv2');
  expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  expect(firefox.browser_action).toEqual({ default_title: 'Attune' });
  for (const key of ['key', 'side_panel', 'action', 'offscreen', 'minimum_chrome_version']) {
    expect(firefox).not.toHaveProperty(key);
  }
  expect(firefox.permissions).not.toContain('sidePanel');
});

describe('where WebLLM is bundled', () => {
  /** Every JS file of a build, with the files it imports (static or dynamic) by name. */
  function scripts(dir: string): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (at: string) => {
      for (const entry of readdirSync(at, { withFileTypes: true })) {
        const path = join(at, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.js')) out.set(path, readFileSync(path, 'utf8'));
      }
    };
    walk(resolve('.output', dir));
    return out;
  }

  test.each(['chrome-mv3', 'firefox-mv2'])(
    '%s: only the judge worker loads it, never the panel, content script or background',
    (dir) => {
      const files = scripts(dir);
      // WebLLM's code (its engine and runtime, about 550 KB) is in exactly one file.
      const webllm = [...files].filter(([, code]) => code.includes('MLCEngine') && code.length > 300_000);
      expect(webllm).toHaveLength(1);
      const [webllmPath] = webllm[0]!;
      const importersOf = (target: string) => {
        const name = target.split('/').pop()!;
        return [...files].filter(([path, code]) => path !== target && code.includes(name)).map(([p]) => p);
      };
      const importers = importersOf(webllmPath);
      expect(importers).toHaveLength(1);
      expect(importers[0]).toMatch(/assets\/worker-[\w-]+\.js$/);
      // The WebAssembly it inlines (about 5.6 MB) is in two chunks of its own that only WebLLM's
      // file imports (wxt.config.ts, splitWebLlmWasm).
      const wasm = [...files.keys()].filter((p) =>
        /assets\/web-(xgrammar|tokenizers)-wasm-[\w-]+\.js$/.test(p),
      );
      expect(wasm).toHaveLength(2);
      for (const path of wasm) expect(importersOf(path)).toEqual([webllmPath]);
    },
  );
});

describe('what the content script carries into every granted page', () => {
  test.each(['chrome-mv3', 'firefox-mv2'])('%s: no classic zod, and well under 100 KB', (dir) => {
    const code = readFileSync(resolve('.output', dir, 'content-scripts', 'content.js'), 'utf8');
    // Its schemas are zod/mini (models/messages.ts, models/site-config.ts). One import of classic
    // zod anywhere in its graph (a shared schema, a models barrel) pulls in about 65 KB again.
    expect(code).toContain('ZodMiniObject');
    expect(code).not.toMatch(/["']ZodObject["']/);
    expect(code.length).toBeLessThan(100_000);
  });
});
