import type { Role } from '../../models';
import { AdapterError, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, firstOutside, readDraft, readText, readTime, sameName } from './dom';

/**
 * Element (Matrix), self-hosted or app.element.io. Timeline `ol.mx_RoomView_MessageList` of
 * `li.mx_EventTile[data-event-id]` [V]; text `.mx_EventTile_body` outside any quoted
 * `.mx_ReplyChain`; sender `.mx_DisambiguatedProfile` [V]. State events (`.mx_EventTile_info`)
 * and tiles without a body are left out.
 *
 * Who wrote it: the counselor is the logged-in user. We read them from the page's own markup:
 * the user menu (`.mx_UserMenu`) avatar's `title` holds the Matrix id (`@name:server`) [3P], and
 * `.mx_UserMenu_userName` the display name when the panel is wide [3P]. A tile's sender is the
 * Matrix id in its avatar `title` or in `.mx_DisambiguatedProfile`'s `title`
 * ("Name (@id:server)"), else its display name. Follow-on tiles (`.mx_EventTile_continuation`)
 * hide the sender: they take the previous tile's. Bubble layout's `data-self="true"` wins when
 * present [3P]. Without a logged-in user every message would look like the client's, so the
 * user menu is required.
 */
const ID = 'element';

const LIST = 'ol.mx_RoomView_MessageList';
const TILE = 'li.mx_EventTile[data-event-id]';
const BODY = '.mx_EventTile_body';
const REPLY = '.mx_ReplyChain, blockquote.mx_ReplyChain';
const PROFILE = '.mx_DisambiguatedProfile';
const DISPLAY_NAME = '.mx_DisambiguatedProfile_displayName';
const USER_MENU = '.mx_UserMenu';
const COMPOSER =
  '.mx_BasicMessageComposer_input[contenteditable="true"][role="textbox"], .mx_WysiwygComposer_Editor_content[contenteditable="true"]';

const MXID = /@[^\s():]+:[^\s()]+/;

interface Sender {
  readonly id: string | null;
  readonly name: string | null;
}

function senderOf(tile: Element): Sender | null {
  const profile = firstOutside(tile, PROFILE, REPLY);
  const avatar = tile.querySelector('.mx_EventTile_avatar [title]');
  const id =
    MXID.exec(avatar?.getAttribute('title') ?? '')?.[0] ??
    MXID.exec(profile?.getAttribute('title') ?? '')?.[0] ??
    null;
  const name = profile?.querySelector(DISPLAY_NAME)?.textContent?.trim() ?? null;
  return id || name ? { id, name } : null;
}

function loggedInUser(root: ParentNode): Sender | null {
  const menu = root.querySelector(USER_MENU);
  if (!menu) return null;
  const titled = Array.from(menu.querySelectorAll('[title]')).map((el) => el.getAttribute('title') ?? '');
  const id = titled.map((t) => MXID.exec(t)?.[0]).find(Boolean) ?? null;
  const name = menu.querySelector('.mx_UserMenu_userName')?.textContent?.trim() || null;
  return id || name ? { id, name } : null;
}

function isSelf(sender: Sender | null, me: Sender): boolean {
  if (!sender) return false;
  if (sender.id && me.id) return sender.id === me.id;
  return sameName(sender.name, me.name);
}

export const element: SiteAdapter = {
  id: ID,
  name: 'Element (Matrix)',
  matches: [],
  detect(root) {
    return root.querySelector(`${LIST}, ${COMPOSER}`) !== null;
  },
  parse(root) {
    const list = root.querySelector(LIST);
    if (!list) throw new AdapterError(ID, `timeline ${LIST}`);
    const me = loggedInUser(root);
    if (!me) throw new AdapterError(ID, `logged-in user ${USER_MENU}`);

    const messages: ParsedMessage[] = [];
    let previous: Sender | null = null;
    for (const tile of Array.from(list.querySelectorAll(TILE))) {
      if (tile.classList.contains('mx_EventTile_info')) continue;
      const sender: Sender | null = tile.classList.contains('mx_EventTile_continuation')
        ? (senderOf(tile) ?? previous)
        : senderOf(tile);
      previous = sender;
      const body = firstOutside(tile, BODY, REPLY);
      if (!body) continue;
      const self = tile.getAttribute('data-self');
      const role: Role = self === 'true' || (self !== 'false' && isSelf(sender, me)) ? 'counselor' : 'client';
      const text = readText(body, ['.mx_EventTile_edited']);
      messages.push({
        id: tile.getAttribute('data-event-id') || fallbackId(ID, role, text, messages.length),
        role,
        text,
        time: readTime(tile),
      });
    }
    const composer = root.querySelector<HTMLElement>(COMPOSER);
    return { messages, composer, draft: readDraft(composer) };
  },
};

/*
 * Fixtures: test/fixtures/element/{conversation,long,follow-on}.html.
 * Written 2026-11-21 from docs/platforms.md, not captured from a live Element page.
 * URL shapes to re-check by hand: https://app.element.io/#/room/!<room>:<server> and a
 * self-hosted Element's /#/room/... (group layout, bubble layout, a reply quoting an earlier
 * message, the user menu collapsed and expanded).
 */
