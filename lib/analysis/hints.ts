import type { Hint, Message, ResistanceBehaviour, ResistanceCue, RiskEvidence } from '../../models';
import type { ClientReading } from './client';
import { type DraftScore, clientShowsFeeling } from './draft';
import { distressSpan } from './ignores-risk';
import { FEELING_WORDS } from './lexicon/draft';
import { clauseAround, quote, reflectClause } from './reflect';

/**
 * Hints: few, ranked, each anchored in the client phrase and the draft phrase it is about, with a
 * framework-consistent why (which resistance behaviour, what in the draft, why it matters) and a
 * "try" line built from this client's words. Safety outranks everything (framework §5, §6).
 */
export const MAX_HINTS = 3;

interface Candidate extends Hint {
  readonly priority: number;
}

const BEHAVIOUR_PHRASE: Record<ResistanceBehaviour, string> = {
  challenging: 'challenges what you said',
  discounting: 'discounts you or the help on offer',
  blaming: 'puts the problem on other people',
  disagreeing: 'rejects the suggestion',
  excusing: 'explains the behaviour away',
  minimizing: 'plays the problem down',
  pessimism: "doesn't believe change can work",
  hesitation: 'has reservations',
  unwillingness: "says they don't want to change",
  minimal_response: 'is giving very short answers',
  boundary_setting: "doesn't want to talk about this",
  inattention: 'is staying with their own concern',
  sidetracking: 'is changing the subject',
};

/** The hints that stay in a risk moment. */
const RISK_MOMENT_RULES: ReadonlySet<string> = new Set([
  'safety.ignores_risk',
  'safety.collusion',
  'safety.stigmatizing_language',
  'safety.false_reassurance',
  'mechanism.emotion.name',
  'distress.stay_with',
]);

/** At high suicide risk the next question is about the plan: means and timing (C-SSRS 3 to 6). */
const HIGH_SUICIDE_TRY =
  "Thank you for telling me. I'm here with you. Are you thinking about ending your life tonight, and do you have what you would use with you right now?";

const RISK_TRY: Record<RiskEvidence['kind'], string> = {
  suicide: 'Thank you for telling me. I want to ask you directly: are you thinking about ending your life?',
  self_harm: 'Thank you for trusting me with that. Are you hurting yourself right now, or thinking about it?',
  harm_to_others: 'It sounds like you are really angry. Are you thinking about hurting someone?',
  abuse: 'That sounds frightening. Are you safe right now?',
  medical_emergency: 'I want to make sure you are safe right now. Do you need medical help?',
};

const STIGMA_ALTERNATIVES: [RegExp, string][] = [
  [/committed suicide/iu, 'died by suicide'],
  [/successful suicide/iu, 'death by suicide'],
  [/failed suicide/iu, 'suicide attempt'],
  [/\b(?:an? )?(?:addict|junkie|druggie|crackhead)s?\b/iu, 'someone who uses drugs'],
  [/\b(?:an? )?(?:alcoholic|drunk)s?\b/iu, 'someone with an alcohol problem'],
  [/\bsubstance abusers?\b/iu, 'someone who uses substances'],
  [/\b(?:crazy|psycho|psychotic|insane|nuts|lunatic|loony|nutter|schizo)\b/iu, 'going through a lot'],
];

function clientSpan(context: readonly Message[], s: { message: number; start: number; end: number }) {
  return {
    message: s.message,
    start: s.start,
    end: s.end,
    text: context[s.message]!.text.slice(s.start, s.end),
  };
}

function draftSpan(draft: string, s: { start: number; end: number } | undefined) {
  return s ? { start: s.start, end: s.end, text: draft.slice(s.start, s.end) } : null;
}

/** A reflection of the client's clause if it reads cleanly, else null. */
function cleanReflection(
  context: readonly Message[],
  cue: { message: number; start: number; end: number },
  lead = 'It sounds like',
): string | null {
  const clause = clauseAround(context[cue.message]!.text, cue.start, cue.end);
  const reflected = reflectClause(clause);
  if (!reflected || reflected.split(/\s+/).length < 3) return null;
  // "It feels like you feel so worthless" says feel twice.
  const opening =
    /^you (?:feel|felt)\b/u.test(reflected) && /\bfeels?\b/u.test(lead) ? 'It sounds like' : lead;
  return `${opening} ${reflected}.`;
}

