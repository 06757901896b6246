import type { Role } from '../../models/conversation';
import {
  VERDICT_EXPLANATION_MAX_CHARS,
  VERDICT_QUOTE_MAX_CHARS,
  VERDICT_SUGGESTION_MAX_CHARS,
} from '../../models/verdict';
import type { ChatMessage } from './engine';
import { safeCut } from '../analysis/text';
import { cleanText } from './text';
import { type CountTokens, estimateTokens } from './tokens';

/**
 * The judge's prompt: the framework (shared/docs/framework.md) in compact form, then the last few
 * turns and the draft, cut to a token budget. There is no prefix cache across independent scoring
 * calls, so every token here is prefilled on every keystroke pause: the budget is a latency budget.
 */

export const PROMPT_TOKEN_BUDGET = 900;
/**
 * Room for the longest valid verdict, pretty-printed (token-budget.test.ts measures it): 200 until
 * the verdict gained its risk reading, whose structure alone costs about 40 tokens pretty-printed.
 */
export const OUTPUT_TOKEN_BUDGET = 250;
/**
 * What the chat template adds around a system and a user turn plus the assistant header: 15 tokens
 * for Llama 3 (`<|begin_of_text|>`, three headers, two `<|eot_id|>`), 13 for ChatML. The budget test
 * renders each family's template and counts it with the real tokenizer.
 */
export const CHAT_TEMPLATE_ALLOWANCE = 20;
/** The judge reads at most this many recent messages; older ones rarely change a rating. */
export const MAX_CONTEXT_MESSAGES = 8;
/** A draft may take at most this share of the room for the conversation; past it, it loses its middle. */
const DRAFT_MAX_SHARE = 0.6;
/** An earlier message cut to less than this says too little to be worth its label. */
const MIN_CUT_TURN_TOKENS = 24;
const CUT_MARK = ' […] ';

/** Ids that name their behaviour well enough go without a gloss: that room went to the risk reading. */
const RESISTANCE_IDS = [
  'challenging (disputes the counselor)',
  'discounting (belittles the counselor)',
  'blaming',
  'disagreeing (rejects a suggestion)',
  'excusing',
  "minimizing ('not a big deal')",
  "pessimism ('nothing works')",
  "hesitation ('maybe', 'yes, but')",
  'unwillingness',
  "minimal_response ('idk', 'fine')",
  'boundary_setting (refuses a topic)',
  'inattention',
  'sidetracking',
  'collaboration (none)',
];

const MECHANISM_LINES = [
  "respectForAutonomy: 0 commands, 'you should', unasked advice; 1 neutral or softened; 2 affirms choice, asks permission, offers options.",
  "stanceAlignment: 0 argues, corrects, 'yes, but'; 1 neutral or mixed; 2 reflects their view, agrees with a twist.",
  "emotionalResonance: 0 ignores feelings, 'don't worry', jumps to fixes; 1 generic empathy; 2 names and validates their feeling.",
  'conversationalOrientation: 0 lectures, changes subject, closes topic; 1 closed or generic question; 2 open question following their lead.',
];

/**
 * Framework §5 with the C-SSRS ladder, graded as the instant rules grade it (lib/analysis/risk.ts): a
 * wish to be dead or suicidal thoughts are possible; method, intent, plan, preparation, an attempt,
 * or means at hand with a time are high; self-harm, harm to others and abuse are possible when past
 * or wished and high when happening or intended; a medical emergency is high. The ids are
 * RiskLevel's and RiskKind's. The model's level can only raise the instant one (mergeRisk in ./compare.ts).
 */
const RISK_LINE =
  'Risk in any client message, kinds: suicide (possible: wish to be dead, suicidal thoughts; high: method, intent, plan, preparation, attempt, means at hand with a time), self_harm, harm_to_others, abuse (possible if past or wished, high if now or intended), medical_emergency (high); else none.';

