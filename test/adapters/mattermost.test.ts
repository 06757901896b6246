// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mattermost } from '../../lib/adapters/mattermost';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => mattermost.parse(loadFixture('mattermost', name));

describe('mattermost adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 10, client: 5, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    [
      'system-and-thread.html',
      {
        messages: 7,
        client: 4,
        counselor: 3,
        composer: true,
        draft: 'What would you want from tonight, if anything?',
      },
    ],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    ['conversation.html', 3, 'counselor', 'So this was more her idea than yours.'],
    // A consecutive post (.same--user, no header) by the client.
    ['system-and-thread.html', 1, 'client', 'also sorry if im slow to reply'],
    ['long.html', 34, 'client', 'the nights are the worst. during the day i can distract myself'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('system posts and thread-panel posts are left out; ids come from post_{id}', () => {
    const chat = parse('system-and-thread.html');
    expect(roleString(chat)).toBe('CCKCKCK');
    expect(chat.messages.some((m) => /joined the channel|added to the channel/.test(m.text))).toBe(false);
    expect(chat.messages.some((m) => m.text.includes('it was her idea'))).toBe(false);
    expect(chat.messages[0]!.id).toBe('k001q7n3x1mmfake0000post');
  });

  test.each([
    ['conversation.html', 'post_textbox'],
    // The channel box is empty and the open thread's box holds the draft.
    ['system-and-thread.html', 'reply_textbox'],
  ])('%s: the composer is #%s', (name, id) => {
    expect(parse(name).composer?.id).toBe(id);
  });

  test('newer builds: the composer by data-testid', () => {
    expect(parse('long.html').composer?.getAttribute('data-testid')).toBe('post-create-textbox');
  });

  test('without the post list it throws AdapterError', () => {
    expect(() => mattermost.parse(htmlDocument('<textarea id="post_textbox"></textarea>'))).toThrow(
      AdapterError,
    );
  });
});