/** A reflection of the client's clause if it reads cleanly, else a quoted prompt. */
function reflectionTry(
  context: readonly Message[],
  cue: { message: number; start: number; end: number },
  lead = 'It sounds like',
): string {
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
function viewTry(context: readonly Message[], cues: readonly ResistanceCue[]): string {
  const top = cues[0]!;
  const discord = DISCORD_TRY[top.behaviour];
  if (discord) return discord;
  for (const cue of cues) {
    const reflected = cleanReflection(context, cue, REFLECTION_LEAD[cue.behaviour]);
    if (reflected) return reflected;
  }
  return reflectionTry(context, top, REFLECTION_LEAD[top.behaviour]);
}

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

/** A feeling word anywhere in a text (compiled once: hints run on every keystroke). */
const FEELING_WORD = new RegExp(String.raw`\b${FEELING_WORDS}\b`, 'iu');

function firstFeelingWord(text: string): string | null {
  const m = FEELING_WORD.exec(text);
  return m ? m[0].toLowerCase() : null;
}

export function writeHints(
  context: readonly Message[],
  draft: string,
  client: ClientReading | null,
  score: DraftScore,
): Hint[] {
  const out: Candidate[] = [];
  const cues = client?.assessment.resistance.cues ?? [];
  const resistant = client?.assessment.resistance.present === true;
  const topCue: ResistanceCue | undefined = cues[0];
  const ev = score.evidence;
  const add = (c: Candidate) => out.push(c);
  const clientEvidence = topCue ? clientSpan(context, topCue) : null;
  const behaviourText = topCue
    ? `The client ${BEHAVIOUR_PHRASE[topCue.behaviour]} (${topCue.behaviour.replace('_', ' ')}, ${topCue.category})`
    : 'The client';

  // Safety first.
  for (const s of score.safety) {
    if (s.flag === 'ignores_risk' && client && client.assessment.risk.evidence.length === 0) {
      // Serious distress without stated risk: stay with it before moving on.
      const span = distressSpan(context);
      add({
        // Above premature advice (85): a draft that moves past pain is first of all not staying
        // with it, whatever else it does.
        priority: 86,
        rule: 'distress.stay_with',
        about: 'ignores_risk',
        severity: 'important',
        message: 'Stay with what they just told you before moving on',
        why: `${span ? `The client wrote "${context[span.message]!.text.slice(span.start, span.end)}". ` : ''}The draft moves past it. Acknowledge the distress first, and if it sounds heavy, ask how bad it has got.`,
        evidence: { client: span ? clientSpan(context, span) : null, draft: draftSpan(draft, s) },
        try: 'That sounds really heavy to carry. How are you holding up with all of it right now?',
      });
    } else if (s.flag === 'ignores_risk' && client) {
      const risk = client.assessment.risk.evidence[0]!;
      add({
        priority: 100,
        rule: 'safety.ignores_risk',
        about: 'ignores_risk',
        severity: 'safety',
        message: 'The client may be at risk: check safety before anything else',
        why: `The client wrote "${context[risk.message]!.text.slice(risk.start, risk.end)}" (${risk.kind.replace('_', ' ')}, ${client.assessment.risk.level} risk). The draft moves on without asking about it. Ask about it directly${risk.kind === 'suicide' ? ', including means and timing' : ''}, stay with them, and follow your service's protocol.`,
        evidence: { client: clientSpan(context, risk), draft: draftSpan(draft, s) },
        try:
          risk.kind === 'suicide' && client.assessment.risk.level === 'high'
            ? HIGH_SUICIDE_TRY
            : RISK_TRY[risk.kind],
      });
    } else if (s.flag === 'collusion') {
      add({
        priority: 95,
        rule: 'safety.collusion',
        about: 'collusion',
        severity: 'safety',
        message: 'Explore the belief instead of agreeing with it',
        why: `"${draft.slice(s.start, s.end)}" agrees with a belief that may be delusional or dangerous. Agreement can strengthen it; curiosity keeps you with the client without endorsing it.`,
        evidence: { client: clientEvidence, draft: draftSpan(draft, s) },
        try: 'That sounds really important to you. What have you noticed that makes you feel sure about it?',
      });
    } else if (s.flag === 'stigmatizing_language') {
      const word = draft.slice(s.start, s.end);
      const alt = STIGMA_ALTERNATIVES.find(([re]) => re.test(word))?.[1] ?? 'person-first words';
      const sentence = clauseAround(draft, s.start, s.end, 200);
      const rewritten = sentence.replace(word, alt);
      add({
        priority: 90,
        rule: 'safety.stigmatizing_language',
        about: 'stigmatizing_language',
        severity: 'safety',
        message: `Replace "${word}" with person-first words`,
        why: `"${word}" is a label that stigmatizes mental health or substance use; clients hear judgement in it and disengage.`,
        evidence: { client: null, draft: draftSpan(draft, s) },
        try:
          rewritten !== sentence
            ? `${rewritten}${/[.!?]$/.test(rewritten) ? '' : '.'}`
            : `Use "${alt}" instead.`,
      });
    } else if (s.flag === 'false_reassurance') {
      const feeling = client ? firstFeelingWord(client.turn.norm) : null;
      add({
        priority: 85,
        rule: 'safety.false_reassurance',
        about: 'false_reassurance',
        severity: 'safety',
        message: s.why.startsWith('offers')
          ? 'Understand before you advise'
          : 'Swap the reassurance for understanding',
        why: s.why.startsWith('offers')
          ? `${resistant ? `${behaviourText}. ` : ''}"${draft.slice(s.start, s.end)}" gives a solution before the client has felt understood. Advice this early usually meets "yes, but".`
          : `"${draft.slice(s.start, s.end)}" promises something you cannot know. It can feel dismissive and closes the topic.`,
        evidence: { client: clientEvidence, draft: draftSpan(draft, s) },
        // Premature advice to a client pushing back is also arguing back: the same finding, so
        // this one hint carries the reflection of their view that the stance hint would offer.
        try:
          s.why.startsWith('offers') && resistant && topCue
            ? viewTry(context, cues)
            : feeling
              ? `It sounds like you're feeling really ${feeling} about this.`
              : "It sounds like you're worried about how this will turn out.",
      });
    }
  }

  const m = score.mechanisms;
  const emotional = clientShowsFeeling(client);
  if (resistant && topCue) {
    if (m.stanceAlignment === 0) {
      add({
        priority: 80,
        rule: 'mechanism.stance.argue',
        about: 'stanceAlignment',
        severity: 'important',
        message: 'Reflect their view before offering yours',
        why: `${behaviourText}. "${draft.slice(ev.stanceAlignment?.[0]?.start ?? 0, ev.stanceAlignment?.[0]?.end ?? 0)}" argues the other side; arguing back (the righting reflex) reliably produces more resistance.`,
        evidence: { client: clientEvidence, draft: draftSpan(draft, ev.stanceAlignment?.[0]) },
        try: viewTry(context, cues),
      });
    } else if (
      m.stanceAlignment === 1 &&
      score.code.main !== 'reflection' &&
      !score.observed.cues.has('reflection_stem')
    ) {
      add({
        priority: 45,
        rule: 'mechanism.stance.reflect',
        about: 'stanceAlignment',
        severity: 'suggestion',
        message: 'Show you see their side',
        why: `${behaviourText}. The draft neither reflects nor acknowledges that view; a reflection of their reason softens resistance more than a question does.`,
        evidence: { client: clientEvidence, draft: draftSpan(draft, ev.conversationalOrientation?.[0]) },
        try: viewTry(context, cues),
      });
    }
  }

  if (m.respectForAutonomy === 0) {
    const e = ev.respectForAutonomy?.[0];
    add({
      priority: resistant ? 75 : 60,
      rule: 'mechanism.autonomy.directive',
      about: 'respectForAutonomy',
      severity: resistant ? 'important' : 'suggestion',
      message: 'Ask before advising, and leave the choice with them',
      why: `${resistant ? `${behaviourText}. ` : ''}"${e ? draft.slice(e.start, e.end) : 'The draft'}" directs the client without permission. Pressure invites pushback; naming their choice lowers it.`,
      evidence: { client: clientEvidence, draft: draftSpan(draft, e) },
      try: "It's your call. Would it be okay if I shared something that has helped other people?",
    });
  }

  if (m.emotionalResonance === 0 && emotional && !score.safety.some((s) => s.flag === 'false_reassurance')) {
    const feeling = client ? firstFeelingWord(client.turn.norm) : null;
    const e = ev.emotionalResonance?.[0];
    add({
      priority: resistant ? 70 : 58,
      rule: 'mechanism.emotion.name',
      about: 'emotionalResonance',
      severity: resistant ? 'important' : 'suggestion',
      message: 'Name the feeling you hear',
      why: `${resistant ? `${behaviourText}, and` : 'The client'} shows feeling${feeling ? ` ("${feeling}")` : ''}. ${e ? `"${draft.slice(e.start, e.end)}" brushes it aside` : 'The draft does not acknowledge it'}; naming a specific feeling helps the client feel understood.`,
      evidence: {
        client: clientEvidence ?? (client ? feelingSpan(context, client) : null),
        draft: draftSpan(draft, e),
      },
      try: feeling
        ? `It sounds like you're feeling ${feeling}, and that makes sense given everything.`
        : 'That sounds really hard. What has been the hardest part for you?',
    });
  }

  if (m.conversationalOrientation === 0) {
    const e = ev.conversationalOrientation?.[0];
    add({
      priority: resistant ? 65 : 50,
      rule: 'mechanism.orientation.open',
      about: 'conversationalOrientation',
      severity: 'suggestion',
      message: 'Open the conversation up instead of closing it',
      why: `${e?.why ? `The draft ${e.why}` : 'The draft closes or moves off the topic'}. An open question that follows the client's lead keeps them exploring.`,
      evidence: { client: clientEvidence, draft: draftSpan(draft, e) },
      try: topCue
        ? reflectionTry(context, topCue, 'You mentioned that').replace(
            /\.$/,
            '. What would you like to do about it?',
          )
        : 'What do you make of all this?',
    });
  }

  // Asking permission ("would it be ok if we looked at what might help?") is closed by form and
  // exactly what MI asks for before advice: no nudge toward an open question there.
  if (
    score.code.main === 'question' &&
    score.code.question === 'closed' &&
    m.conversationalOrientation !== 0 &&
    !score.flags.seekingCollaboration
  ) {
    add({
      priority: resistant ? 55 : 35,
      rule: 'behaviour.question.closed',
      about: 'conversationalOrientation',
      severity: 'suggestion',
      message: 'Try an open question',
      why: `A yes/no question gets a yes or a no${resistant ? ', and resistant clients often give the shorter one' : ''}. "What" and "how" questions invite the client to explore in their own words.`,
      evidence: { client: clientEvidence, draft: draftSpan(draft, ev.conversationalOrientation?.[0]) },
      try: topCue ? 'How do you see it?' : 'What would you like to be different?',
    });
  }

  const change = client?.changeTalk.filter((c) => c.weight >= 0.6) ?? [];
  if (change.length > 0 && score.code.main !== 'reflection' && score.observed.echo < 0.15) {
    const c = change[0]!;
    add({
      priority: 52,
      rule: 'behaviour.reflect_change_talk',
      about: 'change',
      severity: 'suggestion',
      message: 'Reflect the change talk you just heard',
      why: `The client voiced ${c.kind.replace('_', ' ')} ("${context[c.message]!.text.slice(c.start, c.end)}"). Reflecting change talk back strengthens it; the draft passes over it.`,
      evidence: { client: clientSpan(context, c), draft: null },
      try: reflectionTry(context, c),
    });
  }

  // In a risk moment only safety and staying with the client fit: advice on autonomy, arguing,
  // open questions or change talk would steer the counselor away from asking about safety.
  const riskMoment = (client?.assessment.risk.level ?? 'none') !== 'none';
  // Highest priority first; one hint per mechanism or flag, and one per finding.
  const seen = new Set<string>();
  return oneHintPerFinding(
    out
      .filter((h) => !riskMoment || RISK_MOMENT_RULES.has(h.rule))
      .sort((a, b) => b.priority - a.priority)
      .filter((h) => (seen.has(h.about) ? false : (seen.add(h.about), true))),
  )
    .slice(0, MAX_HINTS)
    .map(({ priority: _p, ...hint }) => hint);
}

/**
 * Hints that quote overlapping words of the draft are one finding seen from several sides ("You
 * need to" is premature advice, arguing back and a directive at once): the highest-ranked one
 * speaks for it, and the others are dropped rather than repeating the same quote with another
 * name (framework §6: few and confident). Hints without a draft quote are findings of their own.
 */
function oneHintPerFinding(ranked: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const hint of ranked) {
    const span = hint.evidence.draft;
    const sameFinding =
      span !== null &&
      kept.some(
        (k) =>
          k.evidence.draft !== null && k.evidence.draft.start < span.end && span.start < k.evidence.draft.end,
      );
    if (!sameFinding) kept.push(hint);
  }
  return kept;
}

/** The first feeling word in the client's latest message, as evidence. */
function feelingSpan(context: readonly Message[], client: ClientReading) {
  const last = client.assessment.resistance.cues[0]?.message ?? lastClientIndex(context);
  if (last < 0) return null;
  const m = FEELING_WORD.exec(context[last]!.text);
  return m ? { message: last, start: m.index, end: m.index + m[0].length, text: m[0] } : null;
}

function lastClientIndex(context: readonly Message[]): number {
  for (let k = context.length - 1; k >= 0; k--) if (context[k]!.role === 'client') return k;
  return -1;
}
