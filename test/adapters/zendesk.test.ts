// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { zendesk } from '../../lib/adapters/zendesk';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => zendesk.parse(loadFixture('zendesk', name));

/** Selects the header tab of `ticket` and shows its pane (hiding the others), as clicking it would. */
function selectTab(doc: Document, ticket: string): void {
  for (const tab of Array.from(doc.querySelectorAll('[data-test-id="header-tab"]'))) {
    tab.setAttribute('data-entity-is-selected', String(tab.getAttribute('data-entity-id') === ticket));
  }
  for (const pane of Array.from(doc.querySelectorAll('[data-test-id$="-standard-layout"]'))) {
    const shown = pane.getAttribute('data-test-id') === `ticket-${ticket}-standard-layout`;
    pane.setAttribute('data-is-active', String(shown));
    if (shown) pane.removeAttribute('style');
    else pane.setAttribute('style', 'visibility: hidden;');
  }
}

describe('zendesk adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 12, client: 6, counselor: 6, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    // The composer is set to write an internal note: there is no reply box.
    ['internal-note-mode.html', { messages: 6, client: 3, counselor: 3, composer: false, draft: '' }],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'counselor', 'Hi! A member of the team will be with you soon.'],
    ['conversation.html', 1, 'client', "hi. i don't really know why i'm texting this"],
    [
      'conversation.html',
      3,
      'counselor',
      "Hi, I'm Jordan. I'm glad you reached out. You're not sure why you texted, and you did it anyway.",
    ],
    ['conversation.html', 8, 'client', "i haven't slept properly in like two weeks"],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test("reads only the selected ticket, though the other ticket's pane comes first in the page", () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    const logs = doc.querySelectorAll('[data-test-id="omni-log-container"]');
    expect(logs).toHaveLength(2);
    expect(logs[0]!.textContent).toContain('delivery never arrived');
    const chat = zendesk.parse(doc);
    expect(chat.messages.some((m) => /delivery|Alex|its been two weeks/.test(m.text))).toBe(false);
    expect(chat.draft).toBe('It makes sense you feel worn out.');

    // Switching tabs switches what is read, composer included.
    selectTab(doc, '4811');
    const other = zendesk.parse(doc);
    expect(other.messages.map((m) => m.text)).toEqual([
      'hello, my delivery never arrived',
      "Sorry to hear that, Alex. I'll look into it now.",
      'its been two weeks',
    ]);
    expect(other.draft).toBe('I have escalated your order.');
  });

  test('with several tickets open and none marked as shown, it reads nothing rather than the wrong one', () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    for (const tab of Array.from(doc.querySelectorAll('[data-test-id="header-tab"]'))) tab.remove();
    for (const pane of Array.from(doc.querySelectorAll('[data-is-active]')))
      pane.removeAttribute('data-is-active');
    expect(() => zendesk.parse(doc)).toThrow(AdapterError);
  });

  test('without header tabs, the pane marked active is read', () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    for (const tab of Array.from(doc.querySelectorAll('[data-test-id="header-tab"]'))) tab.remove();
    expect(zendesk.parse(doc).messages).toHaveLength(12);
  });

  test('internal notes are never read as replies, and are counted', () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    const chat = zendesk.parse(doc);
    expect(chat.notesSkipped).toBe(1);
    expect(chat.messages.some((m) => /Supervisor|feels safe tonight/.test(m.text))).toBe(false);
    expect(roleString(chat)).toBe('KCCKCKCKCKCK');
  });

  test('a note is known by its tag or by type="internal" alone', () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    for (const tag of Array.from(doc.querySelectorAll('[data-test-id="omni-log-internal-note-tag"]')))
      tag.remove();
    expect(zendesk.parse(doc).notesSkipped).toBe(1);
  });

  test('without a type attribute the requester decides who the client is', () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    for (const m of Array.from(
      doc.querySelectorAll('[data-test-id="omni-log-item-message"]:not([type="internal"])'),
    )) {
      m.removeAttribute('type');
    }
    expect(roleString(zendesk.parse(doc))).toBe('KCCKCKCKCKCK');
  });

  test('a hidden copy of a message is not read; read receipts and times are not text', () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    const pane = doc.querySelector('[data-test-id="ticket-4812-standard-layout"]')!;
    pane.querySelector('[data-test-id="omni-log-item-message"]')!.setAttribute('aria-hidden', 'true');
    const chat = zendesk.parse(doc);
    expect(chat.messages).toHaveLength(11);
    for (const m of chat.messages) expect(m.text).not.toMatch(/Read|\d:\d\d [AP]M/);
  });

  test('times come from the timestamp datetime; the composer is the CKEditor editable', () => {
    const doc = loadFixture('zendesk', 'conversation.html');
    const chat = zendesk.parse(doc);
    const first = doc.querySelector('[data-ticket-id="4812"] time[datetime]')!.getAttribute('datetime')!;
    expect(chat.messages[0]!.time).toBe(Date.parse(first));
    expect(chat.composer?.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
    expect(chat.composer?.closest('[data-test-id="ticket-4812-standard-layout"]')).not.toBeNull();
  });

  test('an internal-note draft is never read as a reply draft', () => {
    const doc = loadFixture('zendesk', 'internal-note-mode.html');
    expect(doc.querySelector('[contenteditable="true"]')?.textContent).toContain('Flag for supervisor');
    expect(zendesk.parse(doc)).toMatchObject({ composer: null, draft: '' });
  });

  test('without a conversation log it throws AdapterError', () => {
    expect(() => zendesk.parse(htmlDocument('<div data-test-id="ticket-1-standard-layout"></div>'))).toThrow(
      AdapterError,
    );
  });
});
