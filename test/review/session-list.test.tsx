import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NO_FILTER, SessionList, type SessionListProps } from '../../components/review/SessionList';
import { listItem } from './fixtures';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function show(overrides: Partial<SessionListProps> = {}) {
  const items = [
    listItem({ id: 'a', site: 'one.example', startedAt: Date.UTC(2026, 10, 5, 14) }),
    listItem({ id: 'b', site: 'two.example', startedAt: Date.UTC(2026, 10, 4, 9), supervisorNote: 'ok' }),
  ];
  const props: SessionListProps = {
    items,
    total: 2,
    sites: ['one.example', 'two.example'],
    filter: NO_FILTER,
    onFilter: vi.fn(),
    selectedId: 'b',
    onSelect: vi.fn(),
    onRefresh: vi.fn(),
    ...overrides,
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<SessionList {...props} />, root);
  return { root, props };
}

/** The form control whose <label> reads `name`. */
function field<T extends HTMLElement>(root: Element, name: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => text(l) === name);
  const control = label && root.querySelector<T>(`#${label.htmlFor}`);
  if (!control) throw new Error(`no field labelled ${name}`);
  return control;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SessionList', () => {
  test('one button per session with its date, site, turns, resistance moments and score', () => {
    const { root } = show();
    const rows = [...root.querySelectorAll<HTMLButtonElement>('.session-row')];
    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toMatch(/one\.example · rocketchat 7 turns · 2 resistance moments · score \d+%/);
    expect(text(rows[1])).toMatch(/· notes$/);
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(rows[0]!.hasAttribute('aria-current')).toBe(false);
    expect(text(root.querySelector('[role=status]'))).toBe('2 sessions, newest first.');
  });

  test('a click opens the session', () => {
    const { root, props } = show();
    root.querySelectorAll<HTMLButtonElement>('.session-row')[0]!.click();
    expect(props.onSelect).toHaveBeenCalledWith('a');
  });

  test('every filter is a labelled control that reports the new filter', async () => {
    const { root, props } = show();
    const search = field<HTMLInputElement>(root, 'Search sites, platforms and notes');
    await act(() => {
      search.value = 'two';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(props.onFilter).toHaveBeenLastCalledWith({ ...NO_FILTER, search: 'two' });
    const site = field<HTMLSelectElement>(root, 'Site');
    expect([...site.options].map((o) => o.text)).toEqual(['All sites', 'one.example', 'two.example']);
    site.value = 'two.example';
    site.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onFilter).toHaveBeenLastCalledWith({ ...NO_FILTER, site: 'two.example' });
    const resistance = field<HTMLSelectElement>(root, 'Resistance moments');
    resistance.value = 'with';
    resistance.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onFilter).toHaveBeenLastCalledWith({ ...NO_FILTER, resistance: 'with' });
    const score = field<HTMLSelectElement>(root, 'Score at least');
    score.value = '50';
    score.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onFilter).toHaveBeenLastCalledWith({ ...NO_FILTER, minScore: '50' });
    const from = field<HTMLInputElement>(root, 'From');
    from.value = '2026-11-05';
    from.dispatchEvent(new Event('input', { bubbles: true }));
    expect(props.onFilter).toHaveBeenLastCalledWith({ ...NO_FILTER, from: '2026-11-05' });
    expect(field<HTMLInputElement>(root, 'To').type).toBe('date');
  });

  test('says how many match, and what to do when nothing is stored', () => {
    const { root } = show({ items: [listItem({ id: 'a' })], total: 1_000 });
    expect(text(root.querySelector('[role=status]'))).toBe('1 session of 1,000 match.');
    document.body.innerHTML = '';
    const empty = show({ items: [], total: 0 });
    expect(text(empty.root.querySelector('[role=status]'))).toMatch(
      /No sessions are stored yet. Turn on “Log this conversation”/,
    );
  });
});
