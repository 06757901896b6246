import { type Mock, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PASTE_DEBOUNCE_MS, type PipelineState, ReadingPipeline } from '../../lib/panel/pipeline';
import { type Assessment, DEFAULT_HINT_SETTINGS, type PageSnapshot } from '../../models';
import { assessment, clientText, draftText } from '../extension/fixtures/assessment';
import { verdict } from '../extension/fixtures/verdict';

/** The pipeline is plain TypeScript: fed and read here without a panel. */
const page = (draft: string, client = clientText): PageSnapshot => ({
  type: 'page-snapshot',
  adapter: 'rocketchat',
  platform: 'Rocket.Chat',
  url: 'https://chat.example.org/room/1',
  messages: [{ id: 'm1', role: 'client', text: client }],
  draft,
  health: { composerFound: true, messages: 1, client: 1, counselor: 0 },
  at: 1,
});

let assess: Mock<() => Assessment>;
let pipeline: ReadingPipeline;
let seen: PipelineState[];

beforeEach(() => {
  vi.useFakeTimers();
  assess = vi.fn(() => structuredClone(assessment));
  pipeline = new ReadingPipeline({ assess, now: () => 1_000 });
  seen = [];
  pipeline.subscribe((s) => seen.push(s));
});
afterEach(() => {
  pipeline.dispose();
  vi.useRealTimers();
});

const latest = () => seen.at(-1)!;
const hintRules = () => {
  const f = latest().reading.feedback;
  return f.kind === 'ready' ? (f.assessment.draft?.hints.map((h) => h.rule) ?? []) : [];
};

describe('the reading pipeline', () => {
  test('a page is read at once, into one reading that carries its snapshot', async () => {
    const snapshot = page(draftText);
    pipeline.setSnapshot(snapshot);
    await vi.advanceTimersByTimeAsync(0);
    expect(assess).toHaveBeenCalledTimes(1);
    expect(latest().reading.snapshot).toBe(snapshot);
    expect(latest().reading.feedback.kind).toBe('ready');
  });

  test('pasted text waits for typing to pause', async () => {
    pipeline.setPasted({ clientText, draftText: 'd' });
    pipeline.setPasted({ clientText, draftText: 'dr' });
    await vi.advanceTimersByTimeAsync(PASTE_DEBOUNCE_MS - 1);
    expect(assess).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(assess).toHaveBeenCalledTimes(1);
    expect(latest().reading.snapshot).toBeNull();
  });

  test('a dismissed hint is hidden until the client writes again; the action is kept in memory', async () => {
    pipeline.setSnapshot(page(draftText));
    await vi.advanceTimersByTimeAsync(0);
    const hint = assessment.draft!.hints[1]!;
    pipeline.recordAction(hint, 'dismissed');
    await vi.advanceTimersByTimeAsync(0);
    expect(hintRules()).not.toContain(hint.rule);
    expect(latest().actions).toEqual([
      expect.objectContaining({ rule: hint.rule, action: 'dismissed', at: 1_000 }),
    ]);
    pipeline.setSnapshot(page(draftText, 'Something new from the client.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(hintRules()).toContain(hint.rule);
  });

  test('an insert hides nothing', async () => {
    pipeline.setSnapshot(page(draftText));
    await vi.advanceTimersByTimeAsync(0);
    const hint = assessment.draft!.hints[1]!;
    pipeline.recordAction(hint, 'accepted');
    await vi.advanceTimersByTimeAsync(0);
    expect(hintRules()).toContain(hint.rule);
  });

  test('actions an earlier opening saved come first', () => {
    const hint = assessment.draft!.hints[1]!;
    pipeline.recordAction(hint, 'disagreed');
    const saved = { rule: 'old', about: 'draft', action: 'dismissed' as const, at: 1, message: 'm' };
    pipeline.restoreActions([saved]);
    expect(latest().actions.map((a) => a.rule)).toEqual(['old', hint.rule]);
  });

  test('the model’s verdict joins the reading of its own draft only, without reading again', async () => {
    pipeline.setSnapshot(page(draftText));
    await vi.advanceTimersByTimeAsync(0);
    const judged = { draft: draftText, verdict: { ...verdict, modelId: 'm' } };
    pipeline.setJudged(judged);
    expect(latest().reading.judged).toBe(judged);
    expect(assess).toHaveBeenCalledTimes(1);
    pipeline.setSnapshot(page('a newer draft'));
    await vi.advanceTimersByTimeAsync(0);
    expect(latest().reading.judged).toBeNull();
  });

  test('a snooze ends by itself', async () => {
    pipeline.setSnapshot(page(draftText));
    pipeline.setSettings({ ...DEFAULT_HINT_SETTINGS, snoozedUntil: 1_000 + 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    const reads = assess.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60_100);
    expect(assess.mock.calls.length).toBe(reads + 1);
  });
});
