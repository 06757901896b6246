import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

  test('allows connections only to the extension itself, and no host access', () => {
    const connect = extensionPagesCsp(manifest)
      ?.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('connect-src '));
    expect(connect).toBe("connect-src 'self'");
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
