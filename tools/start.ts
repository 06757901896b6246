/**
 * `npm start`: after `wxt build`, opens Chromium with the built extension loaded, in a throwaway
 * profile, on the practice chat, with the side panel beside it in a pop-out window bound to that
 * tab (`sidepanel.html?tab=<id>`). The manifest's `key` fixes the extension id, so the addresses
 * are known in advance.
 *
 * The browser is started through playwright-core rather than with the address on its command
 * line: Chromium opens command-line addresses before it has loaded the extension, and the page
 * comes up "blocked". Here the page opens once the extension's service worker runs.
 *
 * CHROMIUM_PATH picks another Chromium. ATTUNE_HEADLESS=1 opens the page without a window, checks
 * that it rendered, and exits (a smoke test of the command on machines without a display).
 * Branded Google Chrome ignores --load-extension since version 137: use Chromium, or load
 * .output/chrome-mv3 by hand (see docs/building.md).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { extensionIdFromKey } from './extension-id';

const build = resolve('.output/chrome-mv3');
const manifestPath = join(build, 'manifest.json');
if (!existsSync(manifestPath))
  fail(`No build in ${build}. Run "npm start" (it builds first) or "npx wxt build".`);

const { key } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { key?: string };
if (!key) fail(`${manifestPath} has no "key", so the extension id is not fixed. See wxt.config.ts.`);
const id = extensionIdFromKey(key);
const url = `chrome-extension://${id}/practice.html`;

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const executablePath = candidates.find((path): path is string => !!path && existsSync(path));
if (!executablePath) {
  fail(
    'No Chromium found. On Debian or Ubuntu: sudo apt-get install chromium (or set CHROMIUM_PATH).\n' +
      `Or load ${build} by hand at chrome://extensions (Developer mode, Load unpacked) and open ${url}`,
  );
}

const headless = process.env.ATTUNE_HEADLESS === '1';
const profile = mkdtempSync(join(tmpdir(), 'attune-start-'));
/** Chromium may still be flushing the profile as it goes; a leftover temp folder is harmless. */
function cleanUp() {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    console.warn(`Attune: left the temporary profile ${profile} behind`);
  }
}

try {
  const context = await chromium.launchPersistentContext(profile, {
    headless,
    executablePath,
    viewport: null,
    ignoreDefaultArgs: ['--enable-automation'],
    args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run'],
  });
  // The user closed the browser window (or pressed Ctrl+C, which Playwright turns into a close).
  context.on('close', () => {
    if (headless) return;
    cleanUp();
    process.exit(0);
  });

  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  if (new URL(worker.url()).host !== id)
    fail(`the extension loaded with id ${new URL(worker.url()).host}, not ${id}`);

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const heading = await page.locator('h1').textContent({ timeout: 10_000 });
  // The side panel can only be opened by a click on the toolbar button; a pop-out window bound to
  // the practice tab shows the same panel without one.
  const tabId = await page.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } } }
    ).chrome;
    return (await api.tabs.getCurrent())?.id;
  });
  const panelUrl = `chrome-extension://${id}/sidepanel.html?tab=${tabId}`;
  const [panel] = await Promise.all([
    context.waitForEvent('page', { timeout: 10_000 }),
    page.evaluate((u) => void window.open(u, 'attune-panel', 'popup,width=440,height=900'), panelUrl),
  ]);
  await panel.locator('h1').waitFor({ timeout: 10_000 });
  const opened = `Attune: the practice chat (${url}, heading "${heading}") opened in ${executablePath}, with the panel beside it.`;
  if (headless) {
    await context.close();
    cleanUp();
    // Nothing is left running: say what was checked, not how to stop it.
    console.log(`${opened} Checked headless, and the browser is closed again.`);
  } else {
    console.log(`${opened} Close the browser to stop.`);
  }
} catch (error) {
  cleanUp();
  const message = error instanceof Error ? error.message : String(error);
  fail(
    `Could not open the side panel in ${executablePath}: ${message.split('\n')[0]}\n` +
      (/display|X server|ozone/i.test(message) ? 'No display here? Try ATTUNE_HEADLESS=1 npm start.' : ''),
  );
}

function fail(message: string): never {
  console.error(`Attune: ${message}`);
  process.exit(1);
}
