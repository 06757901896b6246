import { generateKeyPairSync } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { extensionIdFromKey } from '../../tools/extension-id';
import {
  CHROME_BUILD,
  CHROMIUM,
  QUIET_CHROMIUM_ARGS,
  loadExtensionArgs,
  type FixtureServer,
  type LoadedExtension,
  openPanelFor,
  screenshot,
  serveFixtures,
  waitForLiveReader,
} from './browser';

declare const chrome: typeof Browser;

/**
 * Clinic policy end to end, with a real Chromium policy file. Chromium on Linux reads machine
 * policy from /etc/chromium/policies/managed/*.json at start, and hands an extension the values
 * under `3rdparty.extensions.<its id>` through `storage.managed`, validated by the extension's
 * `managed_schema`. Writing there needs root (these machines run the tests as root).
 *
 * The policy is machine-wide, so the test never writes one for Attune's own id: other browser
 * tests may be running at the same time. It copies the e2e build, gives the copy a fresh key (so a
 * fresh id), writes a policy for that id only, and removes the file when done. Two policies, one
 * browser each: what a locked-down clinic sees, and encryption required.
 */

const POLICY_DIR = process.env.ATTUNE_POLICY_DIR ?? '/etc/chromium/policies/managed';
const OTHER_HOST = 'other-clinic.test';

interface PolicyBrowser extends LoadedExtension {
  /** What the extension reads from storage.managed. */
  managed(): Promise<Record<string, unknown>>;
}

let copy: { dir: string; id: string } | undefined;
let createdDir: string | undefined;
const policyFiles = new Set<string>();
// A crashed run must not leave a policy behind for the next browser on this machine.
process.on('exit', () => policyFiles.forEach((file) => rmSync(file, { force: true })));

/** The e2e build under a fresh id: a new RSA key in the manifest. */
async function buildCopy(): Promise<{ dir: string; id: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'attune-policy-build-'));
  await cp(CHROME_BUILD, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  // Also granted a second test host, which no policy below allows: granted is not enough.
  const hosts = [...(manifest.host_permissions ?? []), `http://${OTHER_HOST}/*`];
  await writeFile(manifestPath, JSON.stringify({ ...manifest, host_permissions: hosts, key }));
  return { dir, id: extensionIdFromKey(key) };
}

