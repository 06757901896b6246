import { readdirSync, readFileSync } from 'node:fs';
import type { ParsedChat } from '../../lib/adapters/types';
import { join } from 'node:path';

/** Where adapter fixtures live: test/fixtures/<adapter-id>/*.html. */
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** The fixture file names for one adapter (sorted). */
export function fixtureNames(adapterId: string): string[] {
  try {
    return readdirSync(join(FIXTURES_DIR, adapterId))
      .filter((name) => name.endsWith('.html'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * A fixture parsed into a fresh document of the test environment (happy-dom), which adapters take
 * as their root.
 */
export function loadFixture(adapterId: string, name: string): Document {
  const html = readFileSync(join(FIXTURES_DIR, adapterId, name), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The HTML parser drops one newline right after `<textarea>` (the formatter puts the content on
  // its own line); happy-dom keeps it, so drop it here the way a browser would.
  for (const textarea of Array.from(doc.querySelectorAll('textarea'))) {
    if (textarea.value.startsWith('\n')) textarea.value = textarea.value.slice(1);
  }
  return doc;
}

/** What a parse looks like in a table row: counts by role, whether a composer was found, the draft. */
export function summarize(chat: ParsedChat): {
  messages: number;
  client: number;
  counselor: number;
  composer: boolean;
  draft: string;
} {
  const client = chat.messages.filter((m) => m.role === 'client').length;
  return {
    messages: chat.messages.length,
    client,
    counselor: chat.messages.length - client,
    composer: chat.composer !== null,
    draft: chat.draft,
  };
}

/** The roles in order as a compact string: C = client, K = counselor. */
export function roleString(chat: ParsedChat): string {
  return chat.messages.map((m) => (m.role === 'client' ? 'C' : 'K')).join('');
}

/** A document with just this HTML in its body: for pages that lack a required part. */
export function htmlDocument(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}
