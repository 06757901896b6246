// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { practice } from '../../lib/adapters/practice';
import { adapters, pickAdapter } from '../../lib/adapters/registry';
import type { SiteAdapter } from '../../lib/adapters/types';
import { frameForMessage, TOP_FRAME, type FrameSender } from '../../lib/live/frame-choice';
import { adaptersForFrame, chatFrameOf, framePlaceOf, writingIn } from '../../lib/live/frames';
import type { ContentToPanel, PageSnapshot } from '../../models';
import { loadFixture } from '../adapters/fixtures';

const EXTENSION = 'chrome-extension://chkfoeccgldnceaoellhbhicpeccockl/';
const TOP = { isTop: true, sameOriginAsTop: true };
const SAME_ORIGIN_FRAME = { isTop: false, sameOriginAsTop: true };
const OTHER_ORIGIN_FRAME = { isTop: false, sameOriginAsTop: false };

/** An adapter whose chat lives in a same-origin subframe of its platform's page. */
const framed: SiteAdapter = {
  id: 'framed',
  name: 'Framed chat',
  matches: [],
  frame: 'subframe',
  detect: (root) => root.querySelector('#framed-chat') !== null,
  parse: () => ({ messages: [], composer: null, draft: '' }),
};

describe('which adapters may read a frame', () => {
  test('the top frame: every web adapter, never the practice chat', () => {
    const ids = adaptersForFrame(TOP).map((a) => a.id);
    expect(ids).toEqual(adapters.filter((a) => a !== practice).map((a) => a.id));
    expect(ids).not.toContain('practice');
  });

  test('a frame from another origin: none, even one an adapter would read in a frame', () => {
    expect(adaptersForFrame(OTHER_ORIGIN_FRAME)).toEqual([]);
    expect(adaptersForFrame(OTHER_ORIGIN_FRAME, [...adapters, framed])).toEqual([]);
  });

  test('a same-origin frame: only adapters that say their chat lives in a frame', () => {
    expect(adaptersForFrame(SAME_ORIGIN_FRAME)).toEqual([]);
    expect(adaptersForFrame(SAME_ORIGIN_FRAME, [...adapters, framed])).toEqual([framed]);
    expect(adapters.map(chatFrameOf).every((f) => f === 'top')).toBe(true);
  });

  test('a web page that fakes the practice chat marker is not read as the practice chat', () => {
    const doc = loadFixture('practice', 'conversation.html');
    expect(pickAdapter(doc, 'https://evil.example/chat')).toBe(practice);
    expect(pickAdapter(doc, 'https://evil.example/chat', adaptersForFrame(TOP))).not.toBe(practice);
  });
});

