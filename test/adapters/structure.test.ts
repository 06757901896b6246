// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { isValidMatchPattern } from '../../lib/adapters/match';
import type { SiteAdapter } from '../../lib/adapters/types';
import { fixtureNames, loadFixture } from './fixtures';

/**
 * The house rules for adapters, checked for every file in lib/adapters: registered, backed by
 * fixtures, valid match patterns, recognising its own pages and no other platform's, and listed
 * in the README's platform table.
 */
const ADAPTERS_DIR = join(import.meta.dirname, '..', '..', 'lib', 'adapters');
/** Modules in lib/adapters that are not adapters. */
const NOT_ADAPTERS = new Set(['types.ts', 'registry.ts', 'dom.ts', 'query.ts', 'match.ts']);

const adapterFiles = readdirSync(ADAPTERS_DIR)
  .filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f))
  .sort();

function isAdapter(value: unknown): value is SiteAdapter {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SiteAdapter).id === 'string' &&
    typeof (value as SiteAdapter).parse === 'function' &&
    typeof (value as SiteAdapter).detect === 'function'
  );
}

/** The README's `## Supported platforms` table as rows of trimmed cells (header and rule left out). */
function readmePlatformRows(): string[][] {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Supported platforms\n');
  if (start < 0) return [];
  const rest = readme.slice(start + 1);
  const next = rest.indexOf('\n## ');
  const section = next < 0 ? rest : rest.slice(0, next);
  return section
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    )
    .slice(2);
}

/**
 * Fixtures parsed once for the detect checks, which only read the page: every adapter is tried on
 * every platform's fixtures, and parsing the realistic ones again each time took seconds on CI.
 */
const parsedForDetect = new Map<string, Document>();
function detectOnly(adapterId: string, name: string): Document {
  const key = `${adapterId}/${name}`;
  let doc = parsedForDetect.get(key);
  if (!doc) {
    doc = loadFixture(adapterId, name);
    parsedForDetect.set(key, doc);
  }
  return doc;
}

describe('adapter structure', () => {
  test('lib/adapters holds one file per registered adapter, named by its id', () => {
    expect(adapterFiles.map((f) => f.replace(/\.ts$/, ''))).toEqual(adapters.map((a) => a.id).sort());
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
  });

  describe.each(adapterFiles)('%s', (file) => {
    const id = file.replace(/\.ts$/, '');

    test('exports the adapter that the registry lists', async () => {
      const module: Record<string, unknown> = await import(/* @vite-ignore */ `../../lib/adapters/${file}`);
      const exported = Object.values(module).filter(isAdapter);
      expect(exported).toHaveLength(1);
      expect(adapters).toContain(exported[0]);
      expect(exported[0]!.id).toBe(id);
    });

    test('has a fixtures folder with at least two pages, named in its closing comment', () => {
      const names = fixtureNames(id);
      expect(names.length).toBeGreaterThanOrEqual(2);
      const source = readFileSync(join(ADAPTERS_DIR, file), 'utf8');
      const closing = source.slice(source.lastIndexOf('/*'));
      expect(closing).toMatch(/Fixtures: test\/fixtures\//);
      expect(closing).toMatch(/not captured/);
      for (const name of names) expect(closing).toContain(name.replace(/\.html$/, ''));
    });

    test('declares only valid match patterns', () => {
      const adapter = adapters.find((a) => a.id === id)!;
      for (const pattern of adapter.matches) expect(isValidMatchPattern(pattern), pattern).toBe(true);
    });

    test('recognises its own fixtures', () => {
      const adapter = adapters.find((a) => a.id === id)!;
      for (const name of fixtureNames(id)) expect(adapter.detect(detectOnly(id, name)), name).toBe(true);
    });

    test("claims no other platform's page", () => {
      const adapter = adapters.find((a) => a.id === id)!;
      for (const other of adapters.filter((a) => a !== adapter)) {
        for (const name of fixtureNames(other.id)) {
          expect(adapter.detect(detectOnly(other.id, name)), `${other.id}/${name}`).toBe(false);
        }
      }
    });

    test('parses every one of its fixtures without throwing, with unique ids and clean text', () => {
      const adapter = adapters.find((a) => a.id === id)!;
      for (const name of fixtureNames(id)) {
        const chat = adapter.parse(loadFixture(id, name));
        expect(new Set(chat.messages.map((m) => m.id)).size, name).toBe(chat.messages.length);
        for (const m of chat.messages) {
          expect(m.text, `${name} ${m.id}`).not.toBe('');
          expect(m.text, `${name} ${m.id}`).not.toMatch(/^\s|\s$/);
        }
      }
    });

    test("has a row in the README's Supported platforms table", () => {
      const adapter = adapters.find((a) => a.id === id)!;
      const row = readmePlatformRows().find((cells) => cells[1] === `\`${id}\``);
      expect(row, `README row for ${id}`).toBeDefined();
      expect(row).toHaveLength(5);
      expect(row![0]!.startsWith(adapter.name)).toBe(true);
      for (const cell of row!) expect(cell).not.toBe('');
    });
  });

  test('the README table lists no adapter that does not exist', () => {
    const ids = readmePlatformRows().map((cells) => cells[1]);
    expect(ids.sort()).toEqual(adapters.map((a) => `\`${a.id}\``).sort());
  });
});
