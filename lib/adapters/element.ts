import type { Role } from '../../models';
import { AdapterError, type ComposerReading, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, firstOutside, readDraft, readText, sameName } from './dom';
import { editableIn } from './query';
import { lookedUp, messageList, remembered } from '../live/read-memo';

/**
 * Element (Matrix), self-hosted or app.element.io. Read from element-hq/element-web:
 * - apps/web/src/components/views/rooms/EventTile/EventTileView.tsx and EventTile.tsx: every
 *   room-timeline tile is `li.mx_EventTile` with `data-event-id`, `data-layout` and
 *   `data-self="true|false"` (the event's sender is the logged-in user); the sender
 *   (`.mx_DisambiguatedProfile`), the avatar, then `.mx_EventTile_line` holding the reply chain
 *   (`.mx_ReplyChain`, a quote of an earlier message) and the body; follow-on tiles carry
 *   `.mx_EventTile_continuation` and hide the sender; state events (joins, topic) are
 *   `.mx_EventTile_info`;
 * - src/components/views/rooms/BasicMessageComposer.tsx: the composer
 *   `.mx_BasicMessageComposer_input[contenteditable][role=textbox]`, used by the room's
 *   `.mx_MessageComposer` (MessageComposer.tsx) and by the inline edit box
 *   (EditMessageComposer.tsx, `.mx_EditMessageComposer`), which is not a reply; the rich-text
 *   editor's `.mx_WysiwygComposer_Editor_content`.
 * The timeline is `ol.mx_RoomView_MessageList` (ScrollPanel); the text is `.mx_EventTile_body`
 * outside any quoted reply, without the "(edited)" marker `.mx_EventTile_edited`.
 *
 * Who wrote it: `data-self` alone; no user lookup is needed, and no user menu is read (the menu
 * changed: `.mx_UserMenu_userName` became `.mx_UserMenu_name` and its avatar lost the user id).
 * Only when a build renders no `data-self` at all is the sender compared with the name shown in
 * the user menu; without either the page cannot be read and the adapter says so.
 *
 * Composer: the room's `.mx_MessageComposer` outside the right panel (a thread's composer sits in
 * `.mx_RightPanel`), never an inline edit box.
 */
const ID = 'element';

const LIST = 'ol.mx_RoomView_MessageList';
const TILE = 'li.mx_EventTile[data-event-id]';
const BODY = '.mx_EventTile_body';
const REPLY = '.mx_ReplyChain';
const PROFILE = '.mx_DisambiguatedProfile';
const DISPLAY_NAME = '.mx_DisambiguatedProfile_displayName';
const ROOM_COMPOSER = '.mx_MessageComposer';
const EDITOR =
  '.mx_BasicMessageComposer_input[contenteditable="true"], .mx_WysiwygComposer_Editor_content[contenteditable="true"]';
const NOT_REPLY_BOX = '.mx_EditMessageComposer, .mx_RightPanel';
const USER_NAME = '.mx_UserMenu_name, .mx_UserMenu_userName';

function senderName(tile: Element): string | null {
  const profile = firstOutside(tile, PROFILE, REPLY);
  return profile?.querySelector(DISPLAY_NAME)?.textContent?.trim() || profile?.textContent?.trim() || null;
}

function composerIn(root: ParentNode): ComposerReading {
  const composer = lookedUp(root, `${ID}:composer`, () => roomComposer(root));
  return { composer, draft: readDraft(composer) };
}

/** The reply box: an editor inside the room's composer, never an inline edit or a thread's box. */
function roomComposer(root: ParentNode): HTMLElement | null {
  for (const box of Array.from(root.querySelectorAll(ROOM_COMPOSER))) {
    if (box.closest(NOT_REPLY_BOX)) continue;
    const editor = editableIn(box.querySelector(EDITOR));
    if (editor && !editor.closest('.mx_EditMessageComposer')) return editor;
  }
  return null;
}

/** What a tile says on its own: who wrote it (as far as it shows), its text and event id. */
interface Tile {
  readonly info: boolean;
  readonly continuation: boolean;
  readonly sender: string | null;
  /** `data-self`, when the build renders it. */
  readonly self: string | null;
  /** null when the tile has no body (a state event, an image). */
  readonly text: string | null;
  readonly eventId: string | null;
}

function readTile(tile: Element): Tile {
  const body = firstOutside(tile, BODY, REPLY);
  return {
    info: tile.classList.contains('mx_EventTile_info'),
    continuation: tile.classList.contains('mx_EventTile_continuation'),
    sender: senderName(tile),
    self: tile.getAttribute('data-self'),
    text: body ? readText(body, ['.mx_EventTile_edited']) : null,
    eventId: tile.getAttribute('data-event-id'),
  };
}

export const element: SiteAdapter = {
  id: ID,
  name: 'Element (Matrix)',
  matches: [],
  detect(root) {
    return root.querySelector(`${LIST}, ${ROOM_COMPOSER} .mx_BasicMessageComposer_input`) !== null;
  },
  parse(root) {
    const list = messageList(root.querySelector(LIST));
    if (!list) throw new AdapterError(ID, `timeline ${LIST}`);
    const tiles = Array.from(list.querySelectorAll(TILE))
      .map((tile) => remembered(tile, `${ID}:tile`, () => readTile(tile)))
      .filter((tile) => !tile.info);
    const hasSelfFlag = tiles.some((tile) => tile.self !== null);
    const me = hasSelfFlag ? null : root.querySelector(USER_NAME)?.textContent?.trim() || null;
    if (tiles.length > 0 && !hasSelfFlag && !me) {
      throw new AdapterError(ID, 'who wrote each message (data-self)');
    }

    const messages: ParsedMessage[] = [];
    let previous: string | null = null;
    for (const tile of tiles) {
      const sender: string | null = tile.continuation ? (tile.sender ?? previous) : tile.sender;
      previous = sender;
      const text = tile.text;
      if (text === null) continue;
      const role: Role = hasSelfFlag
        ? tile.self === 'true'
          ? 'counselor'
          : 'client'
        : sameName(sender, me)
          ? 'counselor'
          : 'client';
      if (!text) continue;
      messages.push({ id: tile.eventId || fallbackId(ID, role, text, messages.length), role, text });
    }
    return { messages, ...composerIn(root) };
  },
  readComposer: composerIn,
};

/*
 * Fixtures: test/fixtures/element/{conversation,long,follow-on}.html.
 * Written 2026-11-30 from the component source named above (rendered by hand), not captured from a
 * live Element page; none has a user menu. conversation: group layout with a state event, a quoted
 * reply and a date separator; follow-on: bubble layout with follow-on tiles and an inline edit box
 * open on an earlier message.
 * URL shapes to re-check by hand: https://app.element.io/#/room/!<room>:<server> and a
 * self-hosted Element's /#/room/... (group layout, bubble layout, IRC layout, a thread open in
 * the right panel).
 */
