// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AdapterError, type SiteAdapter } from '../../lib/adapters/types';
import { startLiveReader } from '../../lib/live/reader';
import {
  LIVE_SCRIPT_FILE,
  LIVE_SCRIPT_ID,
  type LiveReaderApi,
  startReadingOpenTabs,
  startReadingTab,
  syncLiveReader,
} from '../../lib/live/registration';
import { claimFrame, readerStartedEvent } from '../../lib/live/takeover';
import type { PageSnapshot } from '../../models';

const ID = 'chkfoeccgldnceaoellhbhicpeccockl';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the newest reader in a frame wins', () => {
  /** A JavaScript world of its own over the same document, as another build's content script gets. */
  const world = () => ({ document }) as unknown as Window;

  test('a second reader in the same world stops the first', () => {
    const first = vi.fn();
    const second = vi.fn();
    claimFrame(window, ID, first);
    claimFrame(window, ID, second);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    // And a third stops the second, not the first again.
    const third = vi.fn();
    claimFrame(window, ID, third);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(third).not.toHaveBeenCalled();
  });

  test('a reader in another world stops this one through the document', () => {
    const older = vi.fn();
    const newer = vi.fn();
    claimFrame(world(), ID, older);
    claimFrame(world(), ID, newer);
    expect(older).toHaveBeenCalledTimes(1);
    expect(newer).not.toHaveBeenCalled();
  });

  test('another extension’s reader (a second Attune build) is left alone', () => {
    const store = vi.fn();
    claimFrame(world(), ID, store);
    claimFrame(world(), 'abcdefghijklmnopabcdefghijklmnop', vi.fn());
    expect(store).not.toHaveBeenCalled();
  });

  test('a reader that gave the frame up is not stopped again, and does not stop anyone', () => {
    const first = vi.fn();
    const release = claimFrame(window, ID, first);
    release();
    claimFrame(window, ID, vi.fn());
    expect(first).not.toHaveBeenCalled();
    document.dispatchEvent(new CustomEvent(readerStartedEvent(ID)));
    expect(first).not.toHaveBeenCalled();
  });
});

/** A tiny adapter over `li[data-role]` messages. */
const listAdapter: SiteAdapter = {
  id: 'test-list',
  name: 'Test list',
  matches: [],
  detect: (root) => root.querySelector('#chat') !== null,
  parse(root) {
    const list = root.querySelector('#chat');
    if (!list) throw new AdapterError('test-list', 'message list');
    return {
      messages: [...list.querySelectorAll<HTMLElement>('li[data-role]')].map((li, i) => ({
        id: String(i),
        role: li.dataset.role === 'client' ? 'client' : 'counselor',
        text: li.textContent ?? '',
      })),
      composer: null,
      draft: '',
    };
  },
};

describe('a reader whose extension is gone', () => {
  test('reads nothing more once orphaned, and stops observing at the next change', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<ul id="chat"><li data-role="client">hi</li></ul>';
    const sent: PageSnapshot[] = [];
    let extensionAlive = true;
    const controller = new AbortController();
    const alive = vi.fn(() => {
      if (!extensionAlive) controller.abort();
      return extensionAlive;
    });
    startLiveReader({
      adapter: listAdapter,
      root: document,
      url: () => 'https://chat.example/',
      send: (s) => sent.push(s),
      signal: controller.signal,
      alive,
    });
    expect(sent).toHaveLength(1);

    extensionAlive = false;
    document
      .querySelector('#chat')!
      .insertAdjacentHTML('beforeend', '<li data-role="client">still there?</li>');
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(1);
    expect(controller.signal.aborted).toBe(true);
    const checks = alive.mock.calls.length;
    document.querySelector('#chat')!.insertAdjacentHTML('beforeend', '<li data-role="client">hello?</li>');
    await vi.advanceTimersByTimeAsync(100);
    expect(alive.mock.calls.length).toBe(checks);
  });

  test('says whether the counselor is writing in this frame', () => {
    document.body.innerHTML = '<ul id="chat"><li data-role="client">hi</li></ul><textarea></textarea>';
    const sent: PageSnapshot[] = [];
    const controller = new AbortController();
    const reader = startLiveReader({
      adapter: listAdapter,
      root: document,
      url: () => 'https://chat.example/',
      send: (s) => sent.push(s),
      signal: controller.signal,
    });
    expect(sent.at(-1)?.writing).toBe(false);
    document.querySelector('textarea')!.focus();
    reader.flush();
    expect(sent.at(-1)?.writing).toBe(true);
    controller.abort();
  });
});

