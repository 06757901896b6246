// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { zendesk } from '../../lib/adapters/zendesk';
import { AdapterError } from '../../lib/adapters/types';
import { loadFixture, roleString, summarize } from './fixtures';

// Guess-level structure (see lib/adapters/zendesk.ts): these tests pin the guess, not Zendesk.
const parse = (name: string) => zendesk.parse(loadFixture('zendesk', name));

describe('zendesk adapter (low confidence)', () => {
  test.each([
    [
      'conversation.html',
      { messages: 10, client: 5, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    [
      'long.html',
      {
        messages: 64,
        client: 32,
        counselor: 32,
        composer: true,
        draft: 'Thank you for talking with me tonight.',
      },
    ],
    // An empty CKEditor still holds <p><br></p>: the draft is ''.
    ['empty-composer.html', { messages: 6, client: 3, counselor: 3, composer: true, draft: '' }],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    [
      'conversation.html',
      1,
      'counselor',
      "Hi, I'm Jordan. I'm glad you reached out. You're not sure why you texted, and you did it anyway.",
    ],
    // Bots speak for the service: counselor side.
    ['empty-composer.html', 0, 'counselor', 'Hi! A member of the team will be with you soon.'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('internal notes and events are left out', () => {
    const chat = parse('empty-composer.html');
    expect(roleString(chat)).toBe('KCKCKC');
    expect(chat.messages.some((m) => /safety plan|Assignee changed|Conversation started/.test(m.text))).toBe(
      false,
    );
  });

  test('without the requester field it throws AdapterError', () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    doc.querySelector('[data-test-id="ticket-system-field-requester-select"]')!.remove();
    expect(() => zendesk.parse(doc)).toThrow(AdapterError);
  });
});
