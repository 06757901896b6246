import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Feedback, type FeedbackState } from '../../components/Feedback';
import { Highlighted } from '../../components/Highlighted';
import type { Assessment } from '../../models';
import { assessment, context, draftText, hints, phrases, spanOf } from './fixtures/assessment';
import { assess } from '../../lib/analysis';

function show(state: FeedbackState): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Feedback state={state} />, root);
  return root;
}

const ready = (a: Assessment = assessment): FeedbackState => ({
  kind: 'ready',
  assessment: a,
  context,
  draft: draftText,
});

const BLOCKS = 'p, li, ul, ol, h1, h2, h3, section, div';

/** Text as a reader sees it: blocks apart, whitespace runs collapsed. */
function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const block of [copy, ...copy.querySelectorAll(BLOCKS)]) {
    block.prepend(' ');
    block.append(' ');
  }
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The section under the heading with this text. */
function sectionTitled(root: HTMLElement, title: string): HTMLElement {
  const heading = [...root.querySelectorAll('h2')].find((h) => textOf(h) === title);
  const section = heading?.closest('section');
  if (!section) throw new Error(`no section titled ${title}: ${textOf(root)}`);
  return section;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Feedback', () => {
  test('shows risk first, before every other section, as an alert', () => {
    const root = show(ready());
    const sections = [...root.querySelectorAll('.feedback > section')];
    expect(textOf(sections[0]?.querySelector('h2'))).toBe('Possible risk');
    expect(sections[0]?.getAttribute('role')).toBe('alert');
    expect(textOf(sections[0])).toContain(
      "Assess the client's safety now and follow your service's protocol.",
    );
    // The quote is the client's whole phrase, marked where it starts mid-sentence.
    expect(textOf(sections[0])).toContain(`Suicide Client: “…${phrases.risk}.”`);
    expect(sections.map((s) => textOf(s.querySelector('h2')))).toEqual([
      'Possible risk',
      'Before you send',
      'Hints',
    ]);
  });

  test('folds what the analyzer read below the hints, with a summary line that says what it holds', () => {
    const root = show(ready());
    const children = [...root.querySelectorAll('.feedback > *')];
    const detail = children.at(-1);
    expect(detail?.tagName).toBe('DETAILS');
    expect((detail as HTMLDetailsElement).open).toBe(false);
    expect(textOf(detail?.querySelector('summary'))).toBe(
      'What Attune read (client: sustain talk, resistance; your draft: therapist input · advice)',
    );
    expect([...detail!.querySelectorAll('h2')].map((h) => textOf(h))).toEqual([
      "The client's message",
      'Your draft',
    ]);
  });

  test('puts the verdict after the hints and before the folded detail', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<Feedback state={ready()} verdict={<section class="verdict-probe">verdict</section>} />, root);
    const order = [...root.querySelectorAll('.feedback > *')].map((el) =>
      el.classList.contains('verdict-probe')
        ? 'verdict'
        : textOf(el.querySelector('h2, summary')) || el.tagName,
    );
    expect(order.indexOf('verdict')).toBe(order.indexOf('Hints') + 1);
    expect(order.at(-1)).toMatch(/^What Attune read/);
  });

  test('shows no risk section when the level is none', () => {
    const quiet = structuredClone(assessment);
    quiet.client!.risk = { level: 'none', evidence: [] };
    const root = show(ready(quiet));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(textOf(root)).not.toContain('Possible risk');
    expect(textOf(root)).not.toContain("Assess the client's safety");
  });

  test('shows each hint with its message, why, evidence quotes and a way to start', () => {
    const items = [...sectionTitled(show(ready()), 'Hints').querySelectorAll('li')];
    expect(items).toHaveLength(3);
    const [risk, autonomy, resonance] = items.map(textOf);
    // Quotes run to the end of their phrase; an ellipsis marks where the text goes on. Pasted texts:
    // the Try line is copied, not inserted.
    expect(risk).toBe(
      `Safety ${hints.risk.message} ${hints.risk.why} Client: “…${phrases.risk}.” ` +
        `Your draft: “${phrases.advice}…” Try: “${hints.risk.try}” Copy`,
    );
    expect(autonomy).toContain(`Important ${hints.autonomy.message}`);
    expect(autonomy).toContain(`Client: “…${phrases.pessimism}.”`);
    expect(autonomy).not.toContain('Your draft:');
    expect(autonomy).toContain(`Try: “${hints.autonomy.try}”`);
    expect(resonance).toContain(`Suggestion ${hints.resonance.message}`);
    expect(resonance).toContain(`Your draft: “${phrases.reassurance}”`);
    expect(resonance).not.toContain('Client:');
  });

  test("highlights the resistance cues in the client's message", () => {
    const client = sectionTitled(show(ready()), "The client's message");
    expect(textOf(client)).toContain('Sustain talk');
    expect(textOf(client)).toContain('Resistance (80% confident)');
    const marks = [...client.querySelectorAll('mark')];
    expect(marks.map((m) => m.firstChild?.textContent)).toEqual([phrases.hesitation, phrases.pessimism]);
    expect(marks.map((m) => m.getAttribute('title'))).toEqual(['Hesitation', 'Pessimism']);
    expect(textOf(client.querySelector('.message-text'))).toContain('Sometimes I think everyone');
    expect(textOf(client)).toContain(
      'Pessimism (denying): A defeatist statement used as a reason not to try.',
    );
  });

  test("shows the draft's behaviour code, the four mechanisms and empathy at a glance", () => {
    const draft = sectionTitled(show(ready()), 'Your draft');
    expect(textOf(draft)).toContain('Therapist input · advice');
    expect(textOf(draft)).toContain('Persuade without permission');
    const ratings = [...draft.querySelectorAll('.rating')].map(
      (r) =>
        `${r.querySelector('.rating-name')?.getAttribute('title')}: ${textOf(r.querySelector('.rating-name'))} = ${textOf(r.querySelector('.meter-number'))}`,
    );
    // In the counselor's words, with the framework's name kept in the tooltip.
    expect(ratings).toEqual([
      'Respect for Autonomy: Leaves the choice to the client = 0',
      "Stance Alignment: Stands with the client's view = 1",
      'Emotional Resonance: Meets their feeling = 0',
      'Conversational Orientation: Follows their lead = 2',
      'Emotional reactions: Shows warmth = 1',
      'Interpretations: Shows you understand = 0',
      'Explorations: Invites them to say more = 0',
    ]);
    expect(textOf(draft)).toContain('Leaves the choice to the client 0 not yet');
    expect(textOf(draft)).toContain('Follows their lead 2 clearly');
  });

  test('shows each phrase the ratings rest on once, with every rating it bears on', () => {
    const shared = spanOf(draftText, 'You should');
    const repeated = structuredClone(assessment);
    repeated.draft!.evidence = {
      respectForAutonomy: [{ ...shared, why: 'directs' }],
      stanceAlignment: [{ ...shared, why: 'argues' }],
      explorations: [{ ...shared, why: 'closes' }],
    };
    const draft = sectionTitled(show(ready(repeated)), 'Your draft');
    const quotes = [...draft.querySelectorAll('.rating-evidence > li')].map(textOf);
    expect(quotes).toEqual([
      "“You should try going to the gym…” leaves the choice to the client · stands with the client's view · invites them to say more",
    ]);
    expect(textOf(draft).match(/You should/g)).toHaveLength(1);
  });

  test('shows safety findings in the draft with the phrase they are about, each once', () => {
    const safety = textOf(sectionTitled(show(ready()), 'Before you send'));
    expect(safety).toContain(`False reassurance Your draft: “${phrases.reassurance}”`);
    // Ignoring the risk has its own hint above the card; the card does not say it a second time.
    expect(safety).not.toContain('Ignores stated risk');
  });

  test('says what to do before anything is typed, and when there is nothing to point out', () => {
    expect(textOf(show({ kind: 'empty' }))).toContain('Feedback appears here as you type.');
    document.body.innerHTML = '';
    const nothing = show(ready({ engine: 'rules', client: null, draft: null }));
    expect(textOf(nothing)).toBe('Feedback Nothing to point out yet.');
  });

  test('shows an analyzer error as an alert', () => {
    const root = show({ kind: 'error', message: 'message too long' });
    expect(textOf(root.querySelector('[role="alert"]'))).toBe(
      'Attune could not read this text: message too long',
    );
  });
});