/** The extension API as the background sees it, in memory. */
function fakeApi(options: {
  origins: string[];
  registered?: string[];
  tabs?: { id?: number; discarded?: boolean }[];
}) {
  let registered: { id: string; matches?: string[] }[] = options.registered
    ? [{ id: LIVE_SCRIPT_ID, matches: options.registered }]
    : [];
  const calls: string[] = [];
  const injected: number[] = [];
  const api = {
    permissions: { getAll: () => Promise.resolve({ origins: options.origins }) },
    scripting: {
      getRegisteredContentScripts: () => Promise.resolve(registered),
      registerContentScripts: (scripts: { id: string; matches: string[] }[]) => {
        calls.push(`register ${scripts[0]!.matches.join(' ')}`);
        registered = scripts;
        return Promise.resolve();
      },
      updateContentScripts: (scripts: { id: string; matches: string[] }[]) => {
        calls.push(`update ${scripts[0]!.matches.join(' ')}`);
        registered = scripts;
        return Promise.resolve();
      },
      unregisterContentScripts: () => {
        calls.push('unregister');
        registered = [];
        return Promise.resolve();
      },
      executeScript: vi.fn(
        (injection: { target: { tabId: number; allFrames: boolean }; files: string[] }) => {
          if (injection.target.tabId === 13)
            return Promise.reject(new Error('Frame with ID 0 is showing error page'));
          injected.push(injection.target.tabId);
          return Promise.resolve([]);
        },
      ),
    },
    tabs: { query: vi.fn(() => Promise.resolve(options.tabs ?? [])) },
  } satisfies LiveReaderApi;
  return { api, calls, injected };
}

describe('registering the reader and starting it in open tabs', () => {
  test('registers for exactly the granted web origins', async () => {
    const { api, calls } = fakeApi({
      origins: ['https://b.example/*', 'chrome-extension://x/*', 'https://a.example/*'],
    });
    expect(await syncLiveReader(api)).toEqual(['https://a.example/*', 'https://b.example/*']);
    expect(calls).toEqual(['register https://a.example/* https://b.example/*']);
  });

  test('an existing registration is updated in place, never removed and added again', async () => {
    const { api, calls } = fakeApi({
      origins: ['https://a.example/*', 'https://c.example/*'],
      registered: ['https://a.example/*'],
    });
    await syncLiveReader(api);
    expect(calls).toEqual(['update https://a.example/* https://c.example/*']);
  });

  test('an unchanged registration is left alone (every start of the background checks it)', async () => {
    const { api, calls } = fakeApi({ origins: ['https://a.example/*'], registered: ['https://a.example/*'] });
    await syncLiveReader(api);
    expect(calls).toEqual([]);
  });

  test('no site granted any more: no registration', async () => {
    const { api, calls } = fakeApi({ origins: [], registered: ['https://a.example/*'] });
    await syncLiveReader(api);
    expect(calls).toEqual(['unregister']);
  });

  test('starts the reader in every frame of every open granted tab, side by side, skipping the ones that refuse', async () => {
    const { api, injected } = fakeApi({
      origins: ['https://a.example/*', 'http://127.0.0.1/*'],
      tabs: [{ id: 11 }, { id: 12 }, { id: 13 }, { id: 14, discarded: true }, {}],
    });
    const warn = vi.fn();
    expect(await startReadingOpenTabs(api, undefined, warn)).toBe(2);
    expect(api.tabs.query).toHaveBeenCalledWith({ url: ['http://127.0.0.1/*', 'https://a.example/*'] });
    expect(injected).toEqual([11, 12]);
    expect(api.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 11, allFrames: true },
      files: [LIVE_SCRIPT_FILE],
    });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('only the tabs of the sites just granted, when given', async () => {
    const { api } = fakeApi({ origins: ['https://a.example/*', 'https://b.example/*'], tabs: [{ id: 1 }] });
    await startReadingOpenTabs(api, ['https://b.example/*']);
    expect(api.tabs.query).toHaveBeenCalledWith({ url: ['https://b.example/*'] });
    expect(await startReadingOpenTabs(api, [])).toBe(0);
  });

  test('one tab, as the panel’s button does for a site granted already', async () => {
    const { api, injected } = fakeApi({ origins: [] });
    await startReadingTab(api, 42);
    expect(injected).toEqual([42]);
  });
});
