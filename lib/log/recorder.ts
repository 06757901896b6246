import { assess } from '../analysis';
import { contextForAssessment } from '../live/context';
import type { ClientAssessment, DraftAssessment, Hint } from '../../models/assessment';
import type { PageSnapshot } from '../../models/messages';
import type { HintAction } from '../../models/settings';
import type { JudgeVerdict, NewTurn } from '../../models/session-log';
import type { Message } from '../../models/conversation';
import { loggedHints } from './hints';
import { conversationKeyOf, sessionSiteOf } from './logging-choice';
import type { NewSession } from './store';
import { pageTimeWithin } from './times';

/**
 * The session recorder: turns what the side panel sees over time into session log writes. Pure: it
 * takes one panel frame at a time and returns its next state and the writes to make, in order; the
 * panel (entrypoints/sidepanel/use-session-log.ts) performs them.
 *
 * - A message the log has not seen (by the page's message id) becomes a turn, once.
 * - A client message gets the analyzer's reading of it in the panel's window ending at that message:
 *   the panel's own reading, as it is, when the message is the page's last (lib/panel/reading.ts,
 *   `lastClientReading`), else read here the same way (messages already on the page). Its cue and risk spans are re-based onto the turn's
 *   own text (`message: 0`): the log keeps each message, not the window it was read in.
 * - A counselor message whose text is the draft the counselor had just before (send-echo) is a sent
 *   draft: it gets the draft assessment and hints the panel showed for exactly that text, and what
 *   the counselor did with each hint while drafting it. Any other counselor message (sent before
 *   logging was on, or changed on the way) is stored with `sentDraft: false` and no assessment.
 * - When logging is first turned on for a conversation, the messages already on the page are
 *   logged too: the log holds the conversation as the counselor saw it. What appears while logging
 *   is switched off again is passed over for good, so switching it back on never stores it.
 * - A message id that left the page and comes back with other text means the page started a new
 *   conversation under the same address (the practice chat's "Restart"): the session is ended and
 *   a new one begins. An edit in place (same id, still on the page) is not logged again.
 * - Every turn's time is the frame's capture time (the extension's clock when the panel got it);
 *   the page's own time for a message goes along for display only, and only when it is plausible
 *   next to the capture time (lib/log/times.ts).
 *
 * A message the recorder has handed over counts as seen, not as stored: the panel's outbox
 * (lib/log/outbox.ts) keeps the write until it commits, or records a gap where it could not.
 */

/** What the panel shows about the snapshot's draft, once its feedback is ready. */
export interface ShownDraft {
  /** The draft text the assessment is about. */
  readonly draft: string;
  /** The panel's draft assessment, hints as shown (after the counselor's hint settings). */
  readonly assessment: DraftAssessment | null;
  /** The on-device model's verdict on exactly this draft, once it has one. */
  readonly judge?: JudgeVerdict | null;
}

/** One moment in the panel: what the page shows and what the panel showed about it. */
export interface PanelFrame {
  readonly snapshot: PageSnapshot;
  /** Set only when it is about this snapshot's draft; null while the panel is still assessing. */
  readonly shown: ShownDraft | null;
  /** Every hint action the panel recorded (kept for reopening in storage.session `hintActions`), any order. */
  readonly actions: readonly HintAction[];
  /**
   * The panel's reading of the snapshot's last message, when it is the client's (lib/panel/reading.ts):
   * the window it was read in ends with that message, as the recorder would read it, so it is logged
   * as it is instead of being assessed again. Absent: the recorder reads the message itself.
   */
  readonly lastClientReading?: ClientAssessment | null;
  /** Logging is on for this conversation (logging-choice.ts). */
  readonly logging: boolean;
  /**
   * When the panel received this frame, by the extension's own clock: the capture time of every
   * message it logs. Never the page's clock.
   */
  readonly capturedAt: number;
}

/**
 * A write for the panel to make. `slot` names a session before the log has given it an id: the
 * panel keeps slot → session id.
 */
export type LogWrite =
  | { readonly kind: 'start'; readonly slot: string; readonly session: NewSession }
  | { readonly kind: 'append'; readonly slot: string; readonly messageId: string; readonly turn: NewTurn }
  | { readonly kind: 'end'; readonly slot: string; readonly at: number };

interface DraftMemory {
  readonly text: string;
  readonly assessment: DraftAssessment;
  readonly judge: JudgeVerdict | null;
}

/** What the recorder remembers about one conversation. */
export interface ConversationProgress {
  readonly slot: string;
  /** A 'start' write was made for the slot. */
  readonly started: boolean;
  /** Logged message ids → a hash of the text logged, to tell a new conversation from an old id. */
  readonly logged: Readonly<Record<string, number>>;
  /** Message ids on the page at the last frame. */
  readonly onPage: readonly string[];
  /** The last draft the panel assessed (cleared once it is sent). */
  readonly draft: DraftMemory | null;
  /** Hints shown while drafting the current reply, by rule, latest version. */
  readonly seenHints: Readonly<Record<string, Hint>>;
  /** When drafting of the current reply began (the last sent reply): older hint actions are not its. */
  readonly since: number;
  /** Last frame time, to forget the least recent conversations first. */
  readonly touched: number;
}