const EXAMPLE = [
  "Client: It's no big deal, everyone drinks.",
  'Draft: You need to cut down.',
  JSON.stringify({
    resistance: 'minimizing',
    mechanisms: {
      respectForAutonomy: 0,
      stanceAlignment: 0,
      emotionalResonance: 0,
      conversationalOrientation: 0,
    },
    explanation: 'Minimizing; the draft commands and argues.',
    evidence: { client: 'no big deal', draft: 'You need to cut down' },
    suggestion: "It feels normal to you. What's good about it?",
    risk: { client: '', kinds: [], level: 'none' },
  }),
];

export const SYSTEM_PROMPT = [
  "You supervise a Motivational Interviewing counselor: rate their draft chat reply and read the client's risk.",
  '',
  "Resistance ids (client's latest message):",
  RESISTANCE_IDS.join(', ') + '.',
  '',
  'Draft mechanisms, 0 absent, 1 weak, 2 strong:',
  ...MECHANISM_LINES,
  '',
  RISK_LINE,
  '',
  // xgrammar (0.1.27) compiles a string with maxLength to characters other than quote, backslash and
  // newline: a double quote the model "meant" inside a text would end that text early.
  'Answer with one JSON object only; in texts quote with \' never ".',
  `explanation (max ${VERDICT_EXPLANATION_MAX_CHARS} chars): the resistance, what in the draft earns those levels.`,
  `evidence (client's latest message, draft) and risk.client: exact quotes (max ${VERDICT_QUOTE_MAX_CHARS} chars), "" if none.`,
  `suggestion (max ${VERDICT_SUGGESTION_MAX_CHARS} chars): a better start for the reply.`,
  '',
  'Example:',
  ...EXAMPLE,
].join('\n');

/**
 * The system prompt's size with the catalog's real tokenizers is at most this (measured: see
 * test/judge/token-budget.test.ts, which fails when the prompt outgrows it). The browser has no
 * tokenizer at hand, and the estimator would charge this English text twice over.
 */
export const SYSTEM_PROMPT_TOKENS = 530;

export interface PromptTurn {
  role: Role;
  text: string;
}

export interface JudgeInput {
  /** Recent messages, oldest first. */
  context: readonly PromptTurn[];
  draft: string;
}

export interface BuildOptions {
  /**
   * Counts tokens as the model will. With a real tokenizer the system prompt is counted too;
   * without one, the estimator counts the conversation and SYSTEM_PROMPT_TOKENS stands for the rest.
   */
  countTokens?: CountTokens;
  budget?: number;
}

export interface JudgePrompt {
  messages: ChatMessage[];
  /** Prompt size by the counter used, including CHAT_TEMPLATE_ALLOWANCE. Never above the budget. */
  promptTokens: number;
  /** Indices into `input.context` of the messages the model sees. */
  includedTurns: number[];
  /** Whether any message or the draft lost its middle. */
  truncated: boolean;
}

interface Piece {
  label: string;
  text: string;
  /** Index in the input context; -1 for the draft. */
  index: number;
}

const LABEL: Record<Role, string> = { client: 'Client', counselor: 'Counselor' };

function renderUser(turns: Piece[], draft: Piece): string {
  const lines = ['Conversation, oldest first:'];
  if (turns.length === 0) lines.push('(no messages yet)');
  for (const t of turns) lines.push(`${t.label}: ${t.text}`);
  lines.push('', 'Draft reply by the counselor:', draft.text || '(empty)', '', 'Rate the draft. JSON only.');
  return lines.join('\n');
}

/**
 * Keeps the start and the end of `text` and drops its middle until it counts at most `maxTokens`
 * (an empty string when not even the cut mark fits). Cuts land on word breaks when one is near.
 */
