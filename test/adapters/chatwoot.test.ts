// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { chatwoot } from '../../lib/adapters/chatwoot';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => chatwoot.parse(loadFixture('chatwoot', name));

describe('chatwoot adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 10, client: 5, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    // Private-note mode: no reply composer, and the note in the list is not a message.
    ['private-note.html', { messages: 8, client: 4, counselor: 4, composer: false, draft: '' }],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    [
      'conversation.html',
      5,
      'counselor',
      "Work has been a lot lately, and you'd rather not make a big deal of it.",
    ],
    ['private-note.html', 6, 'client', "i haven't slept properly in like two weeks"],
    ['long.html', 63, 'counselor', 'Take care of yourself tonight. Bye for now.'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('private notes and activity messages are left out', () => {
    const chat = parse('private-note.html');
    const ids = chat.messages.map((m) => m.id);
    expect(ids).not.toContain('1500'); // private note
    expect(ids).not.toContain('1501'); // activity
    expect(ids).not.toContain('900'); // activity
    expect(chat.messages.some((m) => m.text.includes('Supervisor'))).toBe(false);
    expect(roleString(chat)).toBe('CKCKCKCK');
  });

  test('a private-note draft is never read as a reply draft', () => {
    const doc = loadFixture('chatwoot', 'private-note.html');
    expect(doc.querySelector('.reply-box.is-private .ProseMirror')?.textContent).toContain('Ask about sleep');
    const chat = chatwoot.parse(doc);
    expect(chat.composer).toBeNull();
    expect(chat.draft).toBe('');
  });

  test('in reply mode the composer is the ProseMirror editor; ids and times come from the page', () => {
    const chat = parse('conversation.html');
    expect(chat.composer?.classList.contains('ProseMirror')).toBe(true);
    expect(chat.messages[0]).toMatchObject({ id: '1000', time: Date.parse('2026-11-21T19:02:00Z') });
    for (const m of chat.messages) expect(m.text).not.toMatch(/Sam R\.|\d:\d\d [AP]M|✓/);
  });

  test('without the conversation panel it throws AdapterError', () => {
    expect(() => chatwoot.parse(htmlDocument('<div class="reply-box"><textarea></textarea></div>'))).toThrow(
      AdapterError,
    );
  });
});