export interface RecorderState {
  readonly nextSlot: number;
  readonly conversations: Readonly<Record<string, ConversationProgress>>;
}

export const emptyRecorderState = (): RecorderState => ({ nextSlot: 1, conversations: {} });

/** Conversations remembered at once; beyond this the least recently seen is forgotten. */
export const MAX_CONVERSATIONS_REMEMBERED = 50;
/** A logged session's hint list is capped by its schema. */
const MAX_LOGGED_HINTS = 20;

export interface RecorderOptions {
  /** The client reading of a window of messages (the panel's analyzer by default). */
  readonly assessClient?: (context: readonly Message[]) => ClientAssessment | null;
}

const defaultAssessClient = (context: readonly Message[]) => assess({ context: [...context] }).client;

/** FNV-1a: a short, stable fingerprint of a message's text (never the text itself). */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Chat sites re-space and re-quote a message on the way out; that does not make it another text. */
function sameMessage(draft: string, shown: string): boolean {
  const normal = (text: string) =>
    text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim();
  return normal(draft) === normal(shown) && normal(draft) !== '';
}

/**
 * What the log keeps of a client turn's reading: the spans that fall in the turn itself (`index`
 * in the window the analyzer read), as message 0. Benchmarks build their turns with it too.
 */
export function ownTurnReading(assessment: ClientAssessment | null, index: number): ClientAssessment | null {
  if (!assessment) return null;
  return {
    ...assessment,
    resistance: {
      ...assessment.resistance,
      cues: assessment.resistance.cues.filter((c) => c.message === index).map((c) => ({ ...c, message: 0 })),
    },
    risk: {
      ...assessment.risk,
      evidence: assessment.risk.evidence
        .filter((e) => e.message === index)
        .map((e) => ({ ...e, message: 0 })),
    },
  };
}

/**
 * A client turn's reading, in the window that ends with it: the panel's own when the turn is the
 * page's last message and the panel read it (the usual case: a message just arrived), else read
 * here (messages already on the page when logging was turned on, or two arriving at once).
 */
function clientTurnReading(
  frame: PanelFrame,
  index: number,
  assessClient: (context: readonly Message[]) => ClientAssessment | null,
): ClientAssessment | null {
  const context = contextForAssessment(frame.snapshot.messages.slice(0, index + 1));
  const last = index === frame.snapshot.messages.length - 1;
  const reading =
    last && frame.lastClientReading !== undefined ? frame.lastClientReading : assessClient(context);
  return ownTurnReading(reading, context.length - 1);
}

function newProgress(slot: string, since: number, carried?: ConversationProgress): ConversationProgress {
  return {
    slot,
    started: false,
    logged: {},
    onPage: [],
    draft: carried?.draft ?? null,
    seenHints: carried?.seenHints ?? {},
    since: carried?.since ?? since,
    touched: since,
  };
}

/** The hints logged with a sent reply: those shown for the sent text, then any acted on earlier. */
function hintsFor(
  draft: DraftMemory,
  progress: ConversationProgress,
  actions: readonly HintAction[],
): Hint[] {
  const shown = [...draft.assessment.hints];
  const rules = new Set(shown.map((h) => h.rule));
  for (const action of actions) {
    const hint = progress.seenHints[action.rule];
    if (hint && !rules.has(hint.rule)) {
      shown.push(hint);
      rules.add(hint.rule);
    }
  }
  return shown.slice(0, MAX_LOGGED_HINTS);
}

function forgetOldest(
  conversations: Record<string, ConversationProgress>,
): Record<string, ConversationProgress> {
  const keys = Object.keys(conversations);
  if (keys.length <= MAX_CONVERSATIONS_REMEMBERED) return conversations;
  const keep = keys
    .sort((a, b) => conversations[b]!.touched - conversations[a]!.touched)
    .slice(0, MAX_CONVERSATIONS_REMEMBERED);
  return Object.fromEntries(keep.map((k) => [k, conversations[k]!]));
}

/**
 * Logging is off for a conversation that was logged before: what appears now is passed over for
 * good, so turning logging back on never stores what was said while it was off.
 */
function pausedFrame(state: RecorderState, snapshot: PageSnapshot, key: string): RecorderState {
  const progress = state.conversations[key];
  if (!progress) return state;
  const logged = { ...progress.logged };
  for (const m of snapshot.messages) logged[m.id] ??= textHash(m.text);
  const next: ConversationProgress = {
    ...progress,
    logged,
    onPage: snapshot.messages.map((m) => m.id),
    draft: null,
    seenHints: {},
    since: snapshot.at,
    touched: snapshot.at,
  };
  return { ...state, conversations: { ...state.conversations, [key]: next } };
}

