import { describe, expect, test, vi } from 'vitest';
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

/** The extension pages' CSP of a build made with these environment variables. */
async function extensionPagesCsp(browser: 'chrome' | 'firefox', env: Record<string, string> = {}) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  try {
    const fresh = (await import('../../wxt.config')).default;
    const resolved =
      typeof fresh.manifest === 'function'
        ? await fresh.manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })
        : await fresh.manifest;
    const csp = resolved?.content_security_policy;
    return (typeof csp === 'string' ? csp : csp?.extension_pages) ?? '';
  } finally {
    vi.unstubAllEnvs();
  }
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  test('lets extension pages connect only to the extension itself and the model host the build allows', async () => {
    // Default: the public model hub (and the file hosts it redirects downloads to), nothing else.
    const csp = await extensionPagesCsp(browser);
    expect(directive(csp, 'connect-src')).toEqual([
      "'self'",
      'https://huggingface.co',
      'https://*.hf.co',
      'https://*.huggingface.co',
    ]);
    expect(directive(csp, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // A clinic's own weights server: only that host.
    const clinic = await extensionPagesCsp(browser, {
      ATTUNE_WEIGHTS_BASE_URL: 'https://models.clinic.example/mlc/',
    });
    expect(directive(clinic, 'connect-src')).toEqual(["'self'", 'https://models.clinic.example']);
    // No model host at all: the hard offline guarantee.
    const offline = await extensionPagesCsp(browser, { ATTUNE_WEIGHTS_BASE_URL: 'none' });
    expect(directive(offline, 'connect-src')).toEqual(["'self'"]);
  });

  test('refuses to build with a model host that is not plain https', async () => {
    await expect(
      extensionPagesCsp(browser, { ATTUNE_WEIGHTS_BASE_URL: 'http://models.example/' }),
    ).rejects.toThrow(/https/);
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
