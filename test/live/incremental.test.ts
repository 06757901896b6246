// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { createGenericAdapter } from '../../lib/adapters/fallback/generic';
import { adapterFromConfig } from '../../lib/adapters/fallback/configured';
import type { SiteAdapter } from '../../lib/adapters/types';
import { ReadMemo, readingWith } from '../../lib/live/read-memo';
import { startLiveReader } from '../../lib/live/reader';
import { applyUpdate, newSnapshotState, snapshotUpdate, takeSnapshot } from '../../lib/live/snapshot';
import type { PageSnapshot, PageUpdate } from '../../models';
import { fixtureNames, loadFixture } from '../adapters/fixtures';

// Each test reads long fixtures many times over: generous, for a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

/**
 * Incremental reading gives exactly what reading everything gives: the memo (lib/live/read-memo.ts)
 * after each kind of page change, `readComposer` next to `parse`, and the updates the reader sends
 * next to the snapshots they stand for.
 */

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const everyAdapter: SiteAdapter[] = [
  ...adapters,
  createGenericAdapter(),
  adapterFromConfig({
    origin: 'https://chat.example',
    composer: '#reply',
    list: '[role="log"]',
    message: '.msg',
    own: { selector: '.msg--me' },
    createdAt: 1,
  }),
];
const pages = [...adapters.map((a) => a.id), 'unknown'].flatMap((id) =>
  fixtureNames(id).map((name) => [id, name] as const),
);

describe('every adapter on every fixture', () => {
  test.each(pages)(
    '%s/%s: readComposer finds what parse finds; a remembered parse equals a fresh one',
    (id, name) => {
      const doc = loadFixture(id, name);
      for (const adapter of everyAdapter) {
        let fresh;
        try {
          fresh = adapter.parse(doc);
        } catch {
          continue; // not this adapter's page
        }
        const composer = adapter.readComposer?.(doc);
        expect(composer, `${adapter.id}: readComposer`).toBeDefined();
        expect(composer!.composer, adapter.id).toBe(fresh.composer);
        expect(composer!.draft, adapter.id).toBe(fresh.draft);
        const memo = new ReadMemo();
        const first = readingWith(memo, () => adapter.parse(doc));
        const again = readingWith(memo, () => adapter.parse(doc));
        expect(first, adapter.id).toEqual(fresh);
        expect(again, adapter.id).toEqual(fresh);
      }
    },
  );
});

/** The fixture in the test's own document, where MutationObserver reports changes. */
function show(id: string, name: string): void {
  const page = loadFixture(id, name);
  document.head.innerHTML = page.head.innerHTML;
  document.body.innerHTML = page.body.innerHTML;
}

/** A memo fed by the document's changes, as the reader's is. */
function watchedMemo(): { memo: ReadMemo; parse: (adapter: SiteAdapter) => unknown } {
  const memo = new ReadMemo();
  const observer = new MutationObserver((records) => memo.note(records));
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  return {
    memo,
    parse: (adapter) => {
      memo.note(observer.takeRecords());
      return readingWith(memo, () => adapter.parse(document));
    },
  };
}

const mattermost = adapters.find((a) => a.id === 'mattermost')!;
const chatwoot = adapters.find((a) => a.id === 'chatwoot')!;
const posts = () => Array.from(document.querySelectorAll<HTMLElement>('div.post[id^="post_"]'));

describe('the memo forgets exactly what a change can affect', () => {
  test.each<[string, () => void]>([
    [
      'a new message',
      () => {
        const copy = posts().at(-1)!.cloneNode(true) as HTMLElement;
        copy.id = 'post_new1';
        copy.querySelector('.post-message__text')!.textContent = 'honestly i just want it to stop';
        posts().at(-1)!.after(copy);
      },
    ],
    ['a message edited', () => (posts()[2]!.querySelector('.post-message__text p')!.textContent = 'edited')],
    [
      'text changed in place',
      () => {
        const text = posts()[3]!.querySelector('.post-message__text p')!.firstChild as Text;
        text.data = 'changed in place';
      },
    ],
    ['a message removed', () => posts()[1]!.remove()],
    ['a message changes author', () => posts()[0]!.classList.toggle('current--user')],
    [
      'part of a message hidden',
      () => posts()[4]!.querySelector('.post-message__text p')!.setAttribute('hidden', ''),
    ],
    [
      'a stylesheet hides text',
      () => {
        const style = document.createElement('style');
        style.textContent = '.post-message__text p:first-child { display: none }';
        document.head.append(style);
      },
    ],
    [
      'a style around the list hides its text',
      () => (document.querySelector<HTMLElement>('#postListContent')!.style.visibility = 'hidden'),
    ],
    [
      'a message rendered again (same text, new elements)',
      () => {
        const post = posts()[5]!;
        post.replaceWith(post.cloneNode(true));
      },
    ],
  ])('%s', (_, change) => {
    show('mattermost', 'long.html');
    const { parse } = watchedMemo();
    expect(parse(mattermost)).toEqual(mattermost.parse(document));
    // Read twice: the second read is the one that finds everything remembered.
    expect(parse(mattermost)).toEqual(mattermost.parse(document));
    change();
    expect(parse(mattermost)).toEqual(mattermost.parse(document));
  });

  test('typing leaves the page lookups alone; a change outside the editor drops them', () => {
    show('chatwoot', 'private-note.html');
    const { memo, parse } = watchedMemo();
    parse(chatwoot);
    memo.takeChatChanged();
    const editor =
      chatwoot.readComposer!(document).composer ??
      document.querySelector('.reply-box textarea, .ProseMirror');
    // Typing in a rich editor changes the DOM inside it only.
    if (editor?.isContentEditable) editor.append('more');
    memo.note([]);
    expect(memo.takeChatChanged()).toBe(false);
    // Switching the box between reply and private note is a change outside the editor.
    document.querySelector('.reply-box')!.classList.toggle('is-private');
    expect(parse(chatwoot)).toEqual(chatwoot.parse(document));
    expect(memo.takeChatChanged()).toBe(true);
    expect(readingWith(memo, () => chatwoot.readComposer!(document))).toEqual(
      chatwoot.readComposer!(document),
    );
  });
});

