import { describe, expect, test, vi } from 'vitest';
import {
  type FeedbackState,
  type Reading,
  feedbackFor,
  frameOf,
  judgeInputOf,
  lastClientReading,
  readingInput,
  shownDraft,
  verdictFor,
} from '../../lib/panel/reading';
import { LIVE_CONTEXT_MESSAGES } from '../../lib/live/context';
import { DEFAULT_HINT_SETTINGS, type PageSnapshot } from '../../models';
import { assessment, clientText, context, draftText } from '../extension/fixtures/assessment';
import { verdict } from '../extension/fixtures/verdict';

const judgeVerdict = { ...verdict, modelId: 'test-model' };

function snapshot(messages: [string, 'client' | 'counselor', string][], draft = ''): PageSnapshot {
  return {
    type: 'page-snapshot',
    adapter: 'rocketchat',
    platform: 'Rocket.Chat',
    url: 'https://chat.example.org/room/1',
    messages: messages.map(([id, role, text]) => ({ id, role, text })),
    draft,
    health: { composerFound: true, messages: messages.length, client: 0, counselor: 0 },
    at: 1,
  };
}

const view = { settings: DEFAULT_HINT_SETTINGS, dismissed: new Set<string>(), now: 0 };
const ready = (draft = draftText): FeedbackState => ({
  kind: 'ready',
  assessment: structuredClone(assessment),
  context,
  draft,
});

describe('the reading', () => {
  test('the context window is cut here: the newest messages of a long page', () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) => [`m${i}`, 'client', `line ${i}`] as [string, 'client', string],
    );
    const { context: window, draft } = readingInput(snapshot(lines, 'hi'), { clientText: '', draftText: '' });
    expect(window).toHaveLength(LIVE_CONTEXT_MESSAGES);
    expect(window.at(-1)?.text).toBe('line 29');
    expect(draft).toBe('hi');
  });

  test('pasted text: the client line (when any) and the draft', () => {
    expect(readingInput(null, { clientText: '  ', draftText: 'x' })).toEqual({ context: [], draft: 'x' });
    expect(readingInput(null, { clientText: 'c', draftText: '' }).context).toEqual([
      { role: 'client', text: 'c' },
    ]);
  });

  test('nothing to read is empty, without asking the analyzer', () => {
    const assess = vi.fn();
    expect(feedbackFor({ context: [], draft: '  ' }, view, assess)).toEqual({ kind: 'empty' });
    expect(assess).not.toHaveBeenCalled();
  });

  test('hints the counselor dismissed are filtered out; an analyzer error is shown', () => {
    // Not the safety hint (hints[0]): those stay whatever the counselor dismissed.
    const rule = assessment.draft!.hints[1]!.rule;
    const read = feedbackFor({ context, draft: draftText }, { ...view, dismissed: new Set([rule]) }, () =>
      structuredClone(assessment),
    );
    expect(read.kind === 'ready' && read.assessment.draft?.hints.map((h) => h.rule)).not.toContain(rule);
    const failed = feedbackFor({ context, draft: draftText }, view, () => {
      throw new Error('boom');
    });
    expect(failed).toEqual({ kind: 'error', message: 'boom' });
  });

  test('the model’s verdict goes with its own draft only', () => {
    const judged = { draft: draftText, verdict: judgeVerdict };
    expect(verdictFor(ready(), judged)).toBe(judged);
    expect(verdictFor(ready('another draft'), judged)).toBeNull();
    expect(verdictFor({ kind: 'empty' }, judged)).toBeNull();
  });

  test('the judge reads the newest messages of the same window', () => {
    const long = Array.from({ length: 12 }, (_, i) => ({ role: 'client' as const, text: `t${i}`, time: i }));
    const input = judgeInputOf({ kind: 'ready', assessment, context: long, draft: 'd' });
    expect(input?.context).toHaveLength(8);
    expect(input?.context[0]).toEqual({ role: 'client', text: 't4' });
    expect(judgeInputOf(ready('  '))).toBeNull();
  });
});

describe('what the recorder takes from the reading', () => {
  const page = snapshot([['m1', 'client', clientText]], draftText);
  const reading: Reading & { snapshot: PageSnapshot } = {
    snapshot: page,
    feedback: ready(),
    judged: { draft: draftText, verdict: judgeVerdict },
  };

  test('the draft as shown, with the model’s verdict on it', () => {
    expect(shownDraft(reading)).toEqual({
      draft: draftText,
      assessment: reading.feedback.kind === 'ready' ? reading.feedback.assessment.draft : null,
      judge: judgeVerdict,
    });
    // A reading about another draft is not what the page shows now.
    expect(shownDraft({ ...reading, snapshot: { ...page, draft: 'newer' } })).toBeNull();
  });

  test('the client reading of the last message, when it is the client’s', () => {
    expect(lastClientReading(reading)).toBe(
      reading.feedback.kind === 'ready' ? reading.feedback.assessment.client : 'x',
    );
    const answered = snapshot([
      ['m1', 'client', clientText],
      ['m2', 'counselor', 'ok'],
    ]);
    expect(lastClientReading({ ...reading, snapshot: answered })).toBeUndefined();
    expect(lastClientReading({ ...reading, feedback: { kind: 'error', message: 'x' } })).toBeUndefined();
  });

  test('one frame carries both', () => {
    const frame = frameOf(reading, [], true, 5);
    expect(frame).toMatchObject({ snapshot: page, logging: true, capturedAt: 5 });
    expect(frame.lastClientReading).toBe(lastClientReading(reading));
    expect(frame.shown?.judge).toBe(judgeVerdict);
  });
});
