import { describe, expect, test, vi } from 'vitest';
import { assess } from '../../lib/analysis';
import { conversationKeyOf, sessionSiteOf } from '../../lib/log/logging-choice';
import {
  type LogWrite,
  type PanelFrame,
  type RecorderState,
  emptyRecorderState,
  persistableState,
  recordFrame,
  restoreRecorderState,
  resumeConversation,
} from '../../lib/log/recorder';
import type { PageSnapshot } from '../../models/messages';
import type { HintAction } from '../../models/settings';
import type { NewTurn } from '../../models/session-log';

const URL = 'https://chat.example.org/room/42';
const T = Date.UTC(2026, 10, 3, 10, 0, 0);

type Line = [id: string, role: 'client' | 'counselor', text: string];

const OPENING: Line[] = [
  ['m1', 'counselor', 'Hi, thanks for reaching out. What brings you here tonight?'],
  ['m2', 'client', "My wife says I drink too much but it's not that big a deal, everyone drinks."],
];
const DIRECTIVE = 'You need to cut down on the drinking.';

function snapshot(lines: Line[], draft = '', at = T, url = URL): PageSnapshot {
  return {
    type: 'page-snapshot',
    adapter: 'rocketchat',
    platform: 'Rocket.Chat',
    url,
    messages: lines.map(([id, role, text]) => ({ id, role, text })),
    draft,
    health: { composerFound: true, messages: lines.length, client: 0, counselor: 0 },
    at,
  };
}

/** What the panel shows for this snapshot's draft: the analyzer's reading, as the panel makes it. */
function shown(page: PageSnapshot): PanelFrame['shown'] {
  const context = page.messages.map(({ role, text }) => ({ role, text }));
  return { draft: page.draft, assessment: assess({ context, draft: page.draft }).draft };
}

function frame(page: PageSnapshot, extra: Partial<PanelFrame> = {}): PanelFrame {
  return {
    snapshot: page,
    shown: page.draft ? shown(page) : null,
    actions: [],
    logging: true,
    // The panel's clock: in these tests it reads the page when the page says it was read.
    capturedAt: page.at,
    ...extra,
  };
}

/** Feeds frames in order, collecting every write. */
function run(frames: PanelFrame[], state: RecorderState = emptyRecorderState()) {
  const writes: LogWrite[] = [];
  for (const f of frames) {
    const out = recordFrame(state, f);
    state = out.state;
    writes.push(...out.writes);
  }
  return { state, writes };
}

const appended = (writes: LogWrite[]) =>
  writes.flatMap((w) => (w.kind === 'append' ? [w] : [])).map((w) => w.turn);
const counselorTurn = (turn: NewTurn | undefined) => {
  if (turn?.role !== 'counselor') throw new Error(`expected a counselor turn, got ${JSON.stringify(turn)}`);
  return turn;
};

const click = (rule: string, action: HintAction['action'], at: number): HintAction => ({
  rule,
  about: 'respectForAutonomy',
  action,
  at,
  message: 'hint',
});

