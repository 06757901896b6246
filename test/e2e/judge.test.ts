import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { accessibilityProblems, launchWithExtension, screenshot, type LoadedExtension } from './browser';
import { sendAndAwaitClientTurn } from './practice-chat';

/**
 * The model tier in real Chromium. With `--enable-unsafe-webgpu` Chromium offers a software
 * (SwiftShader) WebGPU adapter and these machines have no internet: the real WebLLM engine starts
 * in its worker, the panel detects the adapter, and asking for a model fails cleanly and visibly
 * at the network. The CSP is checked by a fetch to a host it does not allow. The demo engine
 * (`?engine=demo`) then shows the whole verdict path in the panel.
 */
declare const chrome: typeof Browser;

let extension: LoadedExtension;

beforeAll(async () => {
  extension = await launchWithExtension({ webgpu: true });
});

afterAll(async () => {
  await extension?.close();
});

describe('on-device model in Chromium', () => {
  test('detects the WebGPU adapter, asks before downloading, and fails visibly when the model host is unreachable', async () => {
    const panel = await extension.open('sidepanel.html');
    const manager = panel.locator('.model-manager');
    // Opening the panel does not start the model's worker (6 MB of WebLLM): only the manager does.
    await panel.locator('.model-manager > details > summary').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(panel.workers()).toHaveLength(0);
    await manager.locator(':scope > details > summary').click();
    await expect.poll(() => panel.workers().length, { timeout: 10_000 }).toBe(1);
    // SwiftShader: WebGPU without shader-f16, a software adapter, so the instant tier is recommended.
    await expect.poll(() => manager.innerText(), { timeout: 15_000 }).toMatch(/WebGPU: .*no shader-f16/);
    expect(await manager.innerText()).toMatch(/software/);

    await manager.locator('#model-select').selectOption('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    await manager.getByRole('button', { name: /Download and load/ }).click();
    // Nothing is fetched before the counselor agrees to the stated size.
    const confirm = manager.getByRole('alertdialog');
    await expect.poll(() => confirm.innerText()).toMatch(/about 775 MB.*huggingface\.co/s);
    await manager.getByRole('button', { name: /^Download about/ }).click();

    const failure = manager.getByRole('alert');
    await failure.waitFor({ timeout: 60_000 });
    expect(await failure.innerText()).toMatch(/reach|network|connection/i);
    expect(await failure.innerText()).toMatch(/instant hints carry on/i);
    await screenshot(panel, 'model-unreachable.png');
    expect(await accessibilityProblems(panel)).toEqual([]);

    // A weights server this build's CSP does not allow is refused when set, with the reason. The
    // setting is IT's, folded away from the counselor.
    await manager.getByText('For your IT / clinic policy').click();
    await manager.locator('#weights-url').fill('https://models.clinic.example/mlc/');
    await manager.getByRole('button', { name: 'Save source' }).click();
    await expect
      .poll(() => manager.locator('.source-setting [role=alert]').innerText())
      .toMatch(/may only download from the hosts it was built for; models\.clinic\.example/);
    await panel.close();
  });

  test('the CSP blocks extension pages from connecting to any host it does not name', async () => {
    const panel = await extension.open('sidepanel.html');
    const outcome = await panel.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
      const result = await fetch('https://example.org/collect', { method: 'POST', body: 'transcript' }).then(
        () => 'sent',
        (error: unknown) => `blocked: ${String(error)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { result, violations };
    });
    expect(outcome.result).toMatch(/^blocked/);
    expect(outcome.violations).toEqual(['https://example.org/collect']);
    await panel.close();
  });

  test('demo engine: the verdict appears after the instant hints, marked as the model’s, with its evidence', async () => {
    const panel = await extension.open('sidepanel.html?engine=demo');
    const manager = panel.locator('.model-manager');
    await manager.locator(':scope > details > summary').click();
    await manager.getByRole('button', { name: /Download and load/ }).click();
    await manager.getByRole('button', { name: /^Download about/ }).click();
    await expect
      .poll(() => manager.locator(':scope > details > summary').innerText(), { timeout: 10_000 })
      .toMatch(/demo engine on/);

    await panel.locator('#client-text').fill("It's not that big a deal. Everyone drinks on weekends.");
    await panel.locator('#draft-text').fill('You need to cut down, it is hurting your health.');
    // The instant hints first; then the model's reading, labelled as such.
    await panel.locator('.hints > li').first().waitFor({ timeout: 5_000 });
    const judge = panel.locator('section.judge');
    await expect
      .poll(() => judge.innerText(), { timeout: 10_000 })
      .toMatch(/From the demo engine \(scripted, not a model\), on this computer/);
    // The ratings are folded under the verdict's summary and suggestion.
    await judge.getByText('Ratings and evidence').click();
    const text = await judge.innerText();
    expect(text).toMatch(/Leaves the choice to the client\s*0/);
    expect(text).toMatch(/Minimizing/i);
    // The quotes are the client's and the draft's own words (the parser drops any that are not).
    // Each quote is marked inside the message it comes from.
    const quotes = await judge
      .locator('.evidence mark')
      .evaluateAll((marks) => marks.map((m) => `“${m.firstChild?.textContent ?? ''}”`));
    expect(quotes).toContainEqual(expect.stringMatching(/not that big a deal/));
    for (const quote of quotes) {
      const words = quote.replace(/^“|”$/g, '');
      expect(
        "It's not that big a deal. Everyone drinks on weekends.".includes(words) ||
          'You need to cut down, it is hurting your health.'.includes(words),
      ).toBe(true);
    }
    await screenshot(panel, 'model-verdict-demo.png');
    expect(await accessibilityProblems(panel)).toEqual([]);
    await panel.close();
  });

  test('the benchmark page runs the 20 excerpts end to end on the demo engine and exports the figures as JSON', async () => {
    const page = await extension.open('judge-bench.html?engine=demo');
    await page.getByRole('button', { name: 'Run the benchmark' }).click();
    const summary = page.locator('.bench-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toMatch(/Complete verdict\s+p50 [\d.]+ s · p95 [\d.]+ s/);
    expect(await summary.innerText()).toMatch(/Valid JSON\s+100% \(valid verdicts 100%\)/);
    expect(await page.locator('.bench-runs tbody tr').count()).toBe(20);
    await screenshot(page, 'judge-bench-demo.png');
    expect(await accessibilityProblems(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    const report = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      format: string;
      engine: string;
      runs: unknown[];
      summary: { validJsonShare: number };
    };
    expect(report).toMatchObject({ format: 'attune-judge-bench', engine: expect.stringMatching(/demo/) });
    expect(report.runs).toHaveLength(20);
    expect(report.summary.validJsonShare).toBe(1);
    await page.close();
  });

  test('a sent reply is logged with both readings: the instant rules’ and the model’s', async () => {
    const chat = await extension.open('practice.html?scenario=weekend-drinking&fast=1&seed=3');
    await chat.locator('[data-attune-message][data-role=client]').first().waitFor();
    const tabId = await chat.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    const panel = await extension.open(`sidepanel.html?tab=${tabId}&engine=demo`);
    const manager = panel.locator('.model-manager');
    await manager.locator(':scope > details > summary').click();
    await manager.getByRole('button', { name: /Download and load|Load for this shift/ }).click();
    const confirm = manager.getByRole('button', { name: /^Download about/ });
    if (await confirm.isVisible()) await confirm.click();
    await expect
      .poll(() => manager.locator(':scope > details > summary').innerText(), { timeout: 10_000 })
      .toMatch(/demo engine on/);
    await panel.getByLabel('Log this conversation').check();

    const reply = 'You need to stop drinking so much, it is a big deal.';
    const composer = chat.locator('textarea[data-attune-composer]');
    await composer.fill(reply);
    await expect
      .poll(() => panel.locator('section.judge').innerText(), { timeout: 10_000 })
      .toMatch(/From the demo engine/);
    await sendAndAwaitClientTurn(chat);
    await expect
      .poll(() => panel.locator('.session-log-status').innerText(), { timeout: 10_000 })
      .toMatch(/Logging on/);

    const review = await extension.open('review.html');
    await review.locator('.session-row').first().click();
    const sent = review.locator('.timeline > li').filter({ hasText: reply });
    // textContent: turns far from view are not rendered (content-visibility), so innerText is empty.
    const textOf = async () => ((await sent.textContent()) ?? '').replace(/\s+/g, ' ');
    await expect.poll(textOf, { timeout: 10_000 }).toMatch(/Model's reading \(demo-engine\)/);
    const text = await textOf();
    // The instant rules' levels and the model's, side by side.
    expect(text).toMatch(/Leaves the choice to the client: not yet/);
    expect(text).toMatch(/Model's reading \(demo-engine\):.*Leaves the choice to the client: not yet/);
    await chat.close();
    await panel.close();
    await review.close();
  });
});