describe('Highlighted', () => {
  test('marks each span once, clamps spans to the text and drops overlaps', () => {
    const root = document.createElement('p');
    render(
      <Highlighted
        text="abcdefgh"
        highlights={[
          { start: 6, end: 99, label: 'tail' },
          { start: 1, end: 3, label: 'first' },
          { start: 2, end: 4, label: 'overlap' },
          { start: 5, end: 5, label: 'empty' },
        ]}
      />,
      root,
    );
    expect([...root.querySelectorAll('mark')].map((m) => m.firstChild?.textContent)).toEqual(['bc', 'gh']);
    expect(root.textContent).toBe('abc (first)defgh (tail)');
  });

  test('says why a reply that meets the moment works, quoting it, and says nothing of the kind for one that does not', () => {
    const moment = [
      { role: 'counselor' as const, text: 'What do you make of how much you have been drinking lately?' },
      {
        role: 'client' as const,
        text: 'idk i like drinking w my mates but my gf keeps saying im drinking too much',
      },
    ];
    const good =
      "Part of you enjoys the nights out, and part of you wonders if she's got a point. What do you make of it?";
    const root = show({
      kind: 'ready',
      assessment: assess({ context: moment, draft: good }),
      context: moment,
      draft: good,
    });
    const works = sectionTitled(root, 'This reply works');
    expect(textOf(works)).toMatch(/^This reply works Works because it reflects the client's own view/);
    expect(textOf(works)).toContain('Your draft: “What do you make of it?”');
    // Quotes are whole sentences of the draft, not the fragment a cue matched.
    expect(textOf(works)).toContain(
      "Your draft: “Part of you enjoys the nights out, and part of you wonders if she's got a point.”",
    );
    document.body.innerHTML = '';

    const poor = 'You need to stop drinking.';
    const again = show({
      kind: 'ready',
      assessment: assess({ context: moment, draft: poor }),
      context: moment,
      draft: poor,
    });
    expect(textOf(again)).not.toContain('This reply works');
    expect(textOf(again)).toContain('Ask before advising');
  });
});
