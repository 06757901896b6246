import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './browser';

/**
 * Issue 13's CSP, on what WXT built (npm run test:e2e builds the default Chrome and Firefox
 * builds and the offline Chrome build, `wxt build --mode offline`): every extension page starts
 * from `default-src 'none'`; the offline build names no host at all. Then in Chromium: each page
 * loads without a single violation (it needs nothing the policy leaves out), and an image, a
 * stylesheet or a frame from another host is refused.
 */

type Manifest = { content_security_policy?: string | { extension_pages?: string } };

function csp(dir: string): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(resolve('.output', dir, 'manifest.json'), 'utf8')) as Manifest;
  const policy =
    typeof manifest.content_security_policy === 'string'
      ? manifest.content_security_policy
      : (manifest.content_security_policy?.extension_pages ?? '');
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe.each(['chrome-mv3', 'firefox-mv2', 'chrome-mv3-offline'])('%s manifest', (dir) => {
  test('allows nothing by default, then only what the pages use', () => {
    const policy = csp(dir);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const name of ['img-src', 'font-src', 'media-src', 'frame-src', 'worker-src', 'child-src']) {
      expect(policy.has(name), name).toBe(false);
    }
    const hosts = [...policy.values()].flat().filter((source) => /:\/\/|^\*|^https?:$/.test(source));
    if (dir.endsWith('-offline')) {
      // The offline build: the extension itself and nothing else, anywhere in the policy.
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(hosts).toEqual([]);
    } else {
      expect(hosts).toEqual(['https://huggingface.co', 'https://*.hf.co', 'https://*.huggingface.co']);
    }
  });
});

test('the offline build exists and is a whole extension', () => {
  expect(existsSync(resolve('.output/chrome-mv3-offline/sidepanel.html'))).toBe(true);
  expect(existsSync(resolve('.output/chrome-mv3-offline/content-scripts/content.js'))).toBe(true);
});

describe('in Chromium', () => {
  let extension: LoadedExtension;

  beforeAll(async () => {
    extension = await launchWithExtension();
  });

  afterAll(async () => {
    await extension?.close();
  });

  /** Opens an extension page, collecting every CSP violation the browser reports for it. */
  async function openWatched(path: string): Promise<{ page: Page; violations: string[] }> {
    const page = await extension.context.newPage();
    const violations: string[] = [];
    const cdp = await extension.context.newCDPSession(page);
    cdp.on('Log.entryAdded', ({ entry }: { entry: { source: string; text: string } }) => {
      if (/Content Security Policy/i.test(entry.text)) violations.push(entry.text);
    });
    cdp.on('Runtime.consoleAPICalled', (event: { args: { value?: unknown }[] }) => {
      const text = event.args.map((a) => String(a.value)).join(' ');
      if (/Content Security Policy/i.test(text)) violations.push(text);
    });
    await cdp.send('Log.enable');
    await cdp.send('Runtime.enable');
    await page.goto(`chrome-extension://${extension.id}/${path}`);
    await page.waitForLoadState('load');
    return { page, violations };
  }

  test.each(['sidepanel.html', 'review.html', 'practice.html', 'judge-bench.html'])(
    '%s loads with no violation',
    async (path) => {
      const { page, violations } = await openWatched(path);
      await page.waitForTimeout(1_500);
      expect(violations).toEqual([]);
      await page.close();
    },
  );

  test('an image, a stylesheet and a frame from another host are refused', async () => {
    const { page } = await openWatched('sidepanel.html');
    const refused = await page.evaluate(async () => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.effectiveDirective));
      const img = document.createElement('img');
      img.src = 'https://example.org/pixel.png';
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'https://example.org/style.css';
      const frame = document.createElement('iframe');
      frame.src = 'https://example.org/';
      document.body.append(img, link, frame);
      await new Promise((done) => setTimeout(done, 500));
      return blocked.sort();
    });
    expect(refused).toEqual(['frame-src', 'img-src', 'style-src-elem']);
    await page.close();
  });

  test.each(['review.html', 'practice.html'])(
    '%s, which loads no model, cannot reach the model host either',
    async (path) => {
      const { page } = await openWatched(path);
      const outcome = await page.evaluate(async () => {
        const blocked: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.blockedURI));
        const result = await fetch('https://huggingface.co/mlc-ai/').then(
          () => 'sent',
          () => 'blocked',
        );
        await new Promise((done) => setTimeout(done, 100));
        return { result, blocked };
      });
      expect(outcome).toEqual({ result: 'blocked', blocked: ['https://huggingface.co/mlc-ai/'] });
      await page.close();
    },
  );
});
