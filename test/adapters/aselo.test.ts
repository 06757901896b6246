// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { aselo } from '../../lib/adapters/aselo';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => aselo.parse(loadFixture('aselo', name));

describe('aselo adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 12, client: 6, counselor: 6, composer: true, draft: 'It makes sense you feel worn out.' },
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
    // The bot greeting is not the client.
    ['conversation.html', 0, 'counselor', 'Welcome to the helpline. A counselor will be with you shortly.'],
    ['conversation.html', 1, 'client', "hi. i don't really know why i'm texting this"],
    // Own messages named "You": still the counselor.
    [
      'long.html',
      1,
      'counselor',
      "Yes, I'm a real person. I'm Jordan, a counselor here. What's on your mind tonight?",
    ],
    // A masked contact: header and sender show the same mask, which compares equal.
    ['message-input-area.html', 1, 'client', '16'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('the sender name and time in the bubble header are not part of the text', () => {
    for (const m of parse('conversation.html').messages)
      expect(m.text).not.toMatch(/Sam R\.|Jordan Reyes|\d:\d\d [AP]M/);
    expect(roleString(parse('conversation.html'))).toBe('KCCKCKCKCKCK');
  });

  test("Flex's input and Aselo's own input are both the composer", () => {
    expect(parse('conversation.html').composer?.getAttribute('data-testid')).toBe('message-input');
    expect(parse('message-input-area.html').composer?.id).toBe('messageInputArea');
  });

  test('without the contact name in the header the roles cannot be told: AdapterError', () => {
    const doc = loadFixture('aselo', 'conversation.html');
    doc.querySelector('.Twilio-TaskCanvasHeader h4')!.remove();
    expect(() => aselo.parse(doc)).toThrow(AdapterError);
  });

  test('without the message list it throws AdapterError (the bare <p> chat UI is not read)', () => {
    expect(() =>
      aselo.parse(
        htmlDocument(
          '<div class="Twilio-TaskCanvas"><div class="Twilio-MessagingCanvas"><p>hi</p></div><textarea id="messageInputArea"></textarea></div>',
        ),
      ),
    ).toThrow(AdapterError);
  });
});