describe('updates instead of snapshots', () => {
  const message = (id: string, text = id) => ({ id, role: 'client' as const, text });
  const snapshot = (messages: PageSnapshot['messages'], draft = ''): PageSnapshot => ({
    type: 'page-snapshot',
    adapter: 'mattermost',
    platform: 'Mattermost',
    url: 'https://chat.example/x',
    messages,
    draft,
    health: { composerFound: true, messages: messages.length, client: messages.length, counselor: 0 },
    at: 1,
  });

  test.each<[string, string[], string[]]>([
    ['a keystroke keeps every message', ['a', 'b', 'c'], ['a', 'b', 'c']],
    ['a new message is added', ['a', 'b', 'c'], ['a', 'b', 'c', 'd']],
    ['the oldest leaves a capped or virtualized list', ['a', 'b', 'c'], ['b', 'c', 'd']],
    ['the last one is deleted', ['a', 'b', 'c'], ['a', 'b']],
    ['one in the middle is edited', ['a', 'b', 'c'], ['a', 'B', 'c']],
  ])('%s', (_, before, after) => {
    const last = snapshot(before.map((id) => message(id.toLowerCase(), id)));
    const next = {
      ...snapshot(
        after.map((id) => message(id.toLowerCase(), id)),
        'draft',
      ),
      at: 2,
    };
    const update = snapshotUpdate(last, next)!;
    expect(update).not.toBeNull();
    expect(applyUpdate(last, update)).toEqual({ ...next, at: 2 });
    // Only what changed travels.
    expect(update.added.length).toBeLessThanOrEqual(after.length);
  });

  test('a list with nothing in common, another page or another conversation is sent whole', () => {
    const last = snapshot([message('a'), message('b')]);
    expect(snapshotUpdate(last, snapshot([message('x')]))).toBeNull();
    expect(snapshotUpdate(last, { ...last, url: 'https://chat.example/y' })).toBeNull();
    expect(snapshotUpdate(last, { ...last, conversation: 'chat-2' })).toBeNull();
  });

  test('an update the panel cannot apply asks for a whole snapshot (null)', () => {
    const last = snapshot([message('a')]);
    const update = snapshotUpdate(
      snapshot([message('a'), message('b')]),
      snapshot([message('a'), message('b')]),
    )!;
    expect(applyUpdate(null, update)).toBeNull();
    expect(applyUpdate(last, update)).toBeNull();
    expect(applyUpdate({ ...last, url: 'https://elsewhere.example/' }, { ...update, keep: 0 })).toBeNull();
  });

  test('the reader sends what changed, and the panel ends up with what a whole read gives', async () => {
    show('mattermost', 'long.html');
    const controller = new AbortController();
    let panel: PageSnapshot | null = null;
    const updates: PageUpdate[] = [];
    const snapshots: PageSnapshot[] = [];
    startLiveReader({
      adapter: mattermost,
      root: document,
      url: () => 'https://chat.example/x',
      send: (s) => {
        snapshots.push(s);
        panel = s;
      },
      sendUpdate: (u) => {
        updates.push(u);
        panel = applyUpdate(panel, u);
      },
      signal: controller.signal,
      quietMs: 1,
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    const fresh = () => ({
      messages: takeSnapshot(mattermost, document, 'u', newSnapshotState()).messages,
      draft: takeSnapshot(mattermost, document, 'u', newSnapshotState()).draft,
    });
    const holds = () => ({ messages: panel!.messages, draft: panel!.draft });
    expect(snapshots).toHaveLength(1);

    const box = document.querySelector<HTMLTextAreaElement>('#post_textbox')!;
    for (const ch of 'It sounds') {
      box.value += ch;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
    }
    expect(holds()).toEqual(fresh());
    expect(updates.length).toBeGreaterThan(0);
    // Typing ships no message at all.
    expect(updates.every((u) => u.added.length === 0)).toBe(true);

    const copy = posts().at(-1)!.cloneNode(true) as HTMLElement;
    copy.id = 'post_fresh';
    copy.querySelector('.post-message__text')!.textContent = 'ok whatever';
    posts().at(-1)!.after(copy);
    await settle();
    expect(updates.at(-1)!.added.map((m) => m.text)).toEqual(['ok whatever']);
    expect(holds()).toEqual(fresh());

    posts()[0]!.remove();
    posts()[2]!.querySelector('.post-message__text p')!.textContent = 'changed my mind';
    await settle();
    expect(holds()).toEqual(fresh());
    // Still one whole snapshot: everything since went as updates.
    expect(snapshots).toHaveLength(1);
    controller.abort();
  });
});
