// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mattermost } from '../../lib/adapters/mattermost';
import { AdapterError } from '../../lib/adapters/types';
import { htmlDocument, loadFixture, roleString, summarize } from './fixtures';

const parse = (name: string) => mattermost.parse(loadFixture('mattermost', name));
const LIST = '<div id="postListContent" class="post-list__content"></div>';

describe('mattermost adapter', () => {
  test.each([
    [
      'conversation.html',
      { messages: 11, client: 6, counselor: 5, composer: true, draft: 'It makes sense you feel worn out.' },
    ],
    ['long.html', { messages: 64, client: 32, counselor: 32, composer: true, draft: '' }],
    // The thread's box holds the draft while the channel box is empty.
    [
      'system-and-thread.html',
      {
        messages: 8,
        client: 4,
        counselor: 4,
        composer: true,
        draft: 'What would you want from tonight, if anything?',
      },
    ],
    [
      'wysiwyg.html',
      {
        messages: 9,
        client: 5,
        counselor: 4,
        composer: true,
        draft: 'Two weeks is a long time to run on empty.',
      },
    ],
  ])('%s parses to %o', (name, expected) => {
    expect(summarize(parse(name))).toEqual(expected);
  });

  test.each([
    ['conversation.html', 0, 'client', "hi. i don't really know why i'm texting this"],
    // A consecutive post (same--user) has no header and no time, and is still the client's.
    ['conversation.html', 1, 'client', 'sorry if im slow to reply'],
    // An edited post: the "Edited" marker is not part of what was written.
    [
      'conversation.html',
      6,
      'counselor',
      "Work has been a lot lately, and you'd rather not make a big deal of it.",
    ],
    // The counselor's own /me post is post--system too, and is read.
    ['system-and-thread.html', 5, 'counselor', 'jordan is making a cup of tea'],
  ])('%s message %i is %s: %j', (name, index, role, text) => {
    expect(parse(name).messages[index]).toMatchObject({ role, text });
  });

  test('system and ephemeral posts are left out; thread copies are not read twice', () => {
    const chat = parse('system-and-thread.html');
    expect(chat.messages.some((m) => /joined the channel|Only visible to you/.test(m.text))).toBe(false);
    expect(chat.messages.some((m) => m.text === 'idk. maybe')).toBe(false);
    expect(new Set(chat.messages.map((m) => m.id)).size).toBe(chat.messages.length);
    expect(roleString(chat)).toBe('CCKCKKCK');
    expect(parse('conversation.html').messages.some((m) => /joined the channel/.test(m.text))).toBe(false);
  });

  test('ids are the post ids and times come from the header <time datetime>', () => {
    const doc = loadFixture('mattermost', 'conversation.html');
    const first = doc.querySelector('#postListContent div.post.other--root:not(.post--system)')!;
    const chat = mattermost.parse(doc);
    expect(chat.messages[0]!.id).toBe(first.id.replace(/^post_/, ''));
    expect(chat.messages[0]!.time).toBe(Date.parse(first.querySelector('time')!.getAttribute('datetime')!));
    expect(chat.messages[1]!.time).toBeUndefined();
  });

  test('the WYSIWYG editor is a contenteditable with the same id, not a textarea', () => {
    const chat = parse('wysiwyg.html');
    expect(chat.composer?.id).toBe('post_textbox');
    expect(chat.composer?.tagName).toBe('DIV');
    expect(chat.composer?.getAttribute('contenteditable')).toBe('true');
  });

  test('an id on a wrapper leads to the editable inside it', () => {
    const doc = htmlDocument(
      `${LIST}<div id="post_textbox"><div class="ProseMirror" contenteditable="true"><p>Still here.</p></div></div>`,
    );
    const chat = mattermost.parse(doc);
    expect(chat.composer?.classList.contains('ProseMirror')).toBe(true);
    expect(chat.draft).toBe('Still here.');
  });

  test('an in-place edit box is never the reply box', () => {
    const doc = htmlDocument(`${LIST}<textarea id="edit_textbox">fixed a typo</textarea>`);
    expect(mattermost.parse(doc)).toMatchObject({ composer: null, draft: '' });
  });

  test('the channel box wins while it holds a draft, even with a thread draft', () => {
    const doc = loadFixture('mattermost', 'system-and-thread.html');
    doc.querySelector<HTMLTextAreaElement>('#post_textbox')!.value = 'Channel draft';
    expect(mattermost.parse(doc)).toMatchObject({ draft: 'Channel draft' });
  });

  test('without the post list it throws AdapterError', () => {
    expect(() => mattermost.parse(htmlDocument('<textarea id="post_textbox"></textarea>'))).toThrow(
      AdapterError,
    );
  });
});
