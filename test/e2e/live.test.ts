import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  accessibilityProblems,
  launchWithExtension,
  serveFixtures,
  type FixtureServer,
  openPanelFor,
  screenshot,
  waitForLiveReader,
  type LoadedExtension,
} from './browser';

/**
 * Live hints on real chat pages: saved platform fixtures served from 127.0.0.1 (the e2e build is
 * pre-granted that host), read by the registered content script, assessed in the side panel
 * opened as `sidepanel.html?tab=<id>`, and a suggestion inserted into the page's own editor.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

let extension: LoadedExtension;
let server: FixtureServer;
let base: string;

beforeAll(async () => {
  server = await serveFixtures(FIXTURES);
  base = server.base;
  extension = await launchWithExtension();
  // The background registers the live reader for granted hosts on start-up; wait until it has.
  await waitForLiveReader(extension);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** Opens a fixture as a chat tab and the panel bound to it. */
async function openChat(platform: string): Promise<{ chat: Page; panel: Page }> {
  const chat = await extension.context.newPage();
  await chat.goto(`${base}/${platform}/conversation`);
  const panel = await openPanelFor(extension, chat);
  return { chat, panel };
}

const PLATFORMS = [
  { id: 'rocketchat', name: 'Rocket.Chat', composer: 'textarea[name=msg]' },
  { id: 'mattermost', name: 'Mattermost', composer: '#post_textbox' },
  { id: 'chatwoot', name: 'Chatwoot', composer: '.reply-box .ProseMirror' },
];

describe.each(PLATFORMS)('$name', ({ id, composer }) => {
  test('reads the conversation, gives hints on the draft typed in the page, and inserts a suggestion', async () => {
    const { chat, panel } = await openChat(id);
    await expect
      .poll(() => panel.locator('.live-status').innerText(), { timeout: 10_000 })
      .toMatch(/reply box found · \d+ messages: \d+ from the client, \d+ from you/);

    // Type a draft as a counselor would, in the page's own editor.
    const editor = chat.locator(composer);
    await editor.click();
    await chat.keyboard.press('ControlOrMeta+A');
    await chat.keyboard.press('Backspace');
    const draft = 'You need to stop. Be honest with yourself.';
    await chat.keyboard.type(draft);

    // The reading of the whole draft, not of one typed while the keys were still arriving.
    await panel.locator(`.feedback[data-draft-chars="${draft.length}"]`).waitFor({ timeout: 10_000 });
    const hint = panel.locator('.hints > li').filter({ hasText: 'Ask before advising' });
    await hint.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => hint.locator('.quote .quoted').allInnerTexts(), { timeout: 10_000 })
      .toContain('“You need to stop.”');
    await screenshot(panel, `live-${id}.png`);
    expect(await accessibilityProblems(panel)).toEqual([]);

    // Insert: the page's editor gets exactly the suggestion, after what was typed.
    const suggestion = (await hint.locator('.try .quoted').innerText()).replace(/^“|”$/g, '');
    await hint.getByRole('button', { name: 'Insert into reply' }).click();
    const read = () =>
      editor.evaluate((el) =>
        'value' in el ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText,
      );
    await expect.poll(read, { timeout: 5_000 }).toBe(`${draft} ${suggestion}`);
    await chat.close();
    await panel.close();
  });
});
