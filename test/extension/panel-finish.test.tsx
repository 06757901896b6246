import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { phraseAround } from '../../components/Highlighted';
import { HintList } from '../../components/HintList';
import { HintSettingsView } from '../../components/HintSettingsView';
import { JudgeView } from '../../components/JudgeView';
import { plainReason } from '../../components/labels';
import { assess } from '../../lib/analysis';
import { DEFAULT_HINT_SETTINGS, type Hint } from '../../models';
import type { Verdict } from '../../models/verdict';
import { assessment, context, draftText } from './fixtures/assessment';

/** What a counselor notices of the panel's finish: quotes, words, copy, snooze. */
function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

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

describe('hint reasons in plain words', () => {
  test.each([
    ["idk, it's not that big a deal", 'You need to stop. Be honest with yourself.'],
    ["everyone does it, it's not a big deal", "You're wrong, it is a big deal and you know it."],
    ['i feel so tired of all of it', "Don't worry, at least you have a job. Did you go to work today?"],
  ])('%s / %s: no rating code such as "Respect for autonomy 0."', (client, draft) => {
    const messages = [{ role: 'client' as const, text: client }];
    const hints = assess({ context: messages, draft }).draft?.hints ?? [];
    expect(hints.length).toBeGreaterThan(0);
    const root = mount(<HintList hints={hints} context={messages} draft={draft} />);
    for (const why of root.querySelectorAll('.why')) {
      expect(why.textContent).not.toMatch(/(autonomy|alignment|resonance|orientation) [012]\.?$/i);
      expect(why.textContent!.length).toBeGreaterThan(20);
    }
  });

  test('only the code at the end goes; the reason is kept', () => {
    expect(plainReason('Naming their choice lowers it. Respect for autonomy 0.')).toBe(
      'Naming their choice lowers it.',
    );
    expect(plainReason('A reason with no code.')).toBe('A reason with no code.');
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
    const verdict: Verdict = {
      resistance: 'minimizing',
      mechanisms: {
        respectForAutonomy: 0,
        stanceAlignment: 0,
        emotionalResonance: 1,
        conversationalOrientation: 1,
      },
      explanation: 'The client minimizes.',
      evidence: { client: '', draft: '' },
      suggestion: 'What would you like to do about it, if anything?',
      risk: { client: '', kinds: [], level: 'none' },
    };
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
