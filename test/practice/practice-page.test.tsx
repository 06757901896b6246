import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App, readOptions } from '../../entrypoints/practice/App';
import { SCENARIOS } from '../../lib/practice';

const messages = (role?: 'client' | 'counselor') => [
  ...document.querySelectorAll<HTMLElement>(`[data-attune-message]${role ? `[data-role=${role}]` : ''}`),
];
const composer = () => document.querySelector<HTMLTextAreaElement>('textarea[data-attune-composer]')!;

async function type(text: string) {
  await act(() => {
    composer().value = text;
    composer().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function pressEnter(shiftKey = false) {
  await act(() => {
    composer().dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', shiftKey, bubbles: true, cancelable: true }),
    );
  });
}

/** Lets fast mode's zero-delay timers deliver the client's answer. */
async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(10);
  });
}

beforeEach(async () => {
  vi.useFakeTimers();
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App options={readOptions('?scenario=weekend-drinking&fast=1&seed=1')} />, root));
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the practice page', () => {
  test('keeps the markup contract the practice adapter reads', () => {
    const root = document.querySelector('[data-attune-chat]');
    expect(root).not.toBeNull();
    expect(root!.contains(composer())).toBe(true);
    const opening = SCENARIOS.find((s) => s.id === 'weekend-drinking')!.opening;
    expect(messages('client').map((m) => m.textContent)).toEqual(opening);
    for (const m of messages()) expect(m.dataset.id).toMatch(/^weekend-drinking-\d+$/);
    const log = document.querySelector('[role=log]');
    expect(log?.getAttribute('aria-live')).toBe('polite');
    expect(log!.contains(messages()[0]!)).toBe(true);
  });

  test('labels its controls', () => {
    expect(document.querySelector('label[for=practice-reply]')?.textContent).toBe('Your reply');
    expect(composer().id).toBe('practice-reply');
    expect(document.querySelector('label[for=scenario-select]')?.textContent).toBe('Scenario');
    const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Send', 'Restart', 'Next scenario']);
  });

  test('Enter sends the reply and the scripted client answers; Shift+Enter does not send', async () => {
    await type('It sounds like part of you wants to cut down and part of you really enjoys it.');
    await pressEnter(true);
    expect(messages('counselor')).toHaveLength(0);
    const before = messages('client').length;
    await pressEnter();
    expect(messages('counselor').map((m) => m.textContent)).toEqual([
      'It sounds like part of you wants to cut down and part of you really enjoys it.',
    ]);
    expect(composer().value).toBe('');
    await settle();
    expect(messages('client').length).toBeGreaterThan(before);
    // Ids are stable and unique, in order of sending.
    const ids = messages().map((m) => m.dataset.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe(`weekend-drinking-${ids.length}`);
  });

  test('Restart goes back to the opening; Next scenario opens the next client', async () => {
    await type('What brings you here?');
    await pressEnter();
    await settle();
    const restart = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Restart')!;
    await act(() => restart.click());
    expect(messages('counselor')).toHaveLength(0);
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Next scenario')!;
    await act(() => next.click());
    const second = SCENARIOS[1]!;
    expect(messages('client').map((m) => m.textContent)).toEqual(second.opening);
    expect(new URL(location.href).searchParams.get('scenario')).toBe(second.id);
  });
});