export function cutMiddle(text: string, maxTokens: number, countTokens: CountTokens): string {
  if (countTokens(text) <= maxTokens) return text;
  // No token spans more than a few dozen characters, so there is no point searching beyond that.
  let high = Math.min(text.length - 1, Math.max(0, maxTokens) * 32);
  let low = 0;
  let best = '';
  const candidate = (keep: number) => {
    let headEnd = safeCut(text, Math.ceil(keep * 0.6));
    let tailStart = safeCut(text, text.length - Math.floor(keep * 0.4));
    const space = text.lastIndexOf(' ', headEnd);
    if (space > 0 && headEnd - space < 16) headEnd = space;
    const nextSpace = text.indexOf(' ', tailStart);
    if (nextSpace >= 0 && nextSpace - tailStart < 16) tailStart = nextSpace + 1;
    return text.slice(0, headEnd).trimEnd() + CUT_MARK + text.slice(tailStart).trimStart();
  };
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const c = candidate(keep);
    if (countTokens(c) <= maxTokens) {
      best = c;
      low = keep + 1;
    } else {
      high = keep - 1;
    }
  }
  return best.trim() === CUT_MARK.trim() ? '' : best;
}

export class PromptBudgetError extends Error {
  override name = 'PromptBudgetError';
}

export function buildJudgePrompt(input: JudgeInput, options: BuildOptions = {}): JudgePrompt {
  const budget = options.budget ?? PROMPT_TOKEN_BUDGET;
  const count = options.countTokens ?? estimateTokens;
  const systemTokens = options.countTokens ? count(SYSTEM_PROMPT) : SYSTEM_PROMPT_TOKENS;
  const userBudget = budget - systemTokens - CHAT_TEMPLATE_ALLOWANCE;

  const firstRead = Math.max(0, input.context.length - MAX_CONTEXT_MESSAGES);
  const recent: Piece[] = input.context
    .map((m, index) => ({ label: LABEL[m.role], text: cleanText(m.text).text, index }))
    .filter((p) => p.index >= firstRead && p.text.length > 0);
  let draft: Piece = { label: 'Draft', text: cleanText(input.draft).text, index: -1 };
  const uncut = new Map([...recent, draft].map((p) => [p.index, p.text]));
  const latestClient = recent.findLast((t) => input.context[t.index]!.role === 'client');

  const room = userBudget - count(renderUser([], { ...draft, text: '' }));
  if (room <= 0) throw new PromptBudgetError(`the system prompt leaves no room within ${budget} tokens`);
  let turns: Piece[] = latestClient ? [latestClient] : [];
  const overflow = () => count(renderUser(turns, draft)) - userBudget;

  // An enormous draft would crowd out the conversation it answers.
  draft = { ...draft, text: cutMiddle(draft.text, Math.floor(room * DRAFT_MAX_SHARE), count) };

  // The client message and the draft come first: while they do not fit, the longer one loses its
  // middle (repeatedly if token counts do not add up exactly across joins).
  for (let over = overflow(); over > 0; over = overflow()) {
    const longest = [...turns, draft].reduce((a, b) => (count(b.text) > count(a.text) ? b : a));
    const size = count(longest.text);
    if (size === 0) throw new PromptBudgetError(`the prompt frame alone exceeds ${budget} tokens`);
    const shorter = { ...longest, text: cutMiddle(longest.text, size - over, count) };
    if (longest === draft) draft = shorter;
    else turns = [shorter];
  }

  // Then the rest, newest first, while it fits: the oldest turns are the ones left out. The first
  // one that does not fit whole goes in cut, if enough room is left to say something.
  const byIndex = (a: Piece, b: Piece) => a.index - b.index;
  const others = recent.filter((t) => t.index !== latestClient?.index).reverse();
  for (const turn of others) {
    const before = turns;
    turns = [...before, turn].sort(byIndex);
    const over = overflow();
    if (over <= 0) continue;
    for (let keep = count(turn.text) - over; keep >= MIN_CUT_TURN_TOKENS; keep -= overflow()) {
      turns = [...before, { ...turn, text: cutMiddle(turn.text, keep, count) }].sort(byIndex);
      if (overflow() <= 0) break;
    }
    if (overflow() > 0) turns = before;
    break;
  }

  const user = renderUser(turns, draft);
  return {
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: user },
    ],
    promptTokens: systemTokens + count(user) + CHAT_TEMPLATE_ALLOWANCE,
    includedTurns: turns.map((t) => t.index),
    truncated: [...turns, draft].some((p) => p.text !== uncut.get(p.index)),
  };
}
