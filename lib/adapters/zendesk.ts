import type { Role } from '../../models';
import { AdapterError, type ComposerReading, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, sameName } from './dom';
import { editableIn, firstOf, parseTime } from './query';
import { lookedUp, messageList, remembered } from '../live/read-memo';

/**
 * Zendesk Agent Workspace. Closed source: everything here comes from public third-party scripts
 * that read the live page, so every selector is plausible [P], none confirmed in Zendesk's source:
 * - the Zendesk workflow helper userscript (ported into an extension): the DOM of every open ticket
 *   tab stays alive inside `main#main_panes`, so queries must be scoped to the visible pane;
 * - joaoaguiar264/Automacoes-ALT, "Zendesk - ALT Copilot.user.js" and its sibling scripts: the
 *   selected ticket is the header tab
 *   `a[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"][data-entity-is-selected="true"]`
 *   with `data-entity-id`; its pane is `[data-test-id="ticket-<id>-standard-layout"]`
 *   (`data-is-active="true"` when shown) and its log `[data-ticket-id="<id>"]
 *   [data-test-id="omni-log-container"]`; items `[data-test-id="omni-log-comment-item"]`, the
 *   message `[data-test-id="omni-log-item-message"]`, its text
 *   `[data-test-id="omni-log-message-content"]`, `time[data-test-id^="timestamp-"][datetime]`, the
 *   composer `[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable]` or
 *   `[data-test-id="ticket-rich-text-editor"] [contenteditable][role=textbox]`;
 * - a Zendesk transcript extractor (content script): items are `article` elements; the sender's
 *   kind is the `type` attribute (`end-user`, `agent`, `internal`) of the message div; a message
 *   div with `aria-hidden="true"` is not part of the conversation; internal notes carry
 *   `div[data-test-id="omni-log-internal-note-tag"]`; read receipts
 *   (`convo-log-item-read-indicator`), signatures and buttons are not text;
 * - LauraSWP/ZD-Messaging-Themes (zd-messaging-themes.user.js): `#editor-view`, CKEditor's
 *   `.ck-editor__editable` inside `.zendesk-editor--rich-text-container`, the agent badge
 *   `svg[data-test-id="omni-log-avatar-badge-AgentBadge"]`;
 * - a Liferay Zendesk userscript: the composer's channel switcher
 *   `button[data-test-id="omnichannel-channel-switcher-button"][data-channel]`, with a menu item
 *   `omnichannel-channel-switcher-menuitem-internal` for internal notes. That the button then reads
 *   `data-channel="internal"` is inferred [P], not seen.
 *
 * Internal notes are never replies: they are left out and counted, and the composer is null while
 * it is set to write an internal note. Who wrote it: `type="end-user"` is the client, `agent` (and
 * bots) the counselor side; without a `type`, the sender is compared with the ticket's requester,
 * then the agent badge decides.
 */
const ID = 'zendesk';

const SELECTED_TAB =
  'a[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"][data-entity-is-selected="true"]';
const PANE = '[data-test-id^="ticket-"][data-test-id$="-standard-layout"]';
const LOG = '[data-test-id="omni-log-container"]';
const ITEM = '[data-test-id="omni-log-comment-item"]';
const MESSAGE = '[data-test-id="omni-log-item-message"]';
const CONTENT = '[data-test-id="omni-log-message-content"]';
const NOTE_TAG = '[data-test-id="omni-log-internal-note-tag"]';
const SENDER = '[data-test-id="omni-log-item-sender"], [data-test-id="omni-log-comment-user-link"]';
const AGENT_BADGE = '[data-test-id="omni-log-avatar-badge-AgentBadge"]';
const TIME = 'time[data-test-id^="timestamp-"][datetime], time[datetime]';
const NOT_TEXT = [
  '[data-test-id="convo-log-item-read-indicator"]',
  '[data-test-id="convo-log-item-delivered-indicator"]',
  '.signature',
  'button',
  '[data-zes-id]',
  'time',
];
const REQUESTER = '[data-test-id="ticket-system-field-requester-select"]';
const COMPOSERS = [
  '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
  '.zendesk-editor--rich-text-container .ck-editor__editable[contenteditable="true"]',
];
const NOTE_MODE = '[data-test-id="omnichannel-channel-switcher-button"][data-channel="internal"]';

/** The selected ticket's id, from the header tab that is selected. */
function selectedTicketId(root: ParentNode): string | null {
  const tab = root.querySelector(SELECTED_TAB);
  if (!tab) return null;
  return (
    tab.getAttribute('data-entity-id') || /\/tickets\/(\d+)/.exec(tab.getAttribute('href') ?? '')?.[1] || null
  );
}

/**
 * The pane of the ticket on screen. Every open ticket keeps its pane in the page, so with more
 * than one log and no way to tell which is shown, nothing is read rather than the wrong ticket.
 */
