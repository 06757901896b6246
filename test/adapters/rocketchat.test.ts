// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { rocketchat } from '../../lib/adapters/rocketchat';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => rocketchat.parse(loadFixture('rocketchat', name));

describe('rocketchat adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 10, client: 5, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    [
      'omnichannel.html',
      { messages: 11, client: 7, counselor: 4, composer: true, draft: 'What would help right now?' },
    ],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    [
      'conversation.html',
      1,
      'counselor',
      "Hi, I'm Jordan. I'm glad you reached out. You're not sure why you texted, and you did it anyway.",
    ],
    ['conversation.html', 2, 'client', "my sister made me. she says i'm not coping"],
    // A sequential visitor message (no header) keeps the visitor as sender.
    ['omnichannel.html', 1, 'client', "i don't really know how this works"],
    // Another agent (data-own=false, not a guest-… username) is on the counselor side.
    [
      'omnichannel.html',
      7,
      'counselor',
      "Hi Sam, I'm Priya, I'm supervising tonight and will stay in the chat with Jordan.",
    ],
    ['omnichannel.html', 9, 'counselor', "You'd rather not have more people involved."],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('system messages are left out; ids are data-id', () => {
    const chat = parse('omnichannel.html');
    expect(roleString(chat)).toBe('CCKCKCCKCKC');
    expect(chat.messages.map((m) => m.id)).not.toContain('sys1');
    expect(chat.messages.some((m) => /joined the chat|Chat started/.test(m.text))).toBe(false);
    expect(chat.messages[0]!.id).toBe('oc1');
  });

  test('outside Omnichannel every message not data-own is the client', () => {
    const doc = loadFixture('rocketchat', 'conversation.html');
    const chat = rocketchat.parse(doc);
    expect(roleString(chat)).toBe('CKCKCKCKCK');
    expect(chat.messages[0]!.time).toBe(Date.parse('2026-11-21T19:02:00Z'));
  });

  test('without the message list it throws AdapterError', () => {
    expect(() => rocketchat.parse(htmlDocument('<div role="list"></div>'))).toThrow(AdapterError);
  });
});
