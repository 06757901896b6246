import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../entrypoints/review/App';
import { buildExportFile } from '../../lib/log/export';
import { openSessionLog } from '../../lib/log/store';
import { CONVERSATION, DAY, TEST_KDF_ITERATIONS, freshDbName, logConversation } from '../log/helpers';
import { sessionDetail } from './fixtures';

/**
 * The review page's wiring on a real (in-memory) IndexedDB: what a counselor sees when the log is
 * encrypted, out of date, or handed a bad file.
 */

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const PASSPHRASE = 'a long test passphrase';

async function until(check: () => boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${text(document.body)}`);
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

async function mountApp(dbName: string, now?: () => number) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(<App open={() => openSessionLog({ dbName, kdfIterations: TEST_KDF_ITERATIONS, now })} />, root),
  );
  return root;
}

function field<T extends HTMLElement>(name: string): T {
  const label = [...document.querySelectorAll('label')].find((l) => text(l) === name);
  const control = label && document.getElementById(label.htmlFor);
  if (!control) throw new Error(`no field labelled ${name}`);
  return control as T;
}

const button = (name: string) => {
  const found = [...document.querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`no button "${name}" in ${text(document.body)}`);
  return found;
};

async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function chooseFile(name: string, content: string) {
  const input = field<HTMLInputElement>('File to import');
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

afterEach(() => {
  vi.useRealTimers();
  render(null, document.body);
  document.body.innerHTML = '';
});

// Real IndexedDB work and a lazily loaded export module (with its NLP library): give a busy
// two-core machine time; nothing here measures speed.
describe('review page', { timeout: 20_000 }, () => {
  test('an encrypted log opens locked; a wrong passphrase shows nothing of it; the right one lists it', async () => {
    const dbName = freshDbName();
    const seed = await openSessionLog({ dbName, passphrase: PASSPHRASE, kdfIterations: TEST_KDF_ITERATIONS });
    await logConversation(seed, { startedAt: Date.now() });
    seed.close();

    await mountApp(dbName);
    await until(() => text(document.body).includes('is locked'), 'the lock screen');
    await type(field('Passphrase'), 'wrong guess');
    await act(() => button('Unlock').click());
    await until(() => document.querySelector('[role=alert]') !== null, 'the refusal');
    expect(text(document.querySelector('[role=alert]'))).toBe('That passphrase is not the right one.');
    expect(text(document.body)).not.toContain('chat.example.org');

    await type(field('Passphrase'), PASSPHRASE);
    await act(() => button('Unlock').click());
    await until(() => document.querySelectorAll('.session-row').length === 1, 'the list');
    await act(() => document.querySelector<HTMLButtonElement>('.session-row')!.click());
    await until(() => document.querySelector('.timeline') !== null, 'the session');
    expect(document.querySelectorAll('.timeline > li')).toHaveLength(CONVERSATION.length);
  });

  test('sessions past the retention period are deleted when the page opens, and it says so', async () => {
    const dbName = freshDbName();
    const seed = await openSessionLog({ dbName });
    await logConversation(seed, { startedAt: Date.now() - 45 * DAY, conversationKey: 'old' });
    await logConversation(seed, { startedAt: Date.now() - DAY, conversationKey: 'recent' });
    seed.close();

    await mountApp(dbName);
    await until(() => document.querySelectorAll('.session-row').length === 1, 'the list');
    expect(text(document.body)).toContain('1 session past the retention period was deleted.');
  });

  test('an altered, a newer-version and a non-Attune file are refused with their reason, and nothing changes', async () => {
    const dbName = freshDbName();
    const seed = await openSessionLog({ dbName });
    await logConversation(seed, { startedAt: Date.now() });
    seed.close();
    await mountApp(dbName);
    await until(() => document.querySelectorAll('.session-row').length === 1, 'the list');

    const good = await buildExportFile([
      { session: sessionDetail('imported').session, turns: sessionDetail('imported').turns },
    ]);
    const cases: [string, string, RegExp][] = [
      ['newer.json', JSON.stringify({ ...good, version: 99 }), /written by a newer version of Attune/],
      ['other.json', JSON.stringify({ hello: 'world' }), /not an Attune session log export/],
      ['broken.json', JSON.stringify(good).slice(0, -20), /not valid JSON/],
      [
        'edited.json',
        JSON.stringify({ ...good, payload: { sessions: [{ session: { id: '' }, turns: [] }] } }),
        /contents do not match the session log format/,
      ],
    ];
    for (const [name, content, reason] of cases) {
      await chooseFile(name, content);
      await until(() => text(document.querySelector('details.share [role=alert]')).startsWith(name), name);
      expect(text(document.querySelector('details.share [role=alert]'))).toMatch(reason);
      expect(document.querySelectorAll('.session-row')).toHaveLength(1);
    }

    await chooseFile('good.json', JSON.stringify(good));
    await until(() => document.querySelectorAll('.session-row').length === 2, 'the import');
    expect(text(document.querySelector('details.share [role=status]'))).toBe(
      'Imported 1 session from good.json.',
    );
  });

  test('a summary-only file is shown from the file, not stored', async () => {
    const dbName = freshDbName();
    await mountApp(dbName);
    await until(() => text(document.body).includes('No sessions are stored yet'), 'the empty list');
    const detail = sessionDetail('summary-only');
    const file = await buildExportFile([{ session: detail.session, turns: detail.turns }], {
      kind: 'summary',
    });
    await chooseFile('summary.json', JSON.stringify(file));
    await until(() => document.querySelector('.summary-file') !== null, 'the summary view');
    expect(text(document.querySelector('.summary-file h2'))).toBe('Summary file: summary.json');
    expect(document.querySelectorAll('.summary-turns tbody tr')).toHaveLength(detail.turns.length);
    // No text travelled in the file, so none is shown.
    expect(text(document.body)).not.toContain(CONVERSATION[1]!.text.slice(0, 20));
    expect(document.querySelectorAll('.session-row')).toHaveLength(0);
  });

  test('an encrypted log locks itself after the idle time and clears the page', async () => {
    const dbName = freshDbName();
    const seed = await openSessionLog({ dbName, passphrase: PASSPHRASE, kdfIterations: TEST_KDF_ITERATIONS });
    await logConversation(seed, { startedAt: Date.now() });
    seed.close();
    await mountApp(dbName);
    await until(() => text(document.body).includes('is locked'), 'the lock screen');
    await type(field('Passphrase'), PASSPHRASE);
    await act(() => button('Unlock').click());
    await until(() => document.querySelectorAll('.session-row').length === 1, 'the list');

    // From here only the idle timer matters: fake time to move ten minutes on at once.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await act(() => {
      // Re-arm the idle watch under fake timers (as a change of the idle setting would).
      const select = document.querySelector<HTMLSelectElement>('#idle-minutes')!;
      select.value = '5';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => {
      vi.advanceTimersByTime(4 * 60_000);
    });
    expect(document.querySelectorAll('.session-row')).toHaveLength(1);
    await act(() => {
      vi.advanceTimersByTime(60_000 + 10);
    });
    expect(text(document.body)).toContain('Locked after 5 minutes without use.');
    expect(text(document.body)).not.toContain('chat.example.org');
  });
});