async function launchWithPolicy(policy: Record<string, unknown>): Promise<PolicyBrowser> {
  copy ??= await buildCopy();
  const { dir, id } = copy;
  if (!existsSync(POLICY_DIR)) {
    createdDir = await mkdir(POLICY_DIR, { recursive: true }).catch((error: unknown) => {
      throw new Error(
        `cannot create ${POLICY_DIR} (${String(error)}): Chromium reads machine policy only from there; run the browser tests as root`,
      );
    });
  }
  const file = join(POLICY_DIR, `attune-e2e-${id}.json`);
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  policyFiles.add(file);
  const profile = await mkdtemp(join(tmpdir(), 'attune-policy-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: { width: 400, height: 900 },
    args: [
      ...loadExtensionArgs(dir),
      '--disable-gpu',
      ...QUIET_CHROMIUM_ARGS,
      // A second name for the loopback test server, one no policy and no grant covers.
      `--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  expect(new URL(worker.url()).host).toBe(id);
  return {
    context,
    id,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    managed: () => worker.evaluate(() => chrome.storage.managed.get()),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      await rm(file, { force: true });
      policyFiles.delete(file);
    },
  };
}

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures('test/fixtures');
});

afterAll(async () => {
  await server?.close();
  if (copy) await rm(copy.dir, { recursive: true, force: true });
  // The folders this test made, innermost first, if nothing else was put there meanwhile.
  for (let dir = POLICY_DIR; createdDir && dir.length >= createdDir.length; dir = dirname(dir)) {
    await rmdir(dir).catch(() => undefined);
  }
});

/** The panel bound to a page, once it says what it makes of it. */
async function panelFor(extension: LoadedExtension, url: string, expected: RegExp): Promise<Page> {
  const chat = await extension.context.newPage();
  await chat.goto(url);
  const panel = await openPanelFor(extension, chat);
  await expect.poll(() => panel.locator('.live-status').innerText(), { timeout: 10_000 }).toMatch(expected);
  return panel;
}

describe('a locked-down clinic', () => {
  let extension: PolicyBrowser;
  beforeAll(async () => {
    extension = await launchWithPolicy({
      allowedSites: ['http://127.0.0.1'],
      modelSource: { weightsBaseUrl: 'http://models.clinic.example/mlc/' },
      publicModelDownloadsAllowed: false,
      loggingAllowed: false,
      // The wrong JSON type: Chrome drops it against the schema, so Attune never sees it (docs/clinic-it.md).
      encryptionRequired: 'yes',
      maxRetentionDays: 14,
      idleLockMinutes: 12,
      exportEncryptionRequired: true,
      exportRedactionRequired: true,
      inlineMarksAllowed: false,
    });
  });
  afterAll(() => extension?.close());

  test('Chromium hands the policy to storage.managed, minus what the schema refuses', async () => {
    expect(await extension.managed()).toEqual({
      allowedSites: ['http://127.0.0.1'],
      modelSource: { weightsBaseUrl: 'http://models.clinic.example/mlc/' },
      publicModelDownloadsAllowed: false,
      loggingAllowed: false,
      maxRetentionDays: 14,
      idleLockMinutes: 12,
      exportEncryptionRequired: true,
      exportRedactionRequired: true,
      inlineMarksAllowed: false,
    });
  });

  test('the panel on an allowed site: logging and marks off and fixed, the invalid model source blocked', async () => {
    await waitForLiveReader(extension);
    const panel = await panelFor(extension, `${server.base}/rocketchat/conversation`, /reply box found/);
    // The reader is registered for the granted site the policy allows.
    expect(
      await panel.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches),
    ).toEqual(['http://127.0.0.1/*']);

    const log = panel.locator('.session-log');
    await expect.poll(() => log.innerText()).toContain('Session logging is turned off by your organization.');
    expect(await panel.getByLabel('Log this conversation').isDisabled()).toBe(true);
    expect(await panel.getByLabel(/Log every conversation/).isChecked()).toBe(false);
    expect(await panel.getByLabel(/Mark the client/).isDisabled()).toBe(true);
    expect(await panel.getByLabel(/Mark the client/).isChecked()).toBe(false);

    const model = panel.locator('.model-manager');
    await expect
      .poll(() => model.locator('[role=alert]').first().innerText())
      .toMatch(/^Blocked by policy: invalid model source \(.*https/);
    expect(await model.innerText()).not.toMatch(/set by/i);
    expect(await model.innerText()).not.toContain('huggingface.co');
    expect(await model.getByRole('button', { name: /Download/ }).count()).toBe(0);

    const summary = panel.locator('.policy-summary');
    expect(await summary.innerText()).toContain('Session logging not allowed.');
    expect(await summary.innerText()).toContain('Sites Attune may read: http://127.0.0.1.');
    await summary.locator('summary').click();
    await screenshot(panel, 'policy-panel-locked-down.png');
  });

  test('a granted site outside the allowed ones gets no reader, and the panel says why', async () => {
    // The same test server under another name: granted to this copy of the build, not in the policy.
    const panel = await panelFor(
      extension,
      `${server.base.replace('127.0.0.1', OTHER_HOST)}/rocketchat/conversation`,
      /Your organization does not allow Attune to read chats on this site/,
    );
    expect(await panel.getByRole('button', { name: 'Read chats on this site' }).count()).toBe(0);
    expect(
      await panel.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches),
    ).toEqual(['http://127.0.0.1/*']);
  });

  test('the review page: retention at most 14 days, exports encrypted and redacted', async () => {
    const review = await extension.open('review.html');
    await review.locator('#retention-days').waitFor({ state: 'attached' });
    expect(await review.locator('#retention-days').getAttribute('max')).toBe('14');
    await expect.poll(() => review.locator('#retention-days').inputValue()).toBe('14');
    await review.locator('.share summary').click();
    const exportButton = review.getByRole('button', { name: /^Export/ });
    expect(await exportButton.isDisabled()).toBe(true);
    expect(await review.getByLabel(/Replace names/).isChecked()).toBe(true);
    expect(await review.getByLabel(/Replace names/).isDisabled()).toBe(true);
    expect(await review.locator('.policy-summary').innerText()).toContain(
      'Sessions are kept at most 14 days.',
    );
  });
});

describe('a clinic that requires an encrypted log', () => {
  let extension: PolicyBrowser;
  beforeAll(async () => {
    extension = await launchWithPolicy({
      allowedSites: ['https://chat.clinic.example'],
      encryptionRequired: true,
      publicModelDownloadsAllowed: false,
    });
  });
  afterAll(() => extension?.close());

  test('nothing is logged until the log is encrypted; then logging goes on', async () => {
    const chat = await extension.open('practice.html?scenario=weekend-drinking&fast=1&seed=3');
    await chat.locator('[data-attune-message][data-role=client]').first().waitFor();
    const tabId = await chat.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    const panel = await extension.open(`sidepanel.html?tab=${tabId}`);
    await expect
      .poll(() => panel.locator('.live-status').innerText(), { timeout: 10_000 })
      .toMatch(/reply box found/);
    // The public hub is off, and this build names no other host: the model tier says so.
    await expect
      .poll(() => panel.locator('.model-manager [role=alert]').first().innerText())
      .toMatch(/public hub is turned off by your organization/);

    const status = panel.locator('.session-log-status');
    await panel.getByLabel('Log this conversation').check();
    await expect
      .poll(() => status.innerText(), { timeout: 10_000 })
      .toMatch(/requires an encrypted session log: nothing is stored/);

    const review = await extension.open('review.html');
    await expect
      .poll(() => review.locator('.policy-notice').innerText())
      .toMatch(/requires the session log to be encrypted/);
    expect((await review.locator('.session-row').count()) === 0).toBe(true);
    const passphrase = 'a clinic passphrase';
    await review.locator('#new-passphrase').fill(passphrase);
    await review.locator('#repeat-passphrase').fill(passphrase);
    await review.getByRole('button', { name: 'Encrypt the log' }).click();
    await expect
      .poll(() => review.locator('.settings').textContent(), { timeout: 20_000 })
      .toContain('The log is encrypted');
    expect(await review.locator('.policy-notice').count()).toBe(0);

    // The next thing the panel sees finds the log encrypted: it asks for the passphrase, then logs.
    await chat.locator('textarea[data-attune-composer]').fill('It sounds like the weekends matter to you.');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/locked/);
    await panel.locator('#session-log-passphrase').fill(passphrase);
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await expect
      .poll(() => status.innerText(), { timeout: 20_000 })
      .toMatch(/Logging on · [1-9]\d* turns? stored/);
  });

  test('the site list leaves 127.0.0.1 out: no reader is registered and the panel says why', async () => {
    await panelFor(
      extension,
      `${server.base}/rocketchat/conversation`,
      /does not allow Attune to read chats on this site/,
    );
    const probe = await extension.open('sidepanel.html');
    expect(await probe.evaluate(async () => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  });
});
