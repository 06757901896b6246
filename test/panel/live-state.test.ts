import { describe, expect, test } from 'vitest';
import { NO_TAB_FACTS, liveStateOf, originOf } from '../../lib/panel/live-state';
import { NO_POLICY, parsePolicy } from '../../lib/policy/policy';
import type { PageSnapshot } from '../../models';

const snapshot = {
  type: 'page-snapshot',
  adapter: 'rocketchat',
  platform: 'Rocket.Chat',
  url: 'https://chat.example.org/',
  messages: [],
  draft: '',
  health: { composerFound: true, messages: 0, client: 0, counselor: 0 },
  at: 1,
} satisfies PageSnapshot;

describe('what the panel says about the followed tab', () => {
  test('web origins only', () => {
    expect(originOf('https://chat.example.org/room/1?x')).toBe('https://chat.example.org');
    expect(originOf('chrome-extension://abc/practice.html')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });

  test.each([
    ['nothing known: paste mode', NO_TAB_FACTS, { kind: 'manual' }],
    [
      'a snapshot: live',
      { ...NO_TAB_FACTS, snapshot },
      { kind: 'live', platform: 'Rocket.Chat', health: snapshot.health, adapter: 'rocketchat' },
    ],
    [
      'no chat',
      { ...NO_TAB_FACTS, noChat: { origin: 'https://a.example' } },
      { kind: 'no-chat', origin: 'https://a.example' },
    ],
    [
      'no answer from a web page: it can be granted',
      { ...NO_TAB_FACTS, unreadable: { origin: 'https://a.example' } },
      { kind: 'unreadable', origin: 'https://a.example', canGrant: true },
    ],
    [
      'no answer from another page: nothing to grant',
      { ...NO_TAB_FACTS, unreadable: { origin: null } },
      { kind: 'unreadable', origin: null, canGrant: false },
    ],
  ])('%s', (_, facts, expected) => expect(liveStateOf(facts, NO_POLICY)).toEqual(expected));

  test('a site policy does not allow is said so, even before the page answered', () => {
    const policy = parsePolicy({ allowedSites: ['https://allowed.example'] });
    const state = liveStateOf({ ...NO_TAB_FACTS, unreadable: { origin: 'https://other.example' } }, policy);
    expect(state.kind).toBe('not-allowed');
    expect(liveStateOf({ ...NO_TAB_FACTS, notAllowed: { origin: null } }, policy).kind).toBe('not-allowed');
  });
});
