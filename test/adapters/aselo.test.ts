// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { aselo } from '../../lib/adapters/aselo';
import { AdapterError } from '../../lib/adapters/types';
import { loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => aselo.parse(loadFixture('aselo', name));

describe('aselo adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 10, client: 5, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    [
      'message-input-area.html',
      { messages: 7, client: 3, counselor: 4, composer: true, draft: 'What made today the day?' },
    ],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    [
      'conversation.html',
      7,
      'counselor',
      "Two weeks without proper sleep. That sounds exhausting. What's been keeping you up?",
    ],
    ['long.html', 16, 'client', 'my mum keeps asking what is wrong and i just say nothing'],
    // The helpline's bot speaks for the service: counselor side.
    [
      'message-input-area.html',
      0,
      'counselor',
      'Welcome to the helpline. Before we connect you, how old are you?',
    ],
    ['message-input-area.html', 1, 'client', '16'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('sender names, times, join events and typing indicators stay out of the text', () => {
    const chat = parse('conversation.html');
    expect(roleString(chat)).toBe('CKCKCKCKCK');
    for (const m of chat.messages) {
      expect(m.text).not.toMatch(/Sam R\.|Jordan Reyes|\d:\d\d [AP]M|joined the chat|is typing/);
    }
  });

  test('finds the textarea#messageInputArea variant', () => {
    expect(parse('message-input-area.html').composer?.id).toBe('messageInputArea');
    expect(parse('conversation.html').composer?.getAttribute('data-testid')).toBe('message-input');
  });

  test('without site ids, ids are stable hashes, unique within a conversation', () => {
    const first = parse('long.html').messages.map((m) => m.id);
    expect(parse('long.html').messages.map((m) => m.id)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  test.each([
    ['message list', '.Twilio-MessageList'],
    ['contact name (roles cannot be told without it)', '.Twilio-TaskCanvasHeader-Name'],
  ])('without the %s it throws AdapterError', (_what, selector) => {
    const doc = loadFixture('aselo', 'conversation.html');
    doc.querySelector(selector)!.remove();
    expect(() => aselo.parse(doc)).toThrow(AdapterError);
  });
});
