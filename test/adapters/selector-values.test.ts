// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mattermost } from '../../lib/adapters/mattermost';
import { rocketchat } from '../../lib/adapters/rocketchat';
import { zendesk } from '../../lib/adapters/zendesk';
import { htmlDocument } from './fixtures';

/**
 * Adapters that look an element up by an id the page gave (a post's, a message's, a ticket's)
 * build a selector from it. A quote in the id once made Mattermost's selector invalid and `parse`
 * throw a SyntaxError instead of reading the chat (found by test/property/adapters.test.ts); a line
 * break does the same in Chromium (happy-dom's selector parser lets it pass, so here it only shows
 * that such ids are still found). The ids are set through the DOM: markup cannot hold every one.
 */
const ODD_IDS = ['a"b', 'a\\', 'x\ny', 'x\r\ny', 'q"\\]\n"z'];

describe('ids with quotes, backslashes and line breaks', () => {
  test.each(ODD_IDS)('mattermost reads the body named after post %j', (postId) => {
    const doc = htmlDocument(
      '<div id="postListContent"><div class="post"><div class="body">the client\'s words</div></div></div>',
    );
    doc.querySelector('.post')!.id = `post_${postId}`;
    doc.querySelector('.body')!.id = `postMessageText_${postId}`;
    expect(mattermost.parse(doc).messages).toEqual([
      { id: postId, role: 'client', text: "the client's words", time: undefined },
    ]);
  });

  test.each(ODD_IDS)('rocketchat reads the body named after message %j', (mid) => {
    const doc = htmlDocument(
      '<div class="messages-list"><div class="rcx-message" data-own="false">' +
        '<div class="rcx-message-body quoted" id="other-content">a quoted message</div>' +
        '<div class="rcx-message-body own">the client\'s words</div></div></div>',
    );
    doc.querySelector('.rcx-message')!.setAttribute('data-id', mid);
    doc.querySelector('.own')!.id = `${mid}-content`;
    expect(rocketchat.parse(doc).messages).toEqual([{ id: mid, role: 'client', text: "the client's words" }]);
  });

  test.each(ODD_IDS)('zendesk reads the pane of selected ticket %j', (ticket) => {
    const log = (text: string) =>
      '<div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item">' +
      `<div data-test-id="omni-log-item-message" type="end-user">${text}</div></article></div>`;
    const doc = htmlDocument(
      '<a data-test-id="header-tab" data-entity-type="TICKET_ENTITY_TYPE" data-entity-is-selected="true"></a>' +
        `<div class="other" data-test-id="ticket-1-standard-layout">${log('another ticket')}</div>` +
        `<div class="selected">${log("the client's words")}</div>`,
    );
    doc.querySelector('a')!.setAttribute('data-entity-id', ticket);
    doc.querySelector('.selected')!.setAttribute('data-test-id', `ticket-${ticket}-standard-layout`);
    expect(zendesk.parse(doc).messages.map((m) => m.text)).toEqual(["the client's words"]);
  });
});
