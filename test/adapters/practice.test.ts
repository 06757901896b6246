// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { practice } from '../../lib/adapters/practice';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => practice.parse(loadFixture('practice', name));

describe('practice adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 10, client: 5, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    ['empty.html', { messages: 0, client: 0, counselor: 0, composer: true, draft: '' }],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    ['conversation.html', 3, 'counselor', 'So this was more her idea than yours.'],
    [
      'conversation.html',
      9,
      'counselor',
      'At night your mind goes back over the things you feel you got wrong.',
    ],
    ['long.html', 63, 'counselor', 'Take care of yourself tonight. Bye for now.'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    const message = parse(name).messages[index];
    expect(message).toMatchObject({ role, text });
  });

  test('uses the page ids and times, and leaves system lines out', () => {
    const chat = parse('conversation.html');
    expect(chat.messages.map((m) => m.id).slice(0, 3)).toEqual(['p1', 'p2', 'p3']);
    expect(chat.messages[0]!.time).toBe(Date.parse('2026-11-21T19:02:00Z'));
    expect(chat.messages.some((m) => m.text.includes('Practice session started'))).toBe(false);
    expect(roleString(chat)).toBe('CKCKCKCKCK');
  });

  test('the composer is the marked textarea', () => {
    expect(parse('empty.html').composer?.matches('textarea[data-attune-composer]')).toBe(true);
  });

  test('without the chat root it throws AdapterError', () => {
    expect(() => practice.parse(htmlDocument('<main><textarea></textarea></main>'))).toThrow(AdapterError);
  });
});
