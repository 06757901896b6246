import type { Role } from '../../../models';
import { fallbackId, readDraft } from '../dom';
import { AdapterError, type ParsedMessage, type SiteAdapter } from '../types';
import { findComposer, findMessageList, markedSide, messageIdOf, messageText, sideOf } from './heuristics';

/**
 * The fallback for chat sites no built-in adapter knows and the counselor has not taught in pick
 * mode. It guesses from what chat pages share (docs/platforms.md, "The generic fallback"):
 *
 * - composer: the focused reply box, remembered while it stays in the page;
 * - messages: a `role=log` / live region, a `role=list`, or siblings carrying message ids;
 * - who wrote each one, strongest first: explicit own/other markers; send-echo (a message whose
 *   text is a draft the counselor just sent is theirs, and stays theirs); the side of the list its
 *   bubble sits on, used only when the page puts messages on both sides. Anything still unknown
 *   counts as the client's: the panel's health line then shows few counselor messages, and the
 *   panel offers pick mode.
 *
 * Unlike the site adapters it keeps a little memory (the composer, drafts, echoed messages), so
 * each reader gets its own instance from `createGenericAdapter`.
 */
export const GENERIC_ADAPTER_ID = 'generic';

/** How many sent drafts send-echo remembers: enough for a shift, small enough to scan per read. */
const SENT_MEMORY = 200;

export interface GenericAdapterMemory {
  composer: HTMLElement | null;
  /** The last non-empty draft: when the composer empties, it was probably sent. */
  pendingDraft: string;
  /** Normalised texts of drafts that were sent (composer emptied after holding them). */
  readonly sent: string[];
  /** Ids of messages recognised as the counselor's by send-echo: they stay the counselor's. */
  readonly echoed: Set<string>;
  /** Keys of messages already read: only a message that is new can be the echo of a send. */
  readonly seen: Set<string>;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function createGenericAdapter(): SiteAdapter & { readonly memory: GenericAdapterMemory } {
  const memory: GenericAdapterMemory = {
    composer: null,
    pendingDraft: '',
    sent: [],
    echoed: new Set(),
    seen: new Set(),
  };

  const noteDraft = (draft: string) => {
    if (draft.trim() !== '') {
      memory.pendingDraft = draft;
      return;
    }
    if (memory.pendingDraft === '') return;
    memory.sent.push(normalise(memory.pendingDraft));
    if (memory.sent.length > SENT_MEMORY) memory.sent.shift();
    memory.pendingDraft = '';
  };

  const readComposer = (root: ParentNode) => {
    const composer = findComposer(root, memory.composer);
    memory.composer = composer;
    const draft = readDraft(composer);
    noteDraft(draft);
    return { composer, draft };
  };

  return {
    id: GENERIC_ADAPTER_ID,
    name: 'Any site (best guess)',
    matches: [],
    memory,
    detect(root) {
      return findComposer(root, memory.composer) !== null && findMessageList(root) !== null;
    },
    parse(root) {
      const { composer, draft } = readComposer(root);

      const guess = findMessageList(root);
      if (!guess) throw new AdapterError(GENERIC_ADAPTER_ID, 'a message list');
      const sides = guess.items.map((item) => sideOf(item, guess.list));
      // Layout only tells people apart on pages that put messages on both sides.
      const layoutSplits = sides.includes('left') && sides.includes('right');

      const messages: ParsedMessage[] = [];
      guess.items.forEach((item, index) => {
        const text = messageText(item);
        if (text === '') return;
        const siteId = messageIdOf(item);
        const marked = markedSide(item);
        let role: Role;
        if (marked) {
          role = marked === 'own' ? 'counselor' : 'client';
        } else {
          const key = siteId ?? `${index}:${normalise(text)}`;
          const echoOf = memory.seen.has(key) ? -1 : memory.sent.indexOf(normalise(text));
          if (echoOf >= 0) {
            // One message per send: a later client message with the same words stays the client's.
            memory.sent.splice(echoOf, 1);
            memory.echoed.add(key);
          }
          if (memory.echoed.has(key)) {
            role = 'counselor';
          } else if (layoutSplits && sides[index]) {
            role = sides[index] === 'right' ? 'counselor' : 'client';
          } else {
            role = 'client';
          }
        }
        memory.seen.add(siteId ?? `${index}:${normalise(text)}`);
        messages.push({
          id: siteId ?? fallbackId(GENERIC_ADAPTER_ID, role, text, messages.length),
          role,
          text,
        });
      });
      return { messages, composer, draft };
    },
    readComposer,
  };
}
