import type { Assessment, HintAction, HintSettings, Message, PageSnapshot } from '../../models';
import type { JudgeVerdict } from '../../models/session-log';
import type { ClientAssessment } from '../../models/assessment';
import type { PanelFrame, ShownDraft } from '../log/recorder';
import { visibleHints } from '../analysis/hint-filter';
import { contextForAssessment } from '../live/context';
import { type JudgeInput, MAX_CONTEXT_MESSAGES as JUDGE_CONTEXT_MESSAGES } from '../judge/prompt';

/**
 * The panel's reading: one value with what the page shows (or what was pasted), the window of
 * messages the analyzer read, its assessment as the panel shows it, and the on-device model's
 * verdict on exactly that draft. The panel renders it; the session recorder takes it as it is
 * (lib/log/recorder.ts), so nothing is assessed twice and the context window is cut here only.
 */

/** What was assessed: spans in the assessment point into exactly these texts. */
export interface Assessed {
  assessment: Assessment;
  context: readonly Message[];
  draft: string;
}

export type FeedbackState =
  { kind: 'empty' } | { kind: 'error'; message: string } | ({ kind: 'ready' } & Assessed);

/** A model verdict with the draft it is about. */
export interface JudgedDraft {
  readonly draft: string;
  readonly verdict: JudgeVerdict;
}

export interface Reading {
  /** The page read (null for pasted text). */
  readonly snapshot: PageSnapshot | null;
  readonly feedback: FeedbackState;
  /** The model's verdict, only while it is about this reading's draft. */
  readonly judged: JudgedDraft | null;
}

export const NO_READING: Reading = { snapshot: null, feedback: { kind: 'empty' }, judged: null };

/** Pasted text, when no chat page is read. */
export interface PastedText {
  readonly clientText: string;
  readonly draftText: string;
}

/** What the analyzer is asked about: the context window (cut here, once) and the draft. */
export function readingInput(
  snapshot: PageSnapshot | null,
  pasted: PastedText,
): { context: Message[]; draft: string } {
  if (snapshot) return { context: contextForAssessment(snapshot.messages), draft: snapshot.draft };
  return {
    context: pasted.clientText.trim() ? [{ role: 'client', text: pasted.clientText }] : [],
    draft: pasted.draftText,
  };
}

/** How the counselor wants hints shown now (settings, hints dismissed since the client wrote). */
export interface HintView {
  readonly settings: HintSettings;
  readonly dismissed: ReadonlySet<string>;
  readonly now: number;
}

/** The analyzer's reading of the input, its hints filtered as the counselor wants them. */
export function feedbackFor(
  input: { context: Message[]; draft: string },
  view: HintView,
  assess: (input: { context: Message[]; draft?: string }) => Assessment,
): FeedbackState {
  const { context, draft } = input;
  if (context.length === 0 && !draft.trim()) return { kind: 'empty' };
  try {
    const assessment = assess({ context, draft: draft.trim() ? draft : undefined });
    if (assessment.draft) {
      const hints = visibleHints(assessment.draft.hints, view.settings, view.dismissed, view.now);
      assessment.draft = { ...assessment.draft, hints };
    }
    return { kind: 'ready', assessment, context, draft };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The model's verdict goes with the draft it was about, never with a later one. */
export function verdictFor(feedback: FeedbackState, judged: JudgedDraft | null): JudgedDraft | null {
  return feedback.kind === 'ready' && judged && judged.draft === feedback.draft ? judged : null;
}

/** The client's last message as the reading has it ('' when there is none). */
export function lastClientText(snapshot: PageSnapshot | null, pasted: PastedText): string {
  if (!snapshot) return pasted.clientText;
  return snapshot.messages.filter((m) => m.role === 'client').at(-1)?.text ?? '';
}

/** What the panel showed about the snapshot's draft, for the recorder. */
export function shownDraft(reading: Reading): ShownDraft | null {
  const { feedback } = reading;
  if (!reading.snapshot || feedback.kind !== 'ready' || feedback.draft !== reading.snapshot.draft)
    return null;
  return {
    draft: feedback.draft,
    assessment: feedback.assessment.draft,
    judge: reading.judged?.verdict ?? null,
  };
}

/**
 * The panel's reading of the page's last message, when that message is the client's: the window
 * ends with it, exactly as the recorder would read it, so the log takes it instead of reading again.
 * Undefined when the reading holds none (the last message is the counselor's, or it failed).
 */
export function lastClientReading(reading: Reading): ClientAssessment | null | undefined {
  const last = reading.snapshot?.messages.at(-1);
  if (!last || last.role !== 'client' || reading.feedback.kind !== 'ready') return undefined;
  return reading.feedback.assessment.client;
}

/** One recorder frame for this reading: the page, what the panel showed and read, as it is. */
export function frameOf(
  reading: Reading & { readonly snapshot: PageSnapshot },
  actions: readonly HintAction[],
  logging: boolean,
  capturedAt: number,
): PanelFrame {
  const client = lastClientReading(reading);
  return {
    snapshot: reading.snapshot,
    shown: shownDraft(reading),
    actions,
    logging,
    capturedAt,
    ...(client === undefined ? {} : { lastClientReading: client }),
  };
}

/**
 * What the on-device model is asked about: the newest messages of the reading's window (as many
 * as its prompt reads) and the draft; null when there is no draft to judge.
 */
export function judgeInputOf(feedback: FeedbackState): JudgeInput | null {
  if (feedback.kind !== 'ready' || !feedback.draft.trim()) return null;
  const context = feedback.context.slice(-JUDGE_CONTEXT_MESSAGES).map(({ role, text }) => ({ role, text }));
  return { context, draft: feedback.draft };
}
