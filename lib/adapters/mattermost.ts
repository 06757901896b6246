import { AdapterError, type ComposerReading, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, readTime } from './dom';
import { editableIn } from './query';
import { lookedUp, messageList, remembered } from '../live/read-memo';

/**
 * Mattermost (self-hosted). Read from mattermost/mattermost, webapp/channels/src/components/:
 * - post_view/post_list_virtualized/post_list_virtualized.tsx: `#postListContent.post-list__content`
 *   around a dynamic virtualized list (`.post-list__dynamic`): only the posts on screen exist;
 * - post/post_component.tsx: each post is `div.a11y__section.post[role=listitem]` with id
 *   `post_<id>` in the channel (`rhsPost_<id>` in the thread panel, `searchResult_<id>` in search),
 *   `.current--user` on the viewer's own posts (never on system posts), `.post--system` on system
 *   posts and on `/me` posts, `.same--user` on a consecutive post whose header is hidden, the
 *   header's `time[datetime]` (components/timestamp), the body `#<id>_message`;
 * - post_view/post_message_view: the text `#postMessageText_<id>.post-message__text`, with the
 *   `.post-edited__indicator` ("Edited") inside it;
 * - advanced_text_editor/advanced_text_editor.tsx: the Textbox id comes from
 *   `AdvancedTextEditorTextboxIds`: `post_textbox` in the channel, `reply_textbox` in the thread,
 *   `edit_textbox` when editing a post in place (never a reply); the test id is `post_textbox`
 *   (e2e-tests: `findByTestId('post_textbox')`). The editor can be a textarea or a ProseMirror
 *   contenteditable (the WYSIWYG editor built on tiptap), so the id is not qualified by tag, and
 *   when the id sits on a wrapper the editable inside it is taken.
 *
 * Who wrote it: `.current--user` is the counselor, every other post the client. A `/me` post by
 * the counselor keeps `.current--user` and is read; every other `.post--system` post is left out
 * (limitation: a client's `/me` post cannot be told from a system post, so it is left out too).
 *
 * Composer: the channel box, unless it is empty and the open thread's box holds text (the
 * counselor is replying in the thread). Thread (RHS) posts are not read twice; replies that exist
 * only in the thread panel are not read (collapsed reply threads hide them from the channel).
 */
const ID = 'mattermost';

const LIST = '#postListContent, .post-list__content, #post-list';
const POST = 'div.post[id^="post_"]';
const TEXT = '.post-message__text';
const CHANNEL_BOX = '#post_textbox, [data-testid="post_textbox"]';
const REPLY_BOX = '#reply_textbox, [data-testid="reply_textbox"]';

/** The draft being written: the channel box, unless it is empty and the open thread's box is not. */
function composerIn(root: ParentNode): ComposerReading {
  const [channelBox, replyBox] = lookedUp(root, `${ID}:boxes`, () => [
    editableIn(root.querySelector(CHANNEL_BOX)),
    editableIn(root.querySelector(REPLY_BOX)),
  ]);
  const composer =
    replyBox && (!channelBox || (readDraft(channelBox) === '' && readDraft(replyBox) !== ''))
      ? replyBox
      : channelBox;
  return { composer, draft: readDraft(composer) };
}

/** One post as a message, with the post's id; null for system posts and posts with only files. */
function readPost(post: Element): (Omit<ParsedMessage, 'id'> & { readonly postId: string }) | null {
  const own = post.classList.contains('current--user');
  if (post.classList.contains('post--system') && !own) return null;
  const postId = post.id.slice('post_'.length);
  // Compared, not put in a selector: a quote or line break in the id would make the selector invalid.
  const bodyId = `postMessageText_${postId}`;
  const body =
    Array.from(post.querySelectorAll('[id]')).find((el) => el.id === bodyId) ?? post.querySelector(TEXT);
  if (!body) return null; // file-only posts
  const text = readText(body, ['.post-edited__indicator']);
  if (!text) return null;
  return { postId, role: own ? 'counselor' : 'client', text, time: readTime(post) };
}

export const mattermost: SiteAdapter = {
  id: ID,
  name: 'Mattermost',
  matches: [],
  detect(root) {
    return root.querySelector(`${POST}, ${CHANNEL_BOX}`) !== null && root.querySelector(LIST) !== null;
  },
  parse(root) {
    const list = messageList(root.querySelector(LIST));
    if (!list) throw new AdapterError(ID, 'post list #postListContent');
    const messages: ParsedMessage[] = [];
    for (const post of Array.from(list.querySelectorAll(POST))) {
      const read = remembered(post, `${ID}:post`, () => readPost(post));
      if (!read) continue;
      const { postId, role, text, time } = read;
      messages.push({ id: postId || fallbackId(ID, role, text, messages.length), role, text, time });
    }
    return { messages, ...composerIn(root) };
  },
  readComposer: composerIn,
};

/*
 * Fixtures: test/fixtures/mattermost/{conversation,long,system-and-thread,wysiwyg}.html.
 * Written 2026-11-30 from the component source named above (rendered by hand), not captured from a
 * live Mattermost page. wysiwyg: the channel box as a ProseMirror contenteditable.
 * URL shapes to re-check by hand: https://<host>/<team>/messages/@<user> (direct message),
 * https://<host>/<team>/channels/<channel> with the reply thread (RHS) open, and with the
 * formatting (WYSIWYG) editor switched on.
 */
