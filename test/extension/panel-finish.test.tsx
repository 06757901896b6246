import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { phraseAround } from '../../components/Highlighted';
import { HintList } from '../../components/HintList';
import { HintSettingsView } from '../../components/HintSettingsView';
import { JudgeView } from '../../components/JudgeView';
import { DEFAULT_HINT_SETTINGS, type Hint } from '../../models';
import { verdict } from './fixtures/verdict';
import { assessment, context, draftText } from './fixtures/assessment';
import { mount } from '../dom';

/** What a counselor notices of the panel's finish: quotes, words, copy, snooze. */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('a quoted phrase', () => {
  test.each([
    // A cue that stops inside its phrase is finished to the phrase's end, and says the text goes on.
    ["You need to cut back, it's a big deal.", 'You need to', 'You need to cut back…'],
    // Never cut inside a word, on either side.
    ['i drink on weekends like everyone does, its not a big deal', 'eryone does, ', '…everyone does…'],
    // A whole sentence is quoted as it is, with its closing mark.
    [
      "Let's focus on the job search for now. Have you updated your CV?",
      "Let's focus on the job search for now.",
      "Let's focus on the job search for now.",
    ],
    [
      "Let's focus on the job search for now. Have you updated your CV?",
      'Have you updated',
      'Have you updated your CV?',
    ],
    // The end of the message ends its last phrase.
    ['hi. my gf made me do this lol', 'my gf made me', 'my gf made me do this lol'],
    // Mid-sentence start: an ellipsis before.
    [
      'Sometimes I think everyone would be better off without me.',
      'everyone would',
      '…everyone would be better off without me.',
    ],
  ])('%s / %s → %s', (text, cue, shown) => {
    const start = text.indexOf(cue);
    expect(phraseAround(text, start, start + cue.length)).toBe(shown);
  });

  test('a long phrase is cut at a word, with an ellipsis', () => {
    const text = `${'word '.repeat(60)}end.`;
    const quote = phraseAround(text, 0, text.length);
    expect(quote.length).toBeLessThanOrEqual(141);
    expect(quote).toMatch(/^word( word)*…$/);
  });
});

describe('the Try line when the texts were pasted', () => {
  const hints = assessment.draft!.hints as Hint[];

  test('each hint offers Copy instead of Insert, and copying counts as using the hint', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const onAction = vi.fn();
    const root = mount(<HintList hints={hints} context={context} draft={draftText} onAction={onAction} />);
    const first = root.querySelector('.hints > li')!;
    expect([...first.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy']);
    expect(root.textContent).not.toContain('Insert into reply');
    await act(async () => {
      first.querySelector<HTMLButtonElement>('button.copy')!.click();
      await Promise.resolve();
    });
    expect(writeText).toHaveBeenCalledWith(hints[0]!.try);
    expect(onAction).toHaveBeenCalledWith(hints[0], 'accepted');
    expect(first.querySelector('button.copy')!.textContent).toBe('Copied');
  });

  test('a refused clipboard says what to do instead', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const onAction = vi.fn();
    const root = mount(<HintList hints={hints} context={context} draft={draftText} onAction={onAction} />);
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button.copy')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const status = root.querySelector('.hints > li [role=status]')!;
    expect(status.textContent).toContain('did not let Attune copy');
    expect(status.textContent).toContain('copy them yourself');
    expect(onAction).not.toHaveBeenCalled();
  });

  test('with the chat read live, the hint is inserted, not copied', () => {
    const root = mount(<HintList hints={hints} onInsert={() => undefined} />);
    expect(root.querySelector('button.copy')).toBeNull();
    expect(root.querySelector('button.insert')!.textContent).toBe('Insert into reply');
  });

  test("the model's suggestion can be copied too", () => {
    const root = mount(
      <JudgeView
        state={{
          kind: 'verdict',
          model: 'M',
          verdict,
          spans: { client: null, draft: null, risk: null, discarded: [] },
        }}
        instant={null}
      />,
    );
    expect(root.querySelector('.try button.copy')!.textContent).toBe('Copy');
  });
});

describe('snooze', () => {
  const settings = (hasHints: boolean, snoozedUntil: number | null = null) =>
    mount(
      <HintSettingsView
        settings={{ ...DEFAULT_HINT_SETTINGS, snoozedUntil }}
        now={1_000}
        onChange={() => undefined}
        hasHints={hasHints}
      />,
    );
  const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')].map((b) => b.textContent);

  test('is offered only while there are hints to snooze', () => {
    expect(buttons(settings(false))).toEqual([]);
    expect(buttons(settings(true))).toEqual(['Snooze hints for 10 minutes']);
  });

  test('a snooze in effect can always be ended, hints or not', () => {
    const root = settings(false, 60_000);
    expect(buttons(root)).toEqual(['Resume hints']);
    expect(root.textContent).toContain('Hints are snoozed. Safety hints still show.');
  });

  test('the settings stay reachable either way', () => {
    expect(settings(false).querySelector('summary')!.textContent).toBe('Hint settings');
  });
});