describe('session recorder', () => {
  test('logs nothing while logging is off', () => {
    const { state, writes } = run([frame(snapshot(OPENING), { logging: false })]);
    expect(writes).toEqual([]);
    expect(state).toEqual(emptyRecorderState());
  });

  test('turning logging on logs what is on the page, once, with the client reading of each message', () => {
    const page = snapshot(OPENING);
    const { writes } = run([frame(page), frame(page), frame({ ...page, at: T + 5_000 })]);
    expect(writes.map((w) => w.kind)).toEqual(['start', 'append', 'append']);
    const start = writes[0]!;
    expect(start).toMatchObject({
      kind: 'start',
      session: { site: 'chat.example.org', platform: 'rocketchat', conversationKey: conversationKeyOf(page) },
    });
    const [first, second] = appended(writes);
    // A reply sent before logging was on has no draft to match: stored as seen, unassessed.
    expect(first).toMatchObject({ role: 'counselor', sentDraft: false, assessment: null, hints: [] });
    expect(second?.role).toBe('client');
    const reading = second?.role === 'client' ? second.assessment : null;
    expect(reading?.resistance.present).toBe(true);
    // The cue spans point into the turn's own text, whatever window the analyzer read it in.
    const text = OPENING[1]![2];
    const phrases = reading!.resistance.cues.map((c) => text.slice(c.start, c.end));
    expect(reading!.resistance.cues.every((c) => c.message === 0)).toBe(true);
    expect(phrases.join(' | ')).toMatch(/not that big a deal|everyone drinks/);
  });

  test('a sent draft (send-echo) carries the assessment and hints shown for it, and what the counselor did with them', () => {
    const typing = snapshot(OPENING, DIRECTIVE, T + 1_000);
    const firstShown = shown(typing)!.assessment!;
    const [kept, dismissed] = firstShown.hints;
    expect(kept && dismissed).toBeTruthy();
    // After "Dismiss", the panel stops showing that hint; it was still shown for this reply.
    const afterDismiss = { draft: DIRECTIVE, assessment: { ...firstShown, hints: [kept!] } };
    const actions = [
      click('from.an.earlier.reply', 'disagreed', T - 60_000),
      click(dismissed!.rule, 'dismissed', T + 1_500),
    ];
    const sent = snapshot([...OPENING, ['m3', 'counselor', `  ${DIRECTIVE}`]], '', T + 2_000);
    const { writes } = run([
      frame(snapshot(OPENING, '', T)),
      frame(typing),
      frame(typing, { shown: afterDismiss, actions }),
      frame(sent, { shown: null, actions }),
    ]);
    const reply = counselorTurn(appended(writes)[2]);
    expect(reply.sentDraft).toBe(true);
    expect(reply.text).toBe(DIRECTIVE);
    expect(reply.assessment?.main).toBe(firstShown.main);
    expect(reply.assessment?.mechanisms).toEqual(firstShown.mechanisms);
    expect(reply.hints?.map((h) => [h.rule, h.action])).toEqual([
      [kept!.rule, 'ignored'],
      [dismissed!.rule, 'dismissed'],
    ]);
  });

  test("the model's verdict on the sent draft is stored with it, and one on an older draft is not", () => {
    const verdict = {
      mechanisms: {
        respectForAutonomy: 0,
        stanceAlignment: 0,
        emotionalResonance: 1,
        conversationalOrientation: 1,
      },
      explanation: 'Directs without permission.',
      modelId: 'demo',
    } as const;
    const typing = snapshot(OPENING, DIRECTIVE, T + 1_000);
    const judged = { ...shown(typing)!, judge: verdict };
    const sent = snapshot([...OPENING, ['m3', 'counselor', DIRECTIVE]], '', T + 2_000);
    // The verdict arrives, then a later frame about the same draft carries none: it is kept.
    const kept = run([
      frame(snapshot(OPENING)),
      frame(typing, { shown: judged }),
      frame(typing),
      frame(sent),
    ]);
    expect(counselorTurn(appended(kept.writes)[2]).judge).toEqual(verdict);
    const older = snapshot(OPENING, 'You need to', T + 500);
    const olderJudged = { ...shown(older)!, judge: verdict };
    const stale = run([
      frame(snapshot(OPENING)),
      frame(older, { shown: olderJudged }),
      frame(typing),
      frame(sent),
    ]);
    expect(counselorTurn(appended(stale.writes)[2]).judge ?? null).toBeNull();
  });

  test('an inserted suggestion changed before sending is logged as edited', () => {
    const typing = snapshot(OPENING, DIRECTIVE, T + 1_000);
    const hint = shown(typing)!.assessment!.hints[0]!;
    const changed = `${DIRECTIVE} ${hint.try.slice(0, 10)}`;
    const withInsert = snapshot(OPENING, changed, T + 1_200);
    const actions = [click(hint.rule, 'accepted', T + 1_100)];
    const { writes } = run([
      frame(snapshot(OPENING, '', T)),
      frame(typing),
      frame(withInsert, { actions }),
      frame(snapshot([...OPENING, ['m3', 'counselor', changed]], '', T + 2_000), { actions }),
    ]);
    const reply = counselorTurn(appended(writes)[2]);
    expect(reply.sentDraft).toBe(true);
    expect(reply.hints?.find((h) => h.rule === hint.rule)?.action).toBe('edited');
  });

  test('a reply that is not the draft the counselor had is stored without an assessment', () => {
    const { writes } = run([
      frame(snapshot(OPENING, '', T)),
      frame(snapshot(OPENING, 'What would you like to', T + 1_000)),
      frame(
        snapshot([...OPENING, ['m3', 'counselor', 'What would you like to be different?']], '', T + 2_000),
      ),
    ]);
    expect(counselorTurn(appended(writes)[2])).toMatchObject({
      sentDraft: false,
      assessment: null,
      hints: [],
      text: 'What would you like to be different?',
    });
  });

  test('what is said while logging is switched off is never logged, even when it is switched on again', () => {
    const during: Line[] = [...OPENING, ['m3', 'counselor', 'Off the record.'], ['m4', 'client', 'secret']];
    const after: Line[] = [...during, ['m5', 'client', 'back on']];
    const { writes } = run([
      frame(snapshot(OPENING)),
      frame(snapshot(during, '', T + 1_000), { logging: false }),
      frame(snapshot(after, '', T + 2_000)),
    ]);
    expect(appended(writes).map((t) => t.text)).toEqual([OPENING[0]![2], OPENING[1]![2], 'back on']);
  });

  test('the same ids coming back with new text start a new session (the practice chat restarted)', () => {
    const first: Line[] = [...OPENING, ['m3', 'counselor', 'Tell me more.']];
    const restarted: Line[] = [OPENING[0]!, OPENING[1]!];
    const { writes } = run([
      frame(snapshot(first)),
      frame(snapshot(restarted, '', T + 1_000)),
      frame(snapshot([...restarted, ['m3', 'counselor', 'What matters most to you?']], '', T + 2_000)),
    ]);
    expect(writes.map((w) => `${w.kind}:${w.slot}`)).toEqual([
      'start:s1',
      'append:s1',
      'append:s1',
      'append:s1',
      'end:s1',
      'start:s2',
      'append:s2',
      'append:s2',
      'append:s2',
    ]);
    expect(
      appended(writes)
        .slice(3)
        .map((t) => t.text),
    ).toEqual([OPENING[0]![2], OPENING[1]![2], 'What matters most to you?']);
  });

  test('a message edited in place is not logged again', () => {
    const { writes } = run([
      frame(snapshot(OPENING)),
      frame(snapshot([OPENING[0]!, ['m2', 'client', 'edited text']], '', T + 1_000)),
    ]);
    expect(writes.filter((w) => w.kind === 'append')).toHaveLength(2);
    expect(writes.filter((w) => w.kind === 'end')).toHaveLength(0);
  });

  test('each conversation gets its own session', () => {
    const { writes } = run([
      frame(snapshot(OPENING)),
      frame(snapshot(OPENING, '', T + 1_000, 'https://chat.example.org/room/43')),
    ]);
    expect(writes.filter((w) => w.kind === 'start').map((w) => w.slot)).toEqual(['s1', 's2']);
  });

  test('reopening the panel with the stored progress logs nothing twice, and keeps no draft', () => {
    const typing = snapshot(OPENING, DIRECTIVE, T + 1_000);
    const { state } = run([frame(snapshot(OPENING)), frame(typing)]);
    const stored = JSON.parse(JSON.stringify(persistableState(state))) as unknown;
    expect(JSON.stringify(stored)).not.toContain(DIRECTIVE);
    const restored = restoreRecorderState(stored);
    const { writes } = run([frame(snapshot([...OPENING, ['m3', 'client', 'new']], '', T + 3_000))], restored);
    expect(writes).toEqual([expect.objectContaining({ kind: 'append', slot: 's1', messageId: 'm3' })]);
    expect(restoreRecorderState({ nextSlot: 'x' })).toEqual(emptyRecorderState());
  });

  test('resuming a stored session skips what it holds and goes on in it without starting another', () => {
    const page = snapshot([...OPENING, ['m3', 'client', 'and another thing']]);
    const stored = OPENING.map(([, role, text]) => ({ role, text: `${text} ` }));
    const resumed = resumeConversation(emptyRecorderState(), page, stored);
    const { writes } = run([frame(page)], resumed.state);
    expect(writes).toEqual([
      expect.objectContaining({ kind: 'append', slot: resumed.slot, messageId: 'm3' }),
    ]);
  });
});

