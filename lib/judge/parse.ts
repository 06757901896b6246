import type { z } from 'zod';
import type { DraftSpan, MessageSpan } from '../../models/assessment';
import { Verdict } from '../../models/verdict';
import type { ChatMessage } from './engine';
import type { PromptTurn } from './prompt';
import { cleanText } from './text';

/**
 * Reading the model's reply. The grammar already constrains decoding, but a reply can still be cut
 * off at the token cap, and an engine without grammar support could send anything, so every reply
 * is validated here; quotes are checked against the real text because a model can invent them.
 */

export interface EvidenceSpans {
  client: (MessageSpan & { text: string }) | null;
  draft: (DraftSpan & { text: string }) | null;
  /** The quote the model's risk reading rests on, found in a client message it saw. */
  risk: (MessageSpan & { text: string }) | null;
  /** Quotes the model gave that are not in the text it quotes from; blanked in the verdict. */
  discarded: { source: 'client' | 'draft' | 'risk'; quote: string }[];
}

export type ParseResult = { ok: true; verdict: Verdict; spans: EvidenceSpans } | { ok: false; error: string };

/** Where a quote from the client's words may come from. */
export interface ClientQuoteSources {
  context: readonly { role: string; text: string }[];
  /** Indices of the context messages the model saw; quotes from anywhere else are not evidence. Default: all. */
  shown?: readonly number[];
}

export interface QuoteSources extends ClientQuoteSources {
  context: readonly PromptTurn[];
  draft: string;
}

const FENCE = '```';
/** A fence's info string ("json", "jsonc"...). */
const INFO_STRING = /^[\w-]*/;

/**
 * What a code fence around the whole reply holds, or null when there is none. Scanned, not
 * matched with one regular expression: a lazy body between whitespace runs backtracked
 * cubically, and an unclosed fence over a few thousand newlines (a model emitting whitespace
 * until its token cap) took minutes.
 */
function unfence(text: string): string | null {
  if (!text.startsWith(FENCE) || !text.endsWith(FENCE)) return null;
  const bodyStart = FENCE.length + INFO_STRING.exec(text.slice(FENCE.length))![0].length;
  const bodyEnd = text.length - FENCE.length;
  return bodyEnd >= bodyStart ? text.slice(bodyStart, bodyEnd).trim() : null;
}

/** The JSON text in a reply: without code fences and, if need be, without prose around the object. */
export function extractJson(reply: string): string {
  let text = reply.trim();
  text = unfence(text) ?? text;
  if (!text.startsWith('{')) {
    const open = text.indexOf('{');
    const close = text.lastIndexOf('}');
    if (open >= 0 && close > open) text = text.slice(open, close + 1);
  }
  return text;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 4)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the object'}: ${issue.message}`)
    .join('; ');
}

const EDGE_DOTS = /^[\s.…]+|[\s.…]+$/g;
const QUOTE_MARKS = `"'“”‘’«»`;

/** Drops what models put around a quote: ellipses, and quote marks wrapping the whole of it. */
function trimQuote(quote: string): string {
  let text = quote.replace(EDGE_DOTS, '');
  while (text.length >= 2 && QUOTE_MARKS.includes(text[0]!) && QUOTE_MARKS.includes(text.at(-1)!)) {
    text = text.slice(1, -1).replace(EDGE_DOTS, '');
  }
  return text;
}

/** Finds `quote` in `original`, ignoring case, whitespace runs and quote-mark styles; offsets are in `original`. */
export function locateQuote(original: string, quote: string): { start: number; end: number } | null {
  const needle = cleanText(trimQuote(quote), { fold: true }).text;
  if (needle.length === 0) return null;
  const haystack = cleanText(original, { fold: true });
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  return { start: haystack.start[at]!, end: haystack.end[at + needle.length - 1]! };
}

/** Finds `quote` in the client's messages (the latest first), or null if the client never wrote it. */
export function locateInClientMessages(sources: ClientQuoteSources, quote: string): EvidenceSpans['client'] {
  const { context, shown } = sources;
  // The latest client message first: that is the one the rating is about.
  for (let message = context.length - 1; message >= 0; message--) {
    const turn = context[message]!;
    if (turn.role !== 'client' || (shown && !shown.includes(message))) continue;
    const span = locateQuote(turn.text, quote);
    if (span) return { message, ...span, text: turn.text.slice(span.start, span.end) };
  }
  return null;
}

export function parseVerdict(reply: string, sources: QuoteSources): ParseResult {
  const json = extractJson(reply);
  if (json.length === 0) return { ok: false, error: 'the reply was empty' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const cutOff = !json.trimEnd().endsWith('}');
    return {
      ok: false,
      error: cutOff
        ? 'the reply is not complete JSON (it stops before the closing brace)'
        : `the reply is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const checked = Verdict.safeParse(data);
  if (!checked.success)
    return { ok: false, error: `the JSON does not match the schema: ${describeIssues(checked.error)}` };

  const verdict = checked.data;
  const spans: EvidenceSpans = { client: null, draft: null, risk: null, discarded: [] };
  if (verdict.evidence.client.trim()) {
    spans.client = locateInClientMessages(sources, verdict.evidence.client);
    if (!spans.client) spans.discarded.push({ source: 'client', quote: verdict.evidence.client });
  }
  if (verdict.evidence.draft.trim()) {
    const span = locateQuote(sources.draft, verdict.evidence.draft);
    spans.draft = span ? { ...span, text: sources.draft.slice(span.start, span.end) } : null;
    if (!span) spans.discarded.push({ source: 'draft', quote: verdict.evidence.draft });
  }
  // The risk quote may come from any client message the model saw: an earlier disclosure counts.
  if (verdict.risk.client.trim()) {
    spans.risk = locateInClientMessages(sources, verdict.risk.client);
    if (!spans.risk) spans.discarded.push({ source: 'risk', quote: verdict.risk.client });
  }
  const evidence = {
    client: spans.client ? verdict.evidence.client : '',
    draft: spans.draft ? verdict.evidence.draft : '',
  };
  const risk = { ...verdict.risk, client: spans.risk ? verdict.risk.client : '' };
  return { ok: true, verdict: { ...verdict, evidence, risk }, spans };
}

/** Longer than any valid verdict; a runaway reply is cut so the repair turn stays small. */
const MAX_ECHOED_REPLY_CHARS = 1200;

/**
 * The turns to append for the one repair attempt. It continues the same conversation, so WebLLM
 * reuses the prefilled prompt and only the new turns cost prefill.
 */
export function repairPrompt(badReply: string, error: string): ChatMessage[] {
  return [
    { role: 'assistant', content: badReply.slice(0, MAX_ECHOED_REPLY_CHARS) },
    {
      role: 'user',
      content:
        `That answer is not usable: ${error}. ` +
        'Answer again with only the JSON object, every field filled, levels 0, 1 or 2, no other keys.',
    },
  ];
}
