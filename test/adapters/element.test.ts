// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { element } from '../../lib/adapters/element';
import { AdapterError } from '../../lib/adapters/types';
import { loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => element.parse(loadFixture('element', name));

describe('element adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 10, client: 5, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    ['follow-on.html', { messages: 10, client: 6, counselor: 4, composer: true, draft: '' }],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    // Follow-on tiles take the sender of the tile before them.
    ['follow-on.html', 2, 'client', 'my sister gave me this link'],
    ['follow-on.html', 4, 'counselor', 'Take your time.'],
    // A reply: the quoted message is not part of the text.
    ['follow-on.html', 6, 'counselor', 'She is worried about you. What do you think?'],
    ['follow-on.html', 8, 'client', "idk. maybe she's right"],
    ['follow-on.html', 9, 'client', 'i just feel tired all the time'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('state events are left out; ids are event ids', () => {
    const chat = parse('follow-on.html');
    expect(roleString(chat)).toBe('CCCKKCKKCC');
    expect(chat.messages.some((m) => /joined the room|invited/.test(m.text))).toBe(false);
    expect(chat.messages[0]!.id).toBe('$fo1:helpline.example');
  });

  test('the logged-in user is read from the user menu avatar (by Matrix id, not display name)', () => {
    const doc = loadFixture('element', 'conversation.html');
    // Another account with the same display name does not make the client's messages ours.
    doc.querySelector('.mx_UserMenu_userName')!.textContent = 'Sam';
    expect(roleString(element.parse(doc))).toBe('CKCKCKCKCK');
  });

  test('without a Matrix id, the display name decides', () => {
    const doc = loadFixture('element', 'conversation.html');
    doc.querySelector('.mx_UserMenu [title]')!.removeAttribute('title');
    expect(roleString(element.parse(doc))).toBe('CKCKCKCKCK');
  });

  test("bubble layout's data-self wins", () => {
    const doc = loadFixture('element', 'conversation.html');
    doc
      .querySelector('li.mx_EventTile[data-event-id="$ev001:helpline.example"]')!
      .setAttribute('data-self', 'true');
    expect(element.parse(doc).messages[0]!.role).toBe('counselor');
  });

  test('the composer: basic composer or the WYSIWYG editor', () => {
    expect(parse('conversation.html').composer?.classList.contains('mx_BasicMessageComposer_input')).toBe(
      true,
    );
    expect(parse('long.html').composer?.classList.contains('mx_WysiwygComposer_Editor_content')).toBe(true);
  });

  test.each([
    ['timeline', 'ol.mx_RoomView_MessageList'],
    ['logged-in user', '.mx_UserMenu'],
  ])('without the %s it throws AdapterError', (_what, selector) => {
    const doc = loadFixture('element', 'conversation.html');
    doc.querySelector(selector)!.remove();
    expect(() => element.parse(doc)).toThrow(AdapterError);
  });
});