describe('where the content script runs', () => {
  const fakeWindow = (own: string, top: unknown, ancestors?: string[]) => {
    const win = {
      location: { origin: own, ...(ancestors ? { ancestorOrigins: ancestors } : {}) },
      top,
    } as unknown as Window;
    return win;
  };

  test('the top frame', () => {
    const win = { location: { origin: 'https://chat.example' } } as unknown as Window & { top: unknown };
    win.top = win;
    expect(framePlaceOf(win)).toEqual(TOP);
  });

  test('a subframe, by its ancestors’ origins where the browser lists them', () => {
    expect(framePlaceOf(fakeWindow('https://a.example', {}, ['https://a.example']))).toEqual(
      SAME_ORIGIN_FRAME,
    );
    expect(
      framePlaceOf(fakeWindow('https://a.example', {}, ['https://a.example', 'https://b.example'])),
    ).toEqual(OTHER_ORIGIN_FRAME);
  });

  test('a subframe, by reading the top’s origin elsewhere (it throws across origins)', () => {
    const sameTop = { location: { origin: 'https://a.example' } };
    expect(framePlaceOf(fakeWindow('https://a.example', sameTop))).toEqual(SAME_ORIGIN_FRAME);
    const crossTop = {
      get location(): Location {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(framePlaceOf(fakeWindow('https://a.example', crossTop))).toEqual(OTHER_ORIGIN_FRAME);
  });

  test('writing: the focus is in an editable field of this document', () => {
    document.body.innerHTML = '<textarea></textarea><div contenteditable="true"></div><button>x</button>';
    document.querySelector('button')!.focus();
    expect(writingIn(document)).toBe(false);
    document.querySelector('textarea')!.focus();
    expect(writingIn(document)).toBe(true);
  });
});

describe('which frame the panel hears', () => {
  const snapshot = (extra: Partial<PageSnapshot> = {}): ContentToPanel => ({
    type: 'page-snapshot',
    adapter: 'rocketchat',
    platform: 'Rocket.Chat',
    url: 'https://chat.example/live/1',
    messages: [],
    draft: '',
    health: { composerFound: true, messages: 0, client: 0, counselor: 0 },
    at: 0,
    ...extra,
  });
  const tab = { url: 'https://chat.example/live/1' };
  const top: FrameSender = { frameId: 0, origin: 'https://chat.example', url: tab.url, tab };
  const sameOrigin: FrameSender = {
    frameId: 7,
    origin: 'https://chat.example',
    url: 'https://chat.example/embed',
    tab,
  };
  const otherOrigin: FrameSender = {
    frameId: 9,
    origin: 'https://widget.example',
    url: 'https://widget.example/',
    tab,
  };
  const servingTopChat = { frameId: 0, hasChat: true };
  const servingTopNoChat = TOP_FRAME;

  test.each([
    ['the top frame’s chat', servingTopNoChat, snapshot(), top, 0],
    [
      'a chat frame from another origin, the top showing no chat',
      servingTopNoChat,
      snapshot(),
      otherOrigin,
      null,
    ],
    [
      'a chat frame from another origin where the counselor types',
      servingTopChat,
      snapshot({ writing: true }),
      otherOrigin,
      null,
    ],
    ['a same-origin chat frame, the top showing no chat', servingTopNoChat, snapshot(), sameOrigin, 7],
    ['a same-origin chat frame while the top shows the chat', servingTopChat, snapshot(), sameOrigin, null],
    [
      'a same-origin chat frame the counselor writes in',
      servingTopChat,
      snapshot({ writing: true }),
      sameOrigin,
      7,
    ],
    [
      'back to the top frame when the counselor writes there',
      { frameId: 7, hasChat: true },
      snapshot({ writing: true }),
      top,
      0,
    ],
    [
      'the top frame while a subframe is served and nobody writes',
      { frameId: 7, hasChat: true },
      snapshot(),
      top,
      null,
    ],
    [
      'a subframe whose top page is unknown',
      servingTopNoChat,
      snapshot(),
      { frameId: 7, origin: 'https://chat.example' },
      null,
    ],
    [
      'a sandboxed frame (opaque origin)',
      servingTopNoChat,
      snapshot(),
      { ...sameOrigin, origin: 'null' },
      null,
    ],
  ])('%s', (_what, served, message, sender, expected) => {
    expect(frameForMessage(served, message, sender, EXTENSION)).toBe(expected);
  });

  test('other messages come from the served frame only; pick results from the top frame only', () => {
    const noChat: ContentToPanel = { type: 'no-chat', url: 'https://widget.example/' };
    expect(frameForMessage(servingTopNoChat, noChat, otherOrigin, EXTENSION)).toBeNull();
    expect(frameForMessage(servingTopNoChat, noChat, top, EXTENSION)).toBe(0);
    const inserted: ContentToPanel = { type: 'insert-result', ok: true };
    expect(frameForMessage({ frameId: 7, hasChat: true }, inserted, sameOrigin, EXTENSION)).toBe(7);
    expect(frameForMessage({ frameId: 7, hasChat: true }, inserted, top, EXTENSION)).toBeNull();
    const picked: ContentToPanel = { type: 'pick-result', outcome: 'cancelled' };
    expect(frameForMessage({ frameId: 7, hasChat: true }, picked, top, EXTENSION)).toBe(7);
    expect(frameForMessage(servingTopNoChat, picked, sameOrigin, EXTENSION)).toBeNull();
  });

  test('the practice chat counts only from Attune’s own page', () => {
    const practiceSnapshot = snapshot({ adapter: 'practice', platform: 'Attune practice chat' });
    const practicePage: FrameSender = {
      frameId: 0,
      url: `${EXTENSION}practice.html`,
      tab: { url: `${EXTENSION}practice.html` },
    };
    expect(frameForMessage(servingTopNoChat, practiceSnapshot, practicePage, EXTENSION)).toBe(0);
    expect(frameForMessage(servingTopNoChat, practiceSnapshot, top, EXTENSION)).toBeNull();
    const otherExtension: FrameSender = {
      frameId: 0,
      url: 'chrome-extension://abcdefghijklmnop/practice.html',
    };
    expect(frameForMessage(servingTopNoChat, practiceSnapshot, otherExtension, EXTENSION)).toBeNull();
  });
});
