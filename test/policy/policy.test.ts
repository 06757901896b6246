import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncLiveReader, type LiveReaderApi } from '../../lib/live/registration';
import {
  NO_POLICY,
  type Policy,
  allowedMatchPatterns,
  applyRetentionPolicy,
  encryptionRequired,
  exportEncryptionRequired,
  exportRedactionRequired,
  hintSettingsUnderPolicy,
  inlineMarksAllowed,
  loggingAllowed,
  maxIdleLockMinutes,
  maxRetentionDays,
  parsePolicy,
  policyLines,
  policyNote,
  publicModelDownloadsAllowed,
  readPolicy,
  siteAllowed,
  watchPolicy,
} from '../../lib/policy/policy';
import { loadCachedPolicy, saveCachedPolicy } from '../../lib/policy/policy-cache';
import { readerApiUnderPolicy } from '../../lib/policy/reader-access';
import { DEFAULT_HINT_SETTINGS } from '../../models/settings';
import { openTestLog } from '../log/helpers';

/** What a clinic deploys (docs/policy/chrome-policy.json), as storage.managed hands it over. */
const EXAMPLE = Object.values(
  JSON.parse(readFileSync('docs/policy/chrome-policy.json', 'utf8'))['3rdparty'].extensions,
)[0] as Record<string, unknown>;

afterEach(() => fakeBrowser.reset());

describe('reading the policy from storage.managed', () => {
  test('no policy: the counselor decides everything', async () => {
    const policy = await readPolicy(fakeBrowser.storage);
    expect(policy).toEqual(NO_POLICY);
    expect(loggingAllowed(policy)).toBe(true);
    expect(encryptionRequired(policy)).toBe(false);
    expect(inlineMarksAllowed(policy)).toBe(true);
    expect(publicModelDownloadsAllowed(policy)).toBe(true);
    expect(siteAllowed(policy, 'https://anything.example/chat')).toBe(true);
    expect(maxRetentionDays(policy, 30)).toBe(3650);
    expect(maxIdleLockMinutes(policy)).toBe(60);
    expect(policyLines(policy)).toEqual([]);
  });

  test('the example policy sets every key, each read as IT wrote it', async () => {
    await fakeBrowser.storage.managed.set(EXAMPLE);
    const policy = await readPolicy(fakeBrowser.storage);
    for (const setting of Object.values(policy)) expect(setting.state).toBe('set');
    expect(loggingAllowed(policy)).toBe(true);
    expect(encryptionRequired(policy)).toBe(true);
    expect(exportEncryptionRequired(policy)).toBe(true);
    expect(exportRedactionRequired(policy)).toBe(true);
    expect(inlineMarksAllowed(policy)).toBe(false);
    expect(publicModelDownloadsAllowed(policy)).toBe(false);
    expect(maxRetentionDays(policy, 90)).toBe(30);
    expect(maxIdleLockMinutes(policy)).toBe(10);
    expect(policyNote(policy, 'maxRetentionDays')).toBe('Set by your organization.');
    expect(policyLines(policy).map((l) => l.text)).toContain(
      'Sites Attune may read: https://chat.clinic.example, https://*.zendesk.com.',
    );
  });

  test('Firefox with no policy for Attune rejects the read: that is no policy, not an error', async () => {
    const storage = {
      managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) },
      onChanged: fakeBrowser.storage.onChanged,
    };
    expect(await readPolicy(storage)).toEqual(NO_POLICY);
    expect(await readPolicy(undefined)).toEqual(NO_POLICY);
  });

  test('unknown keys are ignored and a key set to null is unset', () => {
    const policy = parsePolicy({ somethingElse: true, loggingAllowed: null });
    expect(policy).toEqual(NO_POLICY);
  });

  test('watchPolicy follows IT changing the policy while a page is open', async () => {
    const seen: Policy[] = [];
    const stop = new AbortController();
    watchPolicy((p) => seen.push(p), stop.signal, fakeBrowser.storage);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await fakeBrowser.storage.managed.set({ loggingAllowed: false });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(loggingAllowed(seen[1]!)).toBe(false);
    // Other areas do not count, and nothing is heard after the page stops watching.
    await fakeBrowser.storage.local.set({ loggingAllowed: true });
    stop.abort();
    await fakeBrowser.storage.managed.set({ loggingAllowed: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });
});

