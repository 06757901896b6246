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
      { messages: 11, client: 6, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    [
      'german.html',
      { messages: 11, client: 6, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    // Only the rows on screen exist in a virtualized list: 24 of 64.
    ['virtualized.html', { messages: 24, client: 12, counselor: 12, composer: true, draft: '' }],
    [
      'omnichannel.html',
      { messages: 12, client: 7, counselor: 5, composer: true, draft: 'What would help right now?' },
    ],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    // A sequential message has no header: still the client's, by data-own.
    ['conversation.html', 1, 'client', 'sorry if im slow to reply'],
    [
      'conversation.html',
      2,
      'counselor',
      "Hi, I'm Jordan. I'm glad you reached out. You're not sure why you texted, and you did it anyway.",
    ],
    // The counselor quoted the client's line: the quote is not part of the reply.
    [
      'conversation.html',
      8,
      'counselor',
      "Two weeks without proper sleep. That sounds exhausting. What's been keeping you up?",
    ],
    ['long.html', 63, 'counselor', 'Take care of yourself tonight. Bye for now.'],
    ['virtualized.html', 0, 'client', "yeah it's a loop"],
    // A bot in an Omnichannel room is not the visitor.
    ['omnichannel.html', 2, 'counselor', 'Thanks for reaching out. A counselor will join you in a moment.'],
    // A second agent (data-own=false, not a guest-… username) is on the counselor side.
    [
      'omnichannel.html',
      8,
      'counselor',
      "Hi Sam, I'm Priya, I'm supervising tonight and will stay in the chat with Jordan.",
    ],
    // A sequential visitor message keeps the visitor as sender.
    ['omnichannel.html', 7, 'client', "i'm fine honestly"],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('a German interface is read exactly like the English one', () => {
    const german = loadFixture('rocketchat', 'german.html');
    // The fixture really is translated: no English label is left to lean on.
    expect(german.querySelector('[aria-roledescription="message"], [aria-label="Message list"]')).toBeNull();
    expect(german.querySelector('[aria-roledescription="Nachricht"]')).not.toBeNull();
    const de = rocketchat.parse(german);
    const en = parse('conversation.html');
    expect(de.messages).toEqual(en.messages);
    expect(de.draft).toBe(en.draft);
    // The rich-text composer (a contenteditable span named msg) is the reply box there.
    expect(de.composer?.getAttribute('contenteditable')).toBe('true');
  });

  test('system messages are left out, whatever their text', () => {
    for (const name of ['conversation.html', 'omnichannel.html']) {
      const doc = loadFixture('rocketchat', name);
      const system = Array.from(doc.querySelectorAll('[data-system-message-type]'));
      expect(system.length).toBeGreaterThan(0);
      const texts = rocketchat.parse(doc).messages.map((m) => m.text);
      for (const el of system) {
        const body = el.querySelector('.rcx-message-system__body')!.textContent!.trim();
        expect(texts).not.toContain(body);
      }
    }
    expect(roleString(parse('omnichannel.html'))).toBe('CCKKCKCCKCKC');
  });

  test('ids are the message ids (data-id), on the newest list and on the older one', () => {
    for (const name of ['conversation.html', 'long.html', 'virtualized.html']) {
      const doc = loadFixture('rocketchat', name);
      const ids = Array.from(doc.querySelectorAll('.rcx-message[data-own]')).map((el) =>
        el.getAttribute('data-id'),
      );
      expect(rocketchat.parse(doc).messages.map((m) => m.id)).toEqual(ids);
    }
  });

  test('an encrypted message still being decrypted shows a placeholder body, which is not read', () => {
    const doc = loadFixture('rocketchat', 'conversation.html');
    const body = doc.querySelectorAll('.rcx-message[data-own] .rcx-message-body[id$="-content"]')[3]!;
    body.removeAttribute('id');
    body.textContent =
      'This message is end-to-end encrypted. To view it, you must enter your encryption key.';
    const chat = rocketchat.parse(doc);
    expect(chat.messages).toHaveLength(10);
    expect(chat.messages.some((m) => /encrypted/.test(m.text))).toBe(false);
  });

  test('older builds without body ids read the body outside any quote', () => {
    const doc = loadFixture('rocketchat', 'long.html');
    expect(doc.querySelector('.rcx-message-body[id]')).toBeNull();
    expect(parse('long.html').messages[0]).toMatchObject({
      role: 'client',
      text: 'hey. is this actually a person',
    });
  });

  test('a build that names the list differently is still read from its message items', () => {
    const doc = loadFixture('rocketchat', 'conversation.html');
    const list = doc.querySelector('.messages-list')!;
    list.classList.remove('messages-list');
    list.removeAttribute('role');
    expect(summarize(rocketchat.parse(doc))).toMatchObject({ messages: 11, client: 6, counselor: 5 });
  });

  test('outside Omnichannel every message not data-own is the client', () => {
    expect(roleString(parse('conversation.html'))).toBe('CCKCKCKCKCK');
  });

  test('is recognised by its markup, not by English labels', () => {
    expect(rocketchat.detect(loadFixture('rocketchat', 'german.html'))).toBe(true);
    expect(rocketchat.detect(htmlDocument('<div role="list" aria-label="Message list"></div>'))).toBe(false);
  });

  test('without any message list or message it throws AdapterError', () => {
    expect(() =>
      rocketchat.parse(htmlDocument('<div role="list"></div><textarea name="msg"></textarea>')),
    ).toThrow(AdapterError);
  });
});
