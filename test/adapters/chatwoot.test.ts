// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { chatwoot } from '../../lib/adapters/chatwoot';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => chatwoot.parse(loadFixture('chatwoot', name));

/** The text of every private note in a fixture, as the page shows it. */
function noteTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[data-message-id] .bg-n-solid-amber .prose-bubble')).map((el) =>
    el.textContent!.trim(),
  );
}

describe('chatwoot adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 11, client: 6, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    // The inbox bot's greeting is on the counselor side (justify-end), like every agent.
    ['long.html', { messages: 65, client: 32, counselor: 33, composer: true, draft: '' }],
    // Private-note mode: no reply composer, and the notes in the list are not messages.
    ['private-note.html', { messages: 9, client: 5, counselor: 4, composer: false, draft: '' }],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    // Grouped with the next message: no time under it, same reading.
    ['conversation.html', 1, 'client', 'sorry if im slow to reply'],
    // A reply quoting the client: the quoted preview is not part of the reply.
    [
      'conversation.html',
      8,
      'counselor',
      "Two weeks without proper sleep. That sounds exhausting. What's been keeping you up?",
    ],
    ['long.html', 0, 'counselor', 'Hi there! A counselor will be with you shortly.'],
    ['private-note.html', 5, 'client', "yeah. i'm fine honestly, it's just work stuff"],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('private notes are never read as replies, and are counted', () => {
    const doc = loadFixture('chatwoot', 'private-note.html');
    const notes = noteTexts(doc);
    expect(notes).toHaveLength(2);
    const chat = chatwoot.parse(doc);
    expect(chat.notesSkipped).toBe(2);
    for (const note of notes) expect(chat.messages.map((m) => m.text)).not.toContain(note);
    expect(chat.messages.some((m) => /Supervisor|Note to self/.test(m.text))).toBe(false);
    expect(roleString(chat)).toBe('CCKCKCKCK');
  });

  test('a note is known by its amber bubble or by its lock icon alone', () => {
    const byIcon = loadFixture('chatwoot', 'private-note.html');
    for (const bubble of Array.from(byIcon.querySelectorAll('.bg-n-solid-amber'))) {
      bubble.classList.remove('bg-n-solid-amber');
    }
    expect(chatwoot.parse(byIcon).notesSkipped).toBe(2);

    const byBubble = loadFixture('chatwoot', 'private-note.html');
    for (const icon of Array.from(byBubble.querySelectorAll('.i-lucide-lock-keyhole'))) icon.remove();
    expect(chatwoot.parse(byBubble).notesSkipped).toBe(2);
  });

  test('a conversation without notes reports none', () => {
    expect(parse('conversation.html').notesSkipped).toBeUndefined();
  });

  test('activity messages are left out', () => {
    const doc = loadFixture('chatwoot', 'private-note.html');
    const activity = Array.from(doc.querySelectorAll('[data-bubble-name="activity"]')).map((el) =>
      el.textContent!.trim(),
    );
    expect(activity).toHaveLength(2);
    const texts = chatwoot.parse(doc).messages.map((m) => m.text);
    for (const text of activity) expect(texts).not.toContain(text);
  });

  test('a private-note draft is never read as a reply draft', () => {
    const doc = loadFixture('chatwoot', 'private-note.html');
    expect(doc.querySelector('.reply-box.is-private .ProseMirror')?.textContent).toContain('Ask about sleep');
    const chat = chatwoot.parse(doc);
    expect(chat.composer).toBeNull();
    expect(chat.draft).toBe('');
  });

  test('in reply mode the composer is the ProseMirror editor; ids are the message ids; no time or meta in text', () => {
    const chat = parse('conversation.html');
    expect(chat.composer?.classList.contains('ProseMirror')).toBe(true);
    expect(chat.messages[0]).toMatchObject({ id: '1001' });
    expect(chat.messages[0]!.time).toBeUndefined();
    for (const m of chat.messages) expect(m.text).not.toMatch(/Nov 21|\d:\d\d [AP]M/);
  });

  test('builds before components-next: the .is-private note and .message-text__wrap text', () => {
    const doc = htmlDocument(`
      <ul class="conversation-panel">
        <li><div class="justify-start" data-message-id="1"><div class="message-text__wrap">i can't sleep</div></div></li>
        <li><div class="justify-end" data-message-id="2"><div class="is-private"><div class="message-text__wrap">note: follow up</div></div></div></li>
        <li><div class="justify-end" data-message-id="3"><div class="message-text__wrap">That sounds hard.</div></div></li>
      </ul>
      <div class="reply-box"><textarea>draft</textarea></div>`);
    const chat = chatwoot.parse(doc);
    expect(chat.messages.map((m) => [m.role, m.text])).toEqual([
      ['client', "i can't sleep"],
      ['counselor', 'That sounds hard.'],
    ]);
    expect(chat.notesSkipped).toBe(1);
  });

  test('without the conversation panel it throws AdapterError', () => {
    expect(() => chatwoot.parse(htmlDocument('<div class="reply-box"><textarea></textarea></div>'))).toThrow(
      AdapterError,
    );
  });
});
