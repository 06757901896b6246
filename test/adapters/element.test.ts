// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { element } from '../../lib/adapters/element';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => element.parse(loadFixture('element', name));

describe('element adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 11, client: 6, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    // The counselor is editing a message in place: that tile shows an edit box instead of a body.
    ['follow-on.html', { messages: 9, client: 6, counselor: 3, composer: true, draft: '' }],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 1, 'client', 'sorry if im slow to reply'],
    // A reply quoting the client: only the reply itself.
    [
      'conversation.html',
      8,
      'counselor',
      "Two weeks without proper sleep. That sounds exhausting. What's been keeping you up?",
    ],
    // An edited message: no "(edited)".
    [
      'conversation.html',
      10,
      'counselor',
      'At night your mind goes back over the things you feel you got wrong.',
    ],
    // Follow-on tiles hide the sender; data-self still tells who wrote them.
    ['follow-on.html', 2, 'client', 'my sister gave me this link'],
    ['follow-on.html', 4, 'counselor', 'Take your time.'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('works without a user menu: data-self says who wrote each tile', () => {
    for (const name of ['conversation.html', 'follow-on.html', 'long.html']) {
      const doc = loadFixture('element', name);
      expect(doc.querySelector('.mx_UserMenu')).toBeNull();
      expect(() => element.parse(doc)).not.toThrow();
    }
    expect(roleString(parse('conversation.html'))).toBe('CCKCKCKCKCK');
  });

  test('data-self decides even when client and counselor show the same display name', () => {
    const doc = loadFixture('element', 'conversation.html');
    for (const name of Array.from(doc.querySelectorAll('.mx_DisambiguatedProfile_displayName'))) {
      name.textContent = 'Sam';
    }
    expect(roleString(element.parse(doc))).toBe('CCKCKCKCKCK');
  });

  test('state events (joins) and date separators are left out; ids are event ids', () => {
    const doc = loadFixture('element', 'conversation.html');
    const chat = element.parse(doc);
    expect(chat.messages.some((m) => /joined the room/.test(m.text))).toBe(false);
    const info = doc.querySelector('li.mx_EventTile_info')!.getAttribute('data-event-id');
    expect(chat.messages.map((m) => m.id)).not.toContain(info);
    expect(chat.messages[0]!.id).toBe(doc.querySelector('li.mx_EventTile')!.getAttribute('data-event-id'));
  });

  test('an inline edit box is not the reply box', () => {
    const doc = loadFixture('element', 'follow-on.html');
    const edit = doc.querySelector('.mx_EditMessageComposer .mx_BasicMessageComposer_input')!;
    expect(edit.textContent).toContain('Only if you want to');
    const chat = element.parse(doc);
    expect(chat.composer).not.toBe(edit);
    expect(chat.composer?.closest('.mx_MessageComposer')).not.toBeNull();
    // Without the room composer there is no reply box at all, the edit box notwithstanding.
    doc.querySelector('.mx_MessageComposer')!.remove();
    expect(element.parse(doc).composer).toBeNull();
  });

  test("a thread's composer in the right panel is not the room's reply box", () => {
    const doc = loadFixture('element', 'conversation.html');
    doc.body.insertAdjacentHTML(
      'afterbegin',
      '<aside class="mx_RightPanel"><div class="mx_MessageComposer"><div class="mx_BasicMessageComposer_input" contenteditable="true" role="textbox">thread reply</div></div></aside>',
    );
    expect(element.parse(doc).draft).toBe('It makes sense you feel worn out.');
  });

  test('a build without data-self falls back to the name in the user menu, and says so when it cannot', () => {
    const doc = loadFixture('element', 'conversation.html');
    for (const tile of Array.from(doc.querySelectorAll('[data-self]'))) tile.removeAttribute('data-self');
    expect(() => element.parse(doc)).toThrow(AdapterError);
    doc.body.insertAdjacentHTML(
      'afterbegin',
      '<div class="mx_UserMenu"><span class="mx_UserMenu_name">Jordan</span></div>',
    );
    expect(roleString(element.parse(doc))).toBe('CCKCKCKCKCK');
  });

  test('without the timeline it throws AdapterError', () => {
    expect(() => element.parse(htmlDocument('<div class="mx_RoomView"></div>'))).toThrow(AdapterError);
  });
});
