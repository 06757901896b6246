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
      { messages: 11, client: 6, counselor: 5, composer: true, draft: 'What keeps you up?' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    [
      'legacy.html',
      { messages: 11, client: 6, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    // A reply quoting the client: the quote is not part of the text.
    [
      'conversation.html',
      8,
      'counselor',
      "Two weeks without proper sleep. That sounds exhausting. What's been keeping you up?",
    ],
    ['long.html', 15, 'counselor', 'Football used to be something you did, and lately it takes too much.'],
    [
      'legacy.html',
      2,
      'counselor',
      "Hi, I'm Jordan. I'm glad you reached out. You're not sure why you texted, and you did it anyway.",
    ],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('rows without a message (date chip, encryption notice) are left out', () => {
    const chat = parse('conversation.html');
    expect(chat.messages.some((m) => /end-to-end encrypted|TODAY/.test(m.text))).toBe(false);
    expect(roleString(chat)).toBe('CCKCKCKCKCK');
  });

  test('ids are the data-ids, own messages true_ and incoming false_', () => {
    const chat = parse('conversation.html');
    expect(chat.messages[0]!.id).toMatch(/^false_\d+@lid_/);
    expect(chat.messages[2]!.id).toMatch(/^true_\d+@lid_/);
  });

  test('without data-ids, the bubble class and then the delivery tick tell own messages', () => {
    const doc = loadFixture('whatsapp', 'conversation.html');
    for (const el of Array.from(doc.querySelectorAll('[data-id]'))) el.removeAttribute('data-id');
    expect(roleString(whatsapp.parse(doc))).toBe('CCKCKCKCKCK');
    for (const el of Array.from(doc.querySelectorAll('.message-in, .message-out'))) {
      el.classList.remove('message-in', 'message-out');
      el.classList.add('message');
    }
    // Rows are now found by nothing but their text; own ones still carry the read tick.
    doc
      .querySelectorAll('[role="row"] > div')
      .forEach((el) => el.setAttribute('data-testid', 'msg-container'));
    expect(roleString(whatsapp.parse(doc))).toBe('CCKCKCKCKCK');
  });

  test('the open chat is known by a hash of the id in its rows, never the id itself', () => {
    const known = parse('conversation.html').conversation;
    expect(known).toMatch(/^chat-[0-9a-f]{8}$/);
    expect(parse('long.html').conversation).toBe(known);
    expect(parse('legacy.html').conversation).toMatch(/^chat-[0-9a-f]{8}$/);
    expect(parse('legacy.html').conversation).not.toBe(known);
    expect(parse('legacy.html').conversation).not.toContain('447700900123');
  });

  test('the composer is the Lexical editor in the open chat, not the chat list search', () => {
    const doc = loadFixture('whatsapp', 'conversation.html');
    doc
      .querySelector('#side')!
      .insertAdjacentHTML('afterbegin', '<div contenteditable="true" role="textbox" data-tab="3">sam</div>');
    const chat = whatsapp.parse(doc);
    expect(chat.composer?.getAttribute('data-lexical-editor')).toBe('true');
    expect(chat.draft).toBe('What keeps you up?');
  });

  test('without the open chat it throws AdapterError', () => {
    expect(() => whatsapp.parse(htmlDocument('<div id="side"></div>'))).toThrow(AdapterError);
  });
});