describe('an invalid value is refused visibly and read as the strictest', () => {
  test.each([
    ['loggingAllowed', 'no', (p: Policy) => loggingAllowed(p), false],
    ['encryptionRequired', 1, (p: Policy) => encryptionRequired(p), true],
    ['exportEncryptionRequired', 'yes', (p: Policy) => exportEncryptionRequired(p), true],
    ['exportRedactionRequired', {}, (p: Policy) => exportRedactionRequired(p), true],
    ['inlineMarksAllowed', 'true', (p: Policy) => inlineMarksAllowed(p), false],
    ['publicModelDownloadsAllowed', 0, (p: Policy) => publicModelDownloadsAllowed(p), false],
    ['idleLockMinutes', 600, (p: Policy) => maxIdleLockMinutes(p), 5],
    [
      'allowedSites',
      ['chat.clinic.example'],
      (p: Policy) => siteAllowed(p, 'https://chat.clinic.example/'),
      false,
    ],
  ] as const)('%s: %j', async (key, value, read, strictest) => {
    await fakeBrowser.storage.managed.set({
      [key]: value,
      loggingAllowed: key === 'loggingAllowed' ? value : true,
    });
    const policy = await readPolicy(fakeBrowser.storage);
    expect(policy[key].state).toBe('invalid');
    expect(read(policy)).toBe(strictest);
    expect(policyNote(policy, key)).toMatch(/^Blocked by policy: invalid /);
    expect(policyLines(policy).find((l) => l.key === key)).toMatchObject({ invalid: true });
  });

  test('one invalid key leaves the others as IT set them', () => {
    const policy = parsePolicy({ maxRetentionDays: -3, inlineMarksAllowed: true, loggingAllowed: false });
    expect(policy.maxRetentionDays.state).toBe('invalid');
    expect(inlineMarksAllowed(policy)).toBe(true);
    expect(loggingAllowed(policy)).toBe(false);
  });

  test('an invalid maximum retention deletes nothing but lets retention only shorten', () => {
    const policy = parsePolicy({ maxRetentionDays: '30' });
    expect(policy.maxRetentionDays.state).toBe('invalid');
    expect(maxRetentionDays(policy, 90)).toBe(90);
    expect(policyNote(policy, 'maxRetentionDays')).toBe(
      'Blocked by policy: invalid maximum retention (Invalid input: expected number, received string). Ask your IT to correct it.',
    );
  });

  test('an http: model source is invalid (the model tier is then blocked: test/judge/source-setting.test.ts)', () => {
    const policy = parsePolicy({ modelSource: { weightsBaseUrl: 'http://models.clinic.example/' } });
    expect(policy.modelSource.state).toBe('invalid');
    expect(policyNote(policy, 'modelSource')).toMatch(/^Blocked by policy: invalid model source \(.*https/);
  });
});

describe('allowed sites', () => {
  const policy = parsePolicy({
    allowedSites: ['https://chat.clinic.example', 'https://*.zendesk.com/*', 'http://127.0.0.1/'],
  });

  test.each([
    ['https://chat.clinic.example/room/1', true],
    ['https://chat.clinic.example:8443/room/1', true],
    ['http://chat.clinic.example/room/1', false],
    ['https://evil.chat.clinic.example/', false],
    ['https://chat.clinic.example.evil.example/', false],
    ['https://zendesk.com/agent', true],
    ['https://clinic.zendesk.com/agent/tickets/1', true],
    ['https://notzendesk.com/', false],
    ['http://127.0.0.1:4173/chat', true],
    ['https://web.whatsapp.com/', false],
    ['chrome-extension://abc/practice.html', true],
    ['file:///home/chat.html', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(siteAllowed(policy, url)).toBe(allowed);
  });

  test('an empty list allows no site but Attune’s own practice chat', () => {
    const none = parsePolicy({ allowedSites: [] });
    expect(siteAllowed(none, 'https://chat.clinic.example/')).toBe(false);
    expect(siteAllowed(none, 'chrome-extension://abc/practice.html')).toBe(true);
    expect(policyLines(none)[0]?.text).toBe('Sites Attune may read: none (the practice chat only).');
  });

  test.each([
    'chat.clinic.example',
    'https://chat.clinic.example/chat',
    'https://chat.clinic.example:8443',
    'ftp://chat.clinic.example',
    '*://chat.clinic.example/*',
    'https://user@chat.clinic.example',
    'https://*',
  ])('%s is not a site', (entry) => {
    expect(parsePolicy({ allowedSites: [entry] }).allowedSites.state).toBe('invalid');
  });

  test('granted match patterns are kept only when every page they match is allowed', () => {
    expect(
      allowedMatchPatterns(policy, [
        'https://chat.clinic.example/*',
        'https://other.example/*',
        'https://eu.zendesk.com/*',
        'https://*.zendesk.com/*',
        'http://127.0.0.1/*',
        'https://*/*',
        '<all_urls>',
      ]),
    ).toEqual([
      'https://chat.clinic.example/*',
      'https://eu.zendesk.com/*',
      'https://*.zendesk.com/*',
      'http://127.0.0.1/*',
    ]);
    expect(allowedMatchPatterns(NO_POLICY, ['https://other.example/*'])).toEqual(['https://other.example/*']);
    expect(allowedMatchPatterns(parsePolicy({ allowedSites: 'all' }), ['https://other.example/*'])).toEqual(
      [],
    );
  });

  test('the background registers the reader only for granted sites the policy allows', async () => {
    const registered: string[][] = [];
    const api: LiveReaderApi = {
      permissions: {
        getAll: async () => ({ origins: ['https://chat.clinic.example/*', 'https://other.example/*'] }),
      },
      scripting: {
        getRegisteredContentScripts: async () => [],
        registerContentScripts: async (scripts) => void registered.push(scripts[0]!.matches),
        updateContentScripts: async () => undefined,
        unregisterContentScripts: async () => undefined,
        executeScript: async () => undefined,
      },
      tabs: { query: async () => [] },
    };
    expect(await syncLiveReader(readerApiUnderPolicy(api, policy))).toEqual([
      'https://chat.clinic.example/*',
    ]);
    expect(registered).toEqual([['https://chat.clinic.example/*']]);
  });

  test('the policy read last is kept for the next browser start, in the extension’s own IndexedDB', async () => {
    const name = `attune-policy-cache-test-${globalThis.crypto.randomUUID()}`;
    expect(await loadCachedPolicy(name)).toBeUndefined();
    await saveCachedPolicy({ allowedSites: ['https://chat.clinic.example'] }, name);
    const last = parsePolicy(await loadCachedPolicy(name));
    expect(allowedMatchPatterns(last, ['https://chat.clinic.example/*', 'https://other.example/*'])).toEqual([
      'https://chat.clinic.example/*',
    ]);
  });
});

describe('what the pages apply', () => {
  test('inline marks stay off until the policy is known, and while it forbids them', () => {
    const on = { ...DEFAULT_HINT_SETTINGS, inlineMarks: true };
    expect(hintSettingsUnderPolicy(on, null).inlineMarks).toBe(false);
    expect(hintSettingsUnderPolicy(on, NO_POLICY).inlineMarks).toBe(true);
    expect(hintSettingsUnderPolicy(on, parsePolicy({ inlineMarksAllowed: false })).inlineMarks).toBe(false);
    // A counselor who turned them off keeps them off whatever the policy.
    expect(hintSettingsUnderPolicy({ ...on, inlineMarks: false }, NO_POLICY).inlineMarks).toBe(false);
  });

  test('a log kept longer than the policy allows is cut to it before retention runs', async () => {
    const log = await openTestLog();
    await log.setRetentionDays(90);
    expect(await applyRetentionPolicy(log, NO_POLICY)).toBe(90);
    expect(await applyRetentionPolicy(log, parsePolicy({ maxRetentionDays: 30 }))).toBe(30);
    expect((await log.getSettings()).retentionDays).toBe(30);
    // Shorter already: left as the counselor chose.
    await log.setRetentionDays(7);
    expect(await applyRetentionPolicy(log, parsePolicy({ maxRetentionDays: 30 }))).toBe(7);
    // An invalid maximum changes nothing.
    expect(await applyRetentionPolicy(log, parsePolicy({ maxRetentionDays: 0 }))).toBe(7);
    log.close();
  });
});