function selectedPane(root: ParentNode): ParentNode {
  const id = selectedTicketId(root);
  if (id) {
    // Compared, not put in a selector: a quote or line break in the id would make the selector invalid.
    const layout = Array.from(root.querySelectorAll(PANE)).find(
      (el) => el.getAttribute('data-test-id') === `ticket-${id}-standard-layout`,
    );
    const holder = Array.from(root.querySelectorAll('[data-ticket-id]')).find(
      (el) => el.getAttribute('data-ticket-id') === id,
    );
    const pane = layout ?? holder?.closest(PANE) ?? holder;
    if (pane?.querySelector(LOG)) return pane;
  }
  const active = root.querySelector(`${PANE}[data-is-active="true"]`);
  if (active?.querySelector(LOG)) return active;
  const logs = root.querySelectorAll(LOG);
  if (logs.length === 1) return logs[0]!.closest(PANE) ?? root;
  if (logs.length === 0) throw new AdapterError(ID, `conversation log ${LOG}`);
  throw new AdapterError(ID, 'the selected ticket (several tickets are open)');
}

/** The reply box of the pane, unless it is set to write an internal note (never a reply). */
function composerIn(pane: ParentNode): ComposerReading {
  // The channel switcher's mode is an attribute outside the editor: switching it forgets these.
  const composer = lookedUp(pane, `${ID}:composer`, () =>
    pane.querySelector(NOTE_MODE) ? null : editableIn(firstOf(pane, COMPOSERS)),
  );
  return { composer, draft: readDraft(composer) };
}

/** What tells who wrote a log item, read from the item alone. */
interface Authorship {
  /** The message's `type` (`end-user`, `agent`…), when it has one. */
  readonly type: string | null;
  readonly sender: string | null;
  readonly agentBadge: boolean;
}

function roleOf(author: Authorship, requester: string | null): Role {
  if (author.type === 'end-user') return 'client';
  if (author.type) return 'counselor'; // agent, bot
  if (requester && author.sender) return sameName(author.sender, requester) ? 'client' : 'counselor';
  return author.agentBadge ? 'counselor' : 'client';
}

interface LogItem extends Authorship {
  readonly text: string;
  readonly time: number | undefined;
  readonly itemId: string | null;
}

/** A log item as a message; 'note' for an internal note, 'skip' for events and hidden copies. */
function readItem(item: Element): LogItem | 'note' | 'skip' {
  const message = item.querySelector(MESSAGE);
  if (item.querySelector(NOTE_TAG) || message?.getAttribute('type') === 'internal') return 'note';
  if (!message || message.getAttribute('aria-hidden') === 'true') return 'skip';
  const text = readText(message.querySelector(CONTENT) ?? message, NOT_TEXT);
  if (!text) return 'skip';
  return {
    type: message.getAttribute('type'),
    sender: item.querySelector(SENDER)?.textContent ?? null,
    agentBadge: item.querySelector(AGENT_BADGE) !== null,
    text,
    time: parseTime(item.querySelector(TIME)?.getAttribute('datetime')),
    itemId: item.getAttribute('data-comment-id') || item.getAttribute('id'),
  };
}

export const zendesk: SiteAdapter = {
  id: ID,
  name: 'Zendesk Agent Workspace',
  matches: ['https://*.zendesk.com/*'],
  detect(root) {
    return root.querySelector(`${LOG}, ${COMPOSERS[0]}, ${COMPOSERS[1]}`) !== null;
  },
  parse(root) {
    const pane = selectedPane(root);
    const log = messageList(pane.querySelector(LOG)!);
    const requesterEl = pane.querySelector(REQUESTER);
    const requester = requesterEl ? readText(requesterEl) || null : null;

    const messages: ParsedMessage[] = [];
    let notesSkipped = 0;
    for (const item of Array.from(log.querySelectorAll(ITEM))) {
      const read = remembered(item, `${ID}:item`, () => readItem(item));
      if (read === 'note') notesSkipped++;
      if (typeof read !== 'object') continue;
      const { text, time } = read;
      const role = roleOf(read, requester);
      messages.push({
        id: read.itemId || fallbackId(ID, role, text, messages.length),
        role,
        text,
        ...(time === undefined ? {} : { time }),
      });
    }
    return { messages, ...composerIn(pane), ...(notesSkipped > 0 ? { notesSkipped } : {}) };
  },
  readComposer(root) {
    return composerIn(lookedUp(root, `${ID}:pane`, () => selectedPane(root)));
  },
};

/*
 * Fixtures: test/fixtures/zendesk/{conversation,long,internal-note-mode}.html.
 * Written 2026-11-30 from the third-party scripts named above (rendered by hand), not captured from
 * a live Zendesk page. conversation: two ticket tabs open, the other ticket's pane still in the
 * page, an internal note in the selected one; internal-note-mode: the composer set to internal note.
 * URL shapes to re-check by hand: https://<subdomain>.zendesk.com/agent/tickets/<id> with a
 * messaging (chat) ticket open in Agent Workspace next to a second open ticket, with an internal
 * note, and with the composer switched to "Internal note".
 */
