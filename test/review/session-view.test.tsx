import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SessionView, type SessionViewProps } from '../../components/review/SessionView';
import { CONVERSATION } from '../log/helpers';
import { sessionDetail } from './fixtures';

/** Text as a reader sees it: whitespace runs collapsed. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function show(overrides: Partial<SessionViewProps> = {}) {
  const props: SessionViewProps = {
    detail: sessionDetail(),
    onSaveNotes: vi.fn(() => Promise.resolve()),
    onDelete: vi.fn(),
    onPrint: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<SessionView {...props} />, root);
  return { root, props };
}

const button = (root: Element, name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`no button "${name}" in ${text(root)}`);
  return found;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SessionView', () => {
  test('heads the session with its site, turns, resistance moments and score', () => {
    const { root } = show();
    expect(text(root.querySelector('h2'))).toMatch(/^chat\.example\.org · /);
    expect(text(root.querySelector('.session-header'))).toMatch(
      /7 turns \(3 client, 4 counselor\) · 2 resistance moments · score \d+%/,
    );
  });

  test('the timeline marks resistance moments with the client phrases highlighted', () => {
    const { root } = show();
    const turns = [...root.querySelectorAll('.timeline > li')];
    expect(
      turns.map((t) =>
        text(t.querySelector('.message-text mark') ? t.querySelector('.turn-meta strong') : null),
      ),
    ).toEqual(['', 'Client', '', 'Client', '', '', '']);
    const minimizing = turns[1]!;
    expect(minimizing.classList.contains('turn-resistance')).toBe(true);
    expect(text(minimizing.querySelector('.turn-cues'))).toMatch(
      /Resistance moment: .*Minimizing \(denying\)/,
    );
    const marked = [...minimizing.querySelectorAll('mark')].map((m) => m.firstChild?.textContent ?? '');
    for (const phrase of marked) expect(CONVERSATION[1]!.text).toContain(phrase);
    expect(marked.join(' ')).toMatch(/not that big a deal|everyone drinks/);
  });

  test('each reply shows its code, four mechanisms and what the counselor did with each hint', () => {
    const { root } = show();
    const directive = [...root.querySelectorAll('.turn-counselor')].find((li) =>
      text(li).includes('You need to cut down on the drinking'),
    )!;
    expect(text(directive.querySelector('.turn-answers'))).toBe('Reply to the resistance at turn 2');
    // In the counselor's words (the side panel's), with the framework's names and levels in the tooltip.
    const level = '(not yet|a little|clearly)';
    expect(text(directive.querySelector('.turn-levels'))).toMatch(
      new RegExp(
        `^Leaves the choice to the client: not yet · Stands with the client's view: ${level} · Meets their feeling: ${level} · Follows their lead: ${level}$`,
      ),
    );
    expect(directive.querySelector('.turn-levels')?.getAttribute('title')).toMatch(
      /^Respect for Autonomy 0 · Stance Alignment \d · Emotional Resonance \d · Conversational Orientation \d$/,
    );
    const hints = [...directive.querySelectorAll('.turn-hints > li')].map(text);
    expect(hints[0]).toMatch(/→ dismissed$/);
    expect(hints.slice(1).every((h) => h.endsWith('→ not used'))).toBe(true);
  });

  test('lists how each resistance moment was met, linking to the turns', () => {
    const { root } = show();
    const moments = [...root.querySelectorAll('.moment')];
    expect(moments).toHaveLength(2);
    expect(text(moments[0])).toMatch(/Turn 2: .*Minimizing.*Met at turn 3 with Therapist input/);
    expect(moments[0]!.querySelector('a')?.getAttribute('href')).toBe('#turn-1');
    expect(root.querySelector('#turn-1')).not.toBeNull();
  });

  test('a long session lists the first replies to resistance and shows the rest on request', async () => {
    const base = sessionDetail();
    // The conversation thirty times over: sixty resistance moments, each met by a reply.
    const turns = Array.from({ length: 30 }, (_, round) =>
      base.turns.map((t) => ({ ...t, seq: round * base.turns.length + t.seq })),
    ).flat();
    const { root } = show({ detail: { ...base, turns } });
    // The first turns come at once, the rest in the task right after.
    expect(root.querySelectorAll('.timeline > li')).toHaveLength(60);
    expect(root.querySelector('.timeline')?.getAttribute('data-complete')).toBe('false');
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(root.querySelectorAll('.timeline > li')).toHaveLength(turns.length);
    expect(root.querySelector('.timeline')?.getAttribute('data-complete')).toBe('true');
    expect(root.querySelectorAll('.moment')).toHaveLength(25);
    await act(() => button(root, 'Show all 60 replies to resistance').click());
    expect(root.querySelectorAll('.moment')).toHaveLength(60);
    // Every moment is marked in the timeline either way.
    expect(root.querySelectorAll('.turn-resistance')).toHaveLength(60);
  });

  test('summarizes against MITI thresholds, with a mark and a meaning on every row', () => {
    const { root } = show();
    const rows = [...root.querySelectorAll('.miti-table tbody tr')];
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual([
      'Reflection-to-question ratio',
      'Complex reflections',
      'Open questions',
      'MI-adherent behaviours',
      'MI-non-adherent behaviours',
    ]);
    for (const row of rows)
      expect(text(row.querySelector('.mark'))).toMatch(/^(good|fair|below fair|no mark)$/);
    // The directive reply persuades without permission: counted, with no threshold.
    expect(text(rows[4]!.querySelector('.miti-value'))).toMatch(/^[1-9]$/);
  });

  test('the mechanism chart has its words and, on request, its numbers', async () => {
    const { root } = show();
    const canvas = root.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toMatch(/4 assessed replies/);
    const details = root.querySelector<HTMLDetailsElement>('.chart-numbers')!;
    expect(details.querySelector('table')).toBeNull();
    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(details.querySelectorAll('tbody tr')).toHaveLength(4);
  });

  test('notes are edited and saved; the report shows the saved text', async () => {
    const { root, props } = show();
    const counselor = root.querySelector<HTMLTextAreaElement>('#counselor-note')!;
    expect(counselor.value).toBe('Rushed to advice.');
    expect(text(root.querySelector('label[for=supervisor-note]'))).toBe("Supervisor's note");
    const save = button(root, 'Save notes');
    expect(save.disabled).toBe(true);
    await act(() => {
      counselor.value = 'Rushed to advice at turn 3.';
      counselor.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(text(root.querySelector('.notes [role=status]'))).toBe('Unsaved changes.');
    await act(async () => {
      save.click();
      await Promise.resolve();
    });
    expect(props.onSaveNotes).toHaveBeenCalledWith({
      counselorNote: 'Rushed to advice at turn 3.',
      supervisorNote: '',
    });
    expect(text(root.querySelector('.notes [role=status]'))).toBe('Notes saved.');
    expect(text(root.querySelector('.notes .print-only'))).toContain('Rushed to advice.');
  });

  test('a note that could not be saved says why', async () => {
    const { root } = show({ onSaveNotes: () => Promise.reject(new Error('The session log is full.')) });
    const supervisor = root.querySelector<HTMLTextAreaElement>('#supervisor-note')!;
    await act(() => {
      supervisor.value = 'x';
      supervisor.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      button(root, 'Save notes').click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(text(root.querySelector('.notes [role=status]'))).toBe('Not saved: The session log is full.');
  });

  test('deleting asks first; print and back are one click', async () => {
    const { root, props } = show();
    await act(() => button(root, 'Delete session…').click());
    expect(props.onDelete).not.toHaveBeenCalled();
    await act(() => button(root, 'Keep it').click());
    await act(() => button(root, 'Delete session…').click());
    await act(() => button(root, 'Delete session').click());
    expect(props.onDelete).toHaveBeenCalledTimes(1);
    button(root, 'Print report').click();
    button(root, 'Back to all sessions').click();
    expect(props.onPrint).toHaveBeenCalledTimes(1);
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  test("risk moments come first, each in the client's words with whether the reply asked about safety", () => {
    const { root } = show({
      detail: sessionDetail('session-risk', [
        { role: 'counselor', text: 'Hi, what is on your mind tonight?' },
        { role: 'client', text: 'honestly everyone would be better off without me' },
        { role: 'counselor', text: 'Have you tried going for a walk? It always helps me.' },
        {
          role: 'client',
          text: 'i have the pills lined up on my desk, gonna take them once everyones asleep',
        },
        {
          role: 'counselor',
          text: 'Thank you for telling me. Are you thinking about ending your life tonight?',
        },
      ]),
    });
    const cards = [...root.querySelectorAll('article > section.card')];
    expect(text(cards[0]!.querySelector('h3'))).toBe('Risk moments and whether safety was asked about');
    const moments = [...cards[0]!.querySelectorAll('.moment-list > li')].map(text);
    // Highest level first.
    expect(moments[0]).toMatch(/^Turn 4: High risk.*The reply at turn 5 asked about safety/u);
    expect(moments[1]).toMatch(/^Turn 2: Possible risk.*better off without me.*did not ask about safety/u);
    expect(text(cards[0]!)).toContain('One reply did not ask about safety: go over it first.');
    expect(text(root.querySelector('.session-header'))).toContain('2 risk moments');
  });

  test('turns that could not be stored are shown where they were missing, and counted in the header', () => {
    const base = sessionDetail();
    const at = base.turns[2]!.at;
    const { root } = show({
      detail: {
        ...base,
        session: {
          ...base.session,
          gaps: [
            { beforeSeq: 3, turns: 2, from: at + 1_000, to: at + 2_000, reason: 'storage-full' },
            { beforeSeq: 7, turns: 1, from: at + 9_000, to: at + 9_000, reason: 'panel-closed' },
          ],
        },
      },
    });
    expect(text(root.querySelector('.session-header'))).toMatch(
      /7 turns \(3 client, 4 counselor\) · 3 turns not stored · /,
    );
    const items = [...root.querySelectorAll('.timeline > li')];
    expect(items).toHaveLength(9);
    expect(items.map((li) => (li.classList.contains('turn-gap') ? 'gap' : li.id))).toEqual([
      'turn-0',
      'turn-1',
      'turn-2',
      'gap',
      'turn-3',
      'turn-4',
      'turn-5',
      'turn-6',
      'gap',
    ]);
    expect(text(items[3])).toMatch(
      /^2 turns not stored · read [^–]+Attune read these turns but could not store them: the browser refused to store more/,
    );
    expect(text(items[8])).toMatch(
      /^1 turn not stored · read .+Attune read this turn but could not store it: the side panel was closed/,
    );
  });

  test("a turn shows the page's time when it was kept, else when it was read", () => {
    const base = sessionDetail();
    const turns = base.turns.map((t, i) =>
      i === 0
        ? { ...t, at: Date.UTC(2026, 10, 1, 15, 0), pageAt: Date.UTC(2026, 10, 1, 9, 30) }
        : { ...t, at: Date.UTC(2026, 10, 1, 15, 0) },
    );
    const { root } = show({ detail: { ...base, turns } });
    const meta = [...root.querySelectorAll('.turn-meta')].map(text);
    const shown = (ms: number) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(ms);
    expect(meta[0]).toContain(shown(Date.UTC(2026, 10, 1, 9, 30)));
    expect(meta[1]).toContain(shown(Date.UTC(2026, 10, 1, 15, 0)));
  });

  test('a session without risk shows no risk card', () => {
    const { root } = show();
    expect(root.querySelector('.risk-moments')).toBeNull();
  });
});
