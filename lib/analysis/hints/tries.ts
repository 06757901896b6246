import type { Message, ResistanceBehaviour, ResistanceCue, RiskEvidence } from '../../../models';
import { clauseAround, quote, reflectClause } from '../reflect';

/**
 * "Try" lines: what a counselor could say instead, in their own voice. Lines that reflect the
 * client transform the client's words (pronouns, tense) rather than copying them; when a clause
 * does not reflect cleanly, a quoted prompt about it is safer than a garbled reflection.
 */

type Span = { message: number; start: number; end: number };

/** At high suicide risk the next question is about the plan: means and timing (C-SSRS 3 to 6). */
export const HIGH_SUICIDE_TRY =
  "Thank you for telling me. I'm here with you. Are you thinking about ending your life tonight, and do you have what you would use with you right now?";

export const RISK_TRY: Record<RiskEvidence['kind'], string> = {
  suicide: 'Thank you for telling me. I want to ask you directly: are you thinking about ending your life?',
  self_harm: 'Thank you for trusting me with that. Are you hurting yourself right now, or thinking about it?',
  harm_to_others: 'It sounds like you are really angry. Are you thinking about hurting someone?',
  abuse: 'That sounds frightening. Are you safe right now?',
  // A yes/no question invites "no, i'm fine" from someone who has taken an overdose: ask for the act.
  medical_emergency:
    "I'm worried about you and I want to get you help now. Can you call an ambulance, or tell me where you are?",
};

const DISCORD_TRY: Partial<Record<ResistanceBehaviour, string>> = {
  challenging: 'I may have got that wrong. What did you mean?',
  discounting:
    "You're right that I haven't lived what you're living. Help me understand what it's like for you.",
  boundary_setting: "That's okay, we don't have to go there. What would be most useful to talk about today?",
  minimal_response: "It's okay if this is hard to put into words. What's on your mind right now?",
  sidetracking:
    'We can talk about that too. Before we do, what you said earlier seemed important. Can we stay with it a moment?',
  inattention: 'It sounds like that is what is really on your mind right now. Tell me more about it.',
};

/** How a reflection of each sustain-talk behaviour opens, so it stays with the client's view. */
const REFLECTION_LEAD: Partial<Record<ResistanceBehaviour, string>> = {
  minimizing: 'From where you stand,',
  pessimism: 'It feels like',
  unwillingness: 'Right now',
};

/** A reflection of the client's clause if it reads cleanly, else null. */
function cleanReflection(context: readonly Message[], cue: Span, lead = 'It sounds like'): string | null {
  const clause = clauseAround(context[cue.message]!.text, cue.start, cue.end);
  const reflected = reflectClause(clause);
  if (!reflected || reflected.split(/\s+/).length < 3) return null;
  // "It feels like you feel so worthless" says feel twice.
  const opening =
    /^you (?:feel|felt)\b/u.test(reflected) && /\bfeels?\b/u.test(lead) ? 'It sounds like' : lead;
  return `${opening} ${reflected}.`;
}

/** A reflection of the client's clause if it reads cleanly, else a quoted prompt. */
export function reflectionTry(context: readonly Message[], cue: Span, lead = 'It sounds like'): string {
  return (
    cleanReflection(context, cue, lead) ??
    `You said "${quote(clauseAround(context[cue.message]!.text, cue.start, cue.end))}". What's behind that for you?`
  );
}

/**
 * What to say to a client pushing back: the discord behaviours have their own line; otherwise a
 * reflection of their view, from the first cue whose words reflect cleanly ("i dont want to stop"
 * rather than the "idk" before it), else a quoted prompt about the top cue.
 */
export function viewTry(context: readonly Message[], cues: readonly ResistanceCue[]): string {
  const top = cues[0]!;
  const discord = DISCORD_TRY[top.behaviour];
  if (discord) return discord;
  for (const cue of cues) {
    const reflected = cleanReflection(context, cue, REFLECTION_LEAD[cue.behaviour]);
    if (reflected) return reflected;
  }
  return reflectionTry(context, top, REFLECTION_LEAD[top.behaviour]);
}
