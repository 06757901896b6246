// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { whatsapp } from '../../lib/adapters/whatsapp';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => whatsapp.parse(loadFixture('whatsapp', name));

describe('whatsapp adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 10, client: 5, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    // No data-id on rows: the delivery ticks alone mark own messages.
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    ['legacy.html', { messages: 10, client: 5, counselor: 5, composer: true, draft: 'What keeps you up?' }],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    // A reply quoting the counselor: the quote is not part of the text.
    ['conversation.html', 4, 'client', "yeah. i'm fine honestly, it's just work stuff"],
    // Still sending (clock icon): own.
    [
      'conversation.html',
      9,
      'counselor',
      'At night your mind goes back over the things you feel you got wrong.',
    ],
    ['long.html', 15, 'counselor', 'Football used to be something you did, and lately it takes too much.'],
    [
      'legacy.html',
      1,
      'counselor',
      "Hi, I'm Jordan. I'm glad you reached out. You're not sure why you texted, and you did it anyway.",
    ],
    ['legacy.html', 8, 'client', 'just thinking. about everything i messed up'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('ids: the row data-id when present (true_/false_), else stable unique hashes', () => {
    const chat = parse('conversation.html');
    expect(chat.messages[0]!.id).toMatch(/^false_/);
    expect(chat.messages[1]!.id).toMatch(/^true_/);
    const hashed = parse('long.html').messages.map((m) => m.id);
    expect(new Set(hashed).size).toBe(64);
    expect(parse('long.html').messages.map((m) => m.id)).toEqual(hashed);
  });

  test('the open chat is known by the id in its rows, since the address is the same for every chat', () => {
    const known = parse('conversation.html').conversation;
    // Only a hash of it: WhatsApp's chat id is the client's phone number.
    expect(known).toMatch(/^chat-[0-9a-f]{8}$/);
    expect(parse('conversation.html').conversation).toBe(known);
    // Rows without a data-id: unknown, and the page address is all there is.
    expect(parse('long.html').conversation).toBeUndefined();
    const other = loadFixture('whatsapp', 'conversation.html');
    for (const row of Array.from(other.querySelectorAll('[data-id]'))) {
      row.setAttribute('data-id', row.getAttribute('data-id')!.replace('447700900123', '447700900999'));
    }
    expect(whatsapp.parse(other).conversation).toMatch(/^chat-[0-9a-f]{8}$/);
    expect(whatsapp.parse(other).conversation).not.toBe(known);
  });

  test('only the open chat is read: not the chat list, the encryption notice or date chips', () => {
    const chat = parse('conversation.html');
    expect(roleString(chat)).toBe('CKCKCKCKCK');
    expect(chat.messages.filter((m) => m.text.includes('just thinking'))).toHaveLength(1);
    expect(chat.messages.some((m) => /end-to-end|TODAY|shift swap/.test(m.text))).toBe(false);
    for (const m of chat.messages) expect(m.text).not.toMatch(/\d\d:\d\d|Sam R\./);
  });

  test('legacy markup with the data-id prefix removed still reads roles from message-in/out', () => {
    const doc = loadFixture('whatsapp', 'legacy.html');
    for (const el of Array.from(doc.querySelectorAll('[data-id]'))) el.removeAttribute('data-id');
    expect(roleString(whatsapp.parse(doc))).toBe('CKCKCKCKCK');
  });

  test('without #main (no chat open) it throws AdapterError', () => {
    expect(() => whatsapp.parse(htmlDocument('<div id="side"></div>'))).toThrow(AdapterError);
  });
});
