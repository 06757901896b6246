import { readdirSync, readFileSync } from 'node:fs';
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
