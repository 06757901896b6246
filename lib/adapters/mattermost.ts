import { AdapterError, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, readTime } from './dom';

/**
 * Mattermost (self-hosted). Center-channel posts are `div.post#post_{id}` [V]; own posts carry
 * `.current--user` on every post, header shown or not [V]; system posts `.post--system` are left
 * out [V]. Text is `#postMessageText_{id}` / `.post-message__text` [V].
 *
 * Composer: the channel's `textarea#post_textbox` (or `[data-testid="post-create-textbox"]` on
 * newer builds [3P]). The reply thread's `#reply_textbox` [V] is used instead when the channel box
 * is absent, or empty while the thread box holds text (the counselor is replying in the thread).
 * Thread (RHS) posts have `rhsPost_` ids, so they are not read twice; replies that exist only in
 * the thread panel are not read (limitation: collapsed reply threads hide them from the channel).
 */
const ID = 'mattermost';

const LIST = '#postListContent, #post-list, .post-list__content';
const POST = 'div.post[id^="post_"]';
const TEXT = '.post-message__text';
const CHANNEL_BOX = 'textarea#post_textbox, [data-testid="post-create-textbox"]';
const REPLY_BOX = 'textarea#reply_textbox';

export const mattermost: SiteAdapter = {
  id: ID,
  name: 'Mattermost',
  matches: [],
  detect(root) {
    return root.querySelector(`${POST}, ${CHANNEL_BOX}`) !== null && root.querySelector(LIST) !== null;
  },
  parse(root) {
    const list = root.querySelector(LIST);
    if (!list) throw new AdapterError(ID, 'post list #postListContent');
    const messages: ParsedMessage[] = [];
    for (const post of Array.from(list.querySelectorAll(POST))) {
      if (post.classList.contains('post--system')) continue;
      const postId = post.id.slice('post_'.length);
      const body = post.querySelector(`[id="postMessageText_${postId}"]`) ?? post.querySelector(TEXT);
      if (!body) continue; // file-only posts
      const role = post.classList.contains('current--user') ? 'counselor' : 'client';
      const text = readText(body, ['.post-edited__indicator']);
      messages.push({
        id: postId || fallbackId(ID, role, text, messages.length),
        role,
        text,
        time: readTime(post),
      });
    }
    const channelBox = root.querySelector<HTMLTextAreaElement>(CHANNEL_BOX);
    const replyBox = root.querySelector<HTMLTextAreaElement>(REPLY_BOX);
    // The draft being written: the channel box, unless it is empty and the open thread's box is not.
    const composer =
      replyBox && (!channelBox || (readDraft(channelBox) === '' && readDraft(replyBox) !== ''))
        ? replyBox
        : channelBox;
    return { messages, composer, draft: readDraft(composer) };
  },
};

/*
 * Fixtures: test/fixtures/mattermost/{conversation,long,system-and-thread}.html.
 * Written 2026-11-21 from docs/platforms.md, not captured from a live Mattermost page.
 * URL shapes to re-check by hand: https://<host>/<team>/messages/@<user> (direct message),
 * https://<host>/<team>/channels/<channel> with the reply thread (RHS) open.
 */