/** One frame in, the next state and the writes it calls for out. */
export function recordFrame(
  state: RecorderState,
  frame: PanelFrame,
  options: RecorderOptions = {},
): { state: RecorderState; writes: LogWrite[] } {
  const assessClient = options.assessClient ?? defaultAssessClient;
  const { snapshot } = frame;
  const key = conversationKeyOf(snapshot);
  if (!frame.logging) return { state: pausedFrame(state, snapshot, key), writes: [] };
  const writes: LogWrite[] = [];
  let nextSlot = state.nextSlot;
  const allocate = () => `s${nextSlot++}`;
  let progress = state.conversations[key] ?? newProgress(allocate(), snapshot.at);

  const restarted = snapshot.messages.some(
    (m) =>
      progress.logged[m.id] !== undefined &&
      progress.logged[m.id] !== textHash(m.text) &&
      !progress.onPage.includes(m.id),
  );
  const capturedAt = frame.capturedAt;
  if (restarted) {
    if (progress.started) writes.push({ kind: 'end', slot: progress.slot, at: capturedAt });
    progress = newProgress(allocate(), snapshot.at, progress);
  }

  const logged: Record<string, number> = { ...progress.logged };
  let { started, draft, seenHints, since } = progress;
  const messages = snapshot.messages;
  messages.forEach((message, i) => {
    if (logged[message.id] !== undefined) return;
    const at = capturedAt;
    const pageAt = pageTimeWithin(message.time, capturedAt);
    const times = pageAt === undefined ? { at } : { at, pageAt };
    if (!started) {
      writes.push({
        kind: 'start',
        slot: progress.slot,
        session: {
          site: sessionSiteOf(snapshot),
          platform: snapshot.adapter,
          conversationKey: key,
          startedAt: at,
        },
      });
      started = true;
    }
    let turn: NewTurn;
    if (message.role === 'client') {
      turn = {
        role: 'client',
        text: message.text,
        ...times,
        assessment: clientTurnReading(frame, i, assessClient),
      };
    } else if (draft && sameMessage(draft.text, message.text)) {
      const recent = frame.actions.filter((a) => a.at >= since);
      const shown = hintsFor(draft, { ...progress, seenHints }, recent);
      turn = {
        role: 'counselor',
        // The draft as typed: the assessment's spans point into exactly this text.
        text: draft.text,
        ...times,
        sentDraft: true,
        assessment: draft.assessment,
        hints: loggedHints(shown, recent, draft.text),
        judge: draft.judge,
      };
      draft = null;
      seenHints = {};
      since = snapshot.at;
    } else {
      turn = {
        role: 'counselor',
        text: message.text,
        ...times,
        sentDraft: false,
        assessment: null,
        hints: [],
      };
    }
    logged[message.id] = textHash(message.text);
    writes.push({ kind: 'append', slot: progress.slot, messageId: message.id, turn });
  });

  // Remember the draft on screen now: it is what a message in a later frame will be matched with.
  const shown = frame.shown;
  if (shown && shown.assessment && shown.draft === snapshot.draft && snapshot.draft.trim() !== '') {
    // The model answers later than the rules: keep its verdict once given for this same text.
    const judge = shown.judge ?? (draft?.text === shown.draft ? draft.judge : null);
    draft = { text: shown.draft, assessment: shown.assessment, judge };
    seenHints = { ...seenHints, ...Object.fromEntries(shown.assessment.hints.map((h) => [h.rule, h])) };
  }

  const next: ConversationProgress = {
    slot: progress.slot,
    started,
    logged,
    onPage: messages.map((m) => m.id),
    draft,
    seenHints,
    since,
    touched: snapshot.at,
  };
  return {
    state: { nextSlot, conversations: forgetOldest({ ...state.conversations, [key]: next }) },
    writes,
  };
}

/**
 * Picks up a conversation logged before this recorder's memory began (the browser was restarted):
 * the messages on the page that the stored session already holds, matched by role and text in
 * order, count as logged, and new ones go on into that session. Returns the slot the caller maps
 * to the stored session's id.
 */
export function resumeConversation(
  state: RecorderState,
  snapshot: PageSnapshot,
  storedTurns: readonly { readonly role: 'client' | 'counselor'; readonly text: string }[],
): { state: RecorderState; slot: string } {
  const key = conversationKeyOf(snapshot);
  const slot = `s${state.nextSlot}`;
  const logged: Record<string, number> = {};
  let cursor = 0;
  for (const message of snapshot.messages) {
    const found = storedTurns.findIndex(
      (t, i) => i >= cursor && t.role === message.role && sameMessage(t.text, message.text),
    );
    if (found === -1) continue;
    logged[message.id] = textHash(message.text);
    cursor = found + 1;
  }
  const progress: ConversationProgress = {
    ...newProgress(slot, snapshot.at),
    started: true,
    logged,
    onPage: snapshot.messages.map((m) => m.id),
  };
  return {
    state: {
      nextSlot: state.nextSlot + 1,
      conversations: forgetOldest({ ...state.conversations, [key]: progress }),
    },
    slot,
  };
}

/** Whether the recorder already follows this conversation (else the caller may resume it). */
export function knowsConversation(state: RecorderState, snapshot: Pick<PageSnapshot, 'adapter' | 'url'>) {
  return conversationKeyOf(snapshot) in state.conversations;
}

// What the panel keeps of the recorder between openings (lib/log/recorder-memory.ts).
export { persistableState, restoreRecorderState } from './recorder-memory';
