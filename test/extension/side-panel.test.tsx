import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../entrypoints/sidepanel/App';
import { assess } from '../../lib/analysis';
import { assessment, clientText, draftText, hints } from './fixtures/assessment';

// The wiring is under test here, not the analyzer: it answers with the hand-built assessment.
vi.mock('../../lib/analysis', () => ({ assess: vi.fn() }));
const assessMock = vi.mocked(assess);

function textarea(label: string): HTMLTextAreaElement {
  const labelEl = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
  const field = labelEl && document.getElementById(labelEl.htmlFor);
  if (!(field instanceof HTMLTextAreaElement)) throw new Error(`no textarea labelled ${label}`);
  return field;
}

async function type(field: HTMLTextAreaElement, text: string) {
  await act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Lets the debounce run out, as when the user stops typing. */
async function pause() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(150);
  });
}

const feedback = () => document.querySelector<HTMLElement>('.feedback');

beforeEach(async () => {
  vi.useFakeTimers();
  assessMock.mockReset().mockReturnValue(assessment);
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App />, root));
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('side panel', () => {
  test('has the heading, the privacy line and two labelled text areas', () => {
    expect(document.querySelector('h1')?.textContent).toBe('Attune');
    expect(document.body.textContent).toContain('Nothing you type here leaves your machine.');
    expect(textarea("Client's last message")).toBeDefined();
    expect(textarea('Your draft reply')).toBeDefined();
    expect(feedback()?.dataset.state).toBe('empty');
  });

  test('assesses what was typed once typing pauses, and shows the result', async () => {
    await type(textarea("Client's last message"), clientText);
    await type(textarea('Your draft reply'), draftText);
    expect(assessMock).not.toHaveBeenCalled();

    await pause();

    expect(assessMock).toHaveBeenCalledTimes(1);
    expect(assessMock).toHaveBeenCalledWith({
      context: [{ role: 'client', text: clientText }],
      draft: draftText,
    });
    expect(feedback()?.dataset.state).toBe('ready');
    expect(feedback()?.textContent).toContain(hints.risk.message);
  });

  test('sends no draft while the draft is blank, and goes back to empty when both are cleared', async () => {
    await type(textarea("Client's last message"), clientText);
    await pause();
    expect(assessMock).toHaveBeenLastCalledWith({
      context: [{ role: 'client', text: clientText }],
      draft: undefined,
    });

    await type(textarea("Client's last message"), '  ');
    await pause();
    expect(feedback()?.dataset.state).toBe('empty');
    expect(assessMock).toHaveBeenCalledTimes(1);
  });

  test('shows an analyzer error instead of stale feedback', async () => {
    assessMock.mockImplementation(() => {
      throw new Error('message too long');
    });
    await type(textarea('Your draft reply'), draftText);
    await pause();
    expect(feedback()?.dataset.state).toBe('error');
    expect(feedback()?.querySelector('[role="alert"]')?.textContent).toBe(
      'Attune could not read this text: message too long',
    );
  });
});
