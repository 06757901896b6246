import type { SiteConfig } from '../../../models/site-config';
import { fallbackId, readDraft, readText } from '../dom';
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

function matchesOrHolds(item: Element, selector: string): boolean {
  return item.matches(selector) || item.querySelector(selector) !== null;
}

/**
 * A site adapter from a layout taught in pick mode (or imported). Pure like the built-in ones,
 * except for the `side` rule, which reads the page's layout.
 */
export function adapterFromConfig(config: SiteConfig): SiteAdapter {
  const id = `${CONFIGURED_ADAPTER_PREFIX}${new URL(config.origin).host}`;
  const isOwn = (item: Element, list: Element): boolean => {
    if ('selector' in config.own) {
      return matchesOrHolds(item, config.own.selector);
    }
    return sideOf(item, list) === config.own.side;
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
      for (const item of Array.from(list.querySelectorAll(config.message))) {
        const body = config.text ? item.querySelector(config.text) : item;
        if (!body) continue;
        const text = readText(body, NOT_MESSAGE_TEXT, isMessageMeta);
        if (text === '') continue;
        const own = isOwn(item, list);
        // With a client mark, what carries neither mark is a notice, not a message.
        if (!own && config.client && !matchesOrHolds(item, config.client.selector)) continue;
        const role = own ? 'counselor' : 'client';
        messages.push({ id: messageIdOf(item) ?? fallbackId(id, role, text, messages.length), role, text });
      }
      const found = root.querySelector(config.composer);
      const composer = found ? (editorRootOf(found) ?? (found as HTMLElement)) : null;
      return { messages, composer, draft: readDraft(composer) };
    },
  };
}
