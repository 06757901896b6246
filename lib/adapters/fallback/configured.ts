import type { SiteConfig } from '../../../models/site-config';
import { fallbackId, hashString, readDraft, readText } from '../dom';
import { AdapterError, type ParsedMessage, type SiteAdapter } from '../types';
import { editorRootOf, isMessageMeta, messageIdOf, NOT_MESSAGE_TEXT, sideOf } from './heuristics';

/** Adapter ids of taught layouts start with this, so the panel can tell them from built-in ones. */
export const CONFIGURED_ADAPTER_PREFIX = 'picked:';

/** Whether `selector` is a CSS selector this browser parses (imported files may hold anything). */
export function isValidSelector(selector: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** The hash a taught layout keeps of a sender name: the same for the same name, however spaced. */
export function senderNameHash(name: string): string {
  return hashString(name.replace(/\s+/g, ' ').trim());
}

function matchesOrHolds(item: Element, selector: string): boolean {
  return item.matches(selector) || item.querySelector(selector) !== null;
}

/**
 * A site adapter from a layout taught in pick mode (or imported). Pure like the built-in ones,
 * except for the `side` rule, which reads the page's layout.
 */
export function adapterFromConfig(config: SiteConfig): SiteAdapter {
  const id = `${CONFIGURED_ADAPTER_PREFIX}${new URL(config.origin).host}`;
  const own = config.own;
  /** `previous`: the role of the message before, for follow-ons that show no sender. */
  const isOwn = (item: Element, list: Element, previous: boolean | null): boolean => {
    if ('selector' in own) return matchesOrHolds(item, own.selector);
    if ('side' in own) return sideOf(item, list) === own.side;
    const name = item.querySelector(own.sender)?.textContent?.trim();
    if (!name) return previous ?? false;
    return senderNameHash(name) === own.nameHash;
  };
  const readComposer = (root: ParentNode) => {
    const found = root.querySelector(config.composer);
    const composer = found ? (editorRootOf(found) ?? (found as HTMLElement)) : null;
    return { composer, draft: readDraft(composer) };
  };
  return {
    id,
    name: `Taught layout (${new URL(config.origin).host})`,
    matches: [`${config.origin}/*`],
    detect(root) {
      return root.querySelector(config.list) !== null;
    },
    parse(root) {
      const list = root.querySelector(config.list);
      if (!list) throw new AdapterError(id, `the message list (${config.list})`);
      const messages: ParsedMessage[] = [];
      let previous: boolean | null = null;
      for (const item of Array.from(list.querySelectorAll(config.message))) {
        const own = isOwn(item, list, previous);
        previous = own;
        const body = config.text ? item.querySelector(config.text) : item;
        if (!body) continue;
        const text = readText(body, NOT_MESSAGE_TEXT, isMessageMeta);
        if (text === '') continue;
        // With a client mark, what carries neither mark is a notice, not a message.
        if (!own && config.client && !matchesOrHolds(item, config.client.selector)) continue;
        const role = own ? 'counselor' : 'client';
        messages.push({ id: messageIdOf(item) ?? fallbackId(id, role, text, messages.length), role, text });
      }
      return { messages, ...readComposer(root) };
    },
    readComposer,
  };
}