// The choice itself (hashed, migrated, per conversation or site) is tested in test/log/logging-choice.test.ts.
describe('logging choice', () => {
  test('WhatsApp Web: two chats at the same address are two conversations, each its own session', () => {
    const chat = (conversation: string, lines: Line[]): PageSnapshot => ({
      ...snapshot(lines, '', T, 'https://web.whatsapp.com/'),
      adapter: 'whatsapp',
      conversation,
    });
    const first = chat('chat-1a2b3c4d', OPENING);
    const second = chat('chat-5e6f7a8b', [
      ['x1', 'client', 'hello? is anyone there'],
      ['x2', 'counselor', "Hi, I'm here. What's on your mind?"],
    ]);
    expect(conversationKeyOf(first)).not.toBe(conversationKeyOf(second));
    // Switching between them while both are logged: two sessions, neither holding the other's turns.
    const { writes } = run([frame(first), frame(second), frame(first)]);
    const starts = writes.filter((w) => w.kind === 'start');
    expect(starts).toHaveLength(2);
    expect(writes.filter((w) => w.kind === 'end')).toEqual([]);
    const textsIn = (slot: string) =>
      writes.flatMap((w) => (w.kind === 'append' && w.slot === slot ? [w.turn.text] : []));
    expect(textsIn(starts[0]!.slot)).toEqual(OPENING.map(([, , text]) => text));
    expect(textsIn(starts[1]!.slot)).toEqual(second.messages.map((m) => m.text));
  });

  test('a conversation is its page address; a route fragment counts, a scroll anchor does not', () => {
    const at = (url: string) => conversationKeyOf({ adapter: 'element', url });
    expect(at('https://m.example.org/#/room/!a:x')).not.toBe(at('https://m.example.org/#/room/!b:x'));
    expect(at('https://c.example.org/t?id=1#msg-9')).toBe(at('https://c.example.org/t?id=1'));
    expect(
      sessionSiteOf({ url: 'chrome-extension://abc/practice.html', platform: 'Attune practice chat' }),
    ).toBe('Attune practice chat');
  });
});

describe('the panel’s own reading of a client message', () => {
  test('is logged as it is: the recorder does not assess that message again', () => {
    const page = snapshot(OPENING);
    const panelReading = assess({ context: page.messages.map(({ role, text }) => ({ role, text })) }).client;
    const assessClient = vi.fn(() => null);
    const last = page.messages.length - 1;
    const { writes } = recordFrame(
      emptyRecorderState(),
      { ...frame(page), lastClientReading: panelReading },
      {
        assessClient,
      },
    );
    const turns = writes.flatMap((w) => (w.kind === 'append' ? [w.turn] : []));
    // Earlier client messages (already on the page when logging began) are read by the recorder;
    // the last one, the panel read already.
    const clientTurnsBefore = page.messages.slice(0, last).filter((m) => m.role === 'client').length;
    expect(assessClient).toHaveBeenCalledTimes(clientTurnsBefore);
    const logged = turns[last];
    expect(logged?.role).toBe('client');
    expect(logged?.role === 'client' && logged.assessment?.risk.level).toBe(panelReading?.risk.level);
  });
});
