import type { Role } from '../../models';
import { AdapterError, type ComposerReading, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText } from './dom';
import { lookedUp, messageList, remembered } from '../live/read-memo';

/**
 * Chatwoot (self-hosted). Read from chatwoot/chatwoot, app/javascript/dashboard/:
 * - components-next/message/MessageList.vue and Message.vue: each message is a row
 *   `div#message<id>[data-message-id]` aligned `justify-end` (any agent, bot or assistant: the
 *   orientation comes from the sender's type, not from who is logged in), `justify-start` (the
 *   contact) or `justify-center` (activity); `group-with-next` hides the meta of a message
 *   followed by one from the same sender;
 * - components-next/message/bubbles/Base.vue: a private note's bubble has `bg-n-solid-amber`
 *   (variant `private`; there is no `.is-private` on notes any more), an activity bubble
 *   `bg-n-alpha-1`; MessageMeta.vue: `<time>` with a localized text and no `datetime`, and the
 *   lock icon `i-lucide-lock-keyhole` on private notes; bubbles/Activity.vue
 *   (`data-bubble-name="activity"`);
 * - components-next/message/bubbles/Text/Index.vue and Text/FormattedContent.vue: the text is
 *   `span.prose.prose-bubble`; a quoted reply preview sits before it in the bubble;
 * - components/widgets/conversation/ReplyBox.vue and MessagesView.vue: the list is
 *   `.conversation-panel`; the reply box `.reply-box` carries `.is-private` while the counselor
 *   writes a private note (or when the conversation cannot be replied to); the editor is
 *   WootWriter's ProseMirror (`.ProseMirror`) or a plain textarea.
 * Builds before components-next are read by their old names (`.message-text__wrap`,
 * `.text-content`, `.is-private` on the note).
 *
 * A private note is never a reply: notes in the list are left out and counted, and the composer is
 * null while the reply box is in private-note mode. Times are not read (no machine date).
 *
 * Limitation: other agents' replies are `justify-end` too, so they come back as `counselor`, like
 * the bot's.
 */
const ID = 'chatwoot';

const LIST = '.conversation-panel';
const MESSAGE = '[data-message-id]';
const NOTE = '.bg-n-solid-amber, .i-lucide-lock-keyhole, .is-private';
const ACTIVITY = '.justify-center, [data-bubble-name="activity"]';
const BODY = '.prose-bubble, .message-text__wrap, .text-content';
const REPLY_BOX = '.reply-box';
const EDITOR = '.ProseMirror[contenteditable="true"], textarea';

function roleOf(row: Element): Role | 'activity' {
  const aligned = row.closest('.justify-end, .justify-start, .justify-center') ?? row;
  if (row.matches(ACTIVITY) || row.querySelector('[data-bubble-name="activity"]')) return 'activity';
  if (aligned.classList.contains('justify-end')) return 'counselor';
  return 'client';
}

/** A row as a message; 'note' for a private note, 'skip' for activity and rows without text. */
function readRow(row: Element): { role: Role; text: string; messageId: string | null } | 'note' | 'skip' {
  if (row.matches(NOTE) || row.querySelector(NOTE)) return 'note';
  const role = roleOf(row);
  if (role === 'activity') return 'skip';
  const body = row.querySelector(BODY);
  if (!body) return 'skip'; // images, files, audio without a caption
  const text = readText(body);
  if (!text) return 'skip';
  return { role, text, messageId: row.getAttribute('data-message-id') };
}

/** The reply editor, unless the reply box is set to write a private note (which is never a reply). */
function composerIn(root: ParentNode): ComposerReading {
  const box = lookedUp(root, `${ID}:box`, () => root.querySelector(REPLY_BOX));
  // Not remembered: the box's mode is an attribute of the box, which typing never changes but
  // the counselor's switch to "Private Note" does (and that is a change outside the editor).
  const composer = box && !box.matches('.is-private') ? box.querySelector<HTMLElement>(EDITOR) : null;
  return { composer, draft: readDraft(composer) };
}

export const chatwoot: SiteAdapter = {
  id: ID,
  name: 'Chatwoot',
  matches: [],
  detect(root) {
    return root.querySelector(REPLY_BOX) !== null && root.querySelector(LIST) !== null;
  },
  parse(root) {
    const list = messageList(root.querySelector(LIST));
    if (!list) throw new AdapterError(ID, `message list ${LIST}`);
    const messages: ParsedMessage[] = [];
    let notesSkipped = 0;
    for (const row of Array.from(list.querySelectorAll(MESSAGE))) {
      const read = remembered(row, `${ID}:row`, () => readRow(row));
      if (read === 'note') notesSkipped++;
      if (typeof read !== 'object') continue;
      const { role, text, messageId } = read;
      messages.push({ id: messageId || fallbackId(ID, role, text, messages.length), role, text });
    }
    return { messages, ...composerIn(root), ...(notesSkipped > 0 ? { notesSkipped } : {}) };
  },
  readComposer: composerIn,
};

/*
 * Fixtures: test/fixtures/chatwoot/{conversation,long,private-note}.html.
 * Written 2026-11-30 from the component source named above (rendered by hand), not captured from a
 * live Chatwoot page. private-note: two private notes in the list (one by another agent), activity
 * messages, and the reply box in private-note mode.
 * URL shape to re-check by hand: https://<chatwoot-host>/app/accounts/<n>/conversations/<id>
 * (reply mode and private-note mode of the reply box; a conversation with an activity message).
 */
