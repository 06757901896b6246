import { describe, expect, test } from 'vitest';
import type { ConfigEnv } from 'wxt';
import { extensionIdFromKey } from '../../tools/extension-id';
import config, { CHROME_DEV_KEY } from '../../wxt.config';

/**
 * The manifest our config asks for, per browser. What WXT adds on top of it (side_panel,
 * sidebar_action, background) is checked on the built output in test/e2e/built-manifest.test.ts.
 */
async function manifestFor(browser: 'chrome' | 'firefox') {
  const env: ConfigEnv = {
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  };
  const { manifest } = config;
  const resolved = typeof manifest === 'function' ? await manifest(env) : await manifest;
  if (!resolved) throw new Error('wxt.config.ts has no manifest');
  return resolved;
}

/** The sources of one CSP directive, e.g. connect-src → ["'self'"]. */
function directive(csp: string, name: string): string[] | undefined {
  const found = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1);
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  test("lets extension pages connect only to the extension itself (connect-src 'self')", async () => {
    const csp = (await manifestFor(browser)).content_security_policy;
    const extensionPages = typeof csp === 'string' ? csp : csp?.extension_pages;
    expect(extensionPages).toBeDefined();
    expect(directive(extensionPages!, 'connect-src')).toEqual(["'self'"]);
    expect(directive(extensionPages!, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  test('asks for no site access at install: sites are granted one at a time at run time', async () => {
    const manifest = await manifestFor(browser);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const required = (manifest.permissions ?? []).filter((p) => p.includes('://'));
    expect(required).toEqual([]);
    const optional =
      browser === 'chrome' ? manifest.optional_host_permissions : manifest.optional_permissions;
    expect(optional).toEqual(['https://*/*', 'http://*/*']);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  test('has a toolbar button', async () => {
    expect((await manifestFor(browser)).action?.default_title).toBe('Attune');
  });
});

test('Chrome gets the side panel permission and the fixed development key', async () => {
  const chrome = await manifestFor('chrome');
  expect(chrome.permissions).toContain('sidePanel');
  expect(chrome.key).toBe(CHROME_DEV_KEY);
  expect(extensionIdFromKey(CHROME_DEV_KEY)).toBe('chkfoeccgldnceaoellhbhicpeccockl');
});

test('Firefox gets none of the Chrome-only keys, and a gecko id', async () => {
  const firefox = await manifestFor('firefox');
  expect(firefox.permissions).not.toContain('sidePanel');
  expect(firefox).not.toHaveProperty('key');
  expect(firefox).not.toHaveProperty('side_panel');
  expect(firefox.browser_specific_settings?.gecko?.id).toBe('attune@attune.local');
});
