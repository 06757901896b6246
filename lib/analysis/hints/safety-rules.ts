import type { RiskKind, SafetyFinding } from '../../../models';
import { distressSpan } from '../ignores-risk';
import { clauseAround } from '../reflect';
import { type HintContext, clientSpan, draftSpan } from './context';
import { hintRule } from './rule';
import { HIGH_SUICIDE_TRY, RISK_TRY, viewTry } from './tries';

/** Safety rules (framework §5): they outrank every other hint and cannot be switched off. */

function safetyFlag(ctx: HintContext, flag: SafetyFinding['flag']): SafetyFinding | null {
  return ctx.score.safety.find((s) => s.flag === flag) ?? null;
}

/** A risk kind as a counselor reads it, not as the framework's id ("harm_to_others"). */
const KIND_WORDS: Record<RiskKind, string> = {
  suicide: 'suicide',
  self_harm: 'self-harm',
  harm_to_others: 'harm to others',
  abuse: 'abuse',
  medical_emergency: 'medical emergency',
};

export const ignoresRisk = hintRule({
  id: 'safety.ignores_risk',
  label: 'Risk disclosed and not asked about',
  safety: true,
  inRiskMoment: true,
  applies: (ctx) =>
    ctx.client && ctx.client.assessment.risk.evidence.length > 0 ? safetyFlag(ctx, 'ignores_risk') : null,
  write: (ctx, flag) => {
    const { context, client } = ctx;
    const risk = client!.assessment.risk.evidence[0]!;
    const level = client!.assessment.risk.level;
    const words = context[risk.message]!.text.slice(risk.start, risk.end);
    // An answer to the counselor's own question is told as one: "yeah" alone says nothing of what was asked.
    const disclosed = risk.answer
      ? `The client answered "${words}" when you asked`
      : `The client wrote "${words}"`;
    return {
      priority: 100,
      about: 'ignores_risk',
      severity: 'safety',
      message: 'The client may be at risk: check safety before anything else',
      why: `${disclosed} (${KIND_WORDS[risk.kind]}, ${level} risk). The draft moves on without asking about it. Ask about it directly${risk.kind === 'suicide' ? ', including means and timing' : ''}, stay with them, and follow your service's protocol.`,
      evidence: { client: clientSpan(context, risk), draft: draftSpan(ctx.draft, flag) },
      try: risk.kind === 'suicide' && level === 'high' ? HIGH_SUICIDE_TRY : RISK_TRY[risk.kind],
    };
  },
});

/** Serious distress without stated risk: stay with it before moving on. */
export const stayWithDistress = hintRule({
  id: 'distress.stay_with',
  label: 'Distress passed over',
  safety: false,
  inRiskMoment: true,
  applies: (ctx) =>
    ctx.client && ctx.client.assessment.risk.evidence.length === 0 ? safetyFlag(ctx, 'ignores_risk') : null,
  write: (ctx, flag) => {
    const span = distressSpan(ctx.context);
    return {
      // Above premature advice (85): a draft that moves past pain is first of all not staying
      // with it, whatever else it does.
      priority: 86,
      about: 'ignores_risk',
      severity: 'important',
      message: 'Stay with what they just told you before moving on',
      why: `${span ? `The client wrote "${ctx.context[span.message]!.text.slice(span.start, span.end)}". The draft moves past it.` : 'The draft moves past what the client just shared.'} Acknowledge the distress first, and if it sounds heavy, ask how bad it has got.`,
      evidence: { client: span ? clientSpan(ctx.context, span) : null, draft: draftSpan(ctx.draft, flag) },
      try: 'That sounds really heavy to carry. How are you holding up with all of it right now?',
    };
  },
});

export const collusion = hintRule({
  id: 'safety.collusion',
  label: 'Agreeing with a delusional or dangerous belief',
  safety: true,
  inRiskMoment: true,
  applies: (ctx) => safetyFlag(ctx, 'collusion'),
  write: (ctx, flag) => ({
    priority: 95,
    about: 'collusion',
    severity: 'safety',
    message: 'Explore the belief instead of agreeing with it',
    why: `"${ctx.draft.slice(flag.start, flag.end)}" agrees with a belief that may be delusional or dangerous. Agreement can strengthen it; curiosity keeps you with the client without endorsing it.`,
    evidence: { client: ctx.clientEvidence, draft: draftSpan(ctx.draft, flag) },
    try: 'That sounds really important to you. What have you noticed that makes you feel sure about it?',
  }),
});

const STIGMA_ALTERNATIVES: [RegExp, string][] = [
  [/committed suicide/iu, 'died by suicide'],
  [/successful suicide/iu, 'death by suicide'],
  [/failed suicide/iu, 'suicide attempt'],
  [/\b(?:an? )?(?:addict|junkie|druggie|crackhead)s?\b/iu, 'someone who uses drugs'],
  [/\b(?:an? )?(?:alcoholic|drunk)s?\b/iu, 'someone with an alcohol problem'],
  [/\bsubstance abusers?\b/iu, 'someone who uses substances'],
  [/\b(?:crazy|psycho|psychotic|insane|nuts|lunatic|loony|nutter|schizo)\b/iu, 'going through a lot'],
];

export const stigmatizingLanguage = hintRule({
  id: 'safety.stigmatizing_language',
  label: 'Stigmatizing words',
  safety: true,
  inRiskMoment: true,
  applies: (ctx) => safetyFlag(ctx, 'stigmatizing_language'),
  write: (ctx, flag) => {
    const word = ctx.draft.slice(flag.start, flag.end);
    const alt = STIGMA_ALTERNATIVES.find(([re]) => re.test(word))?.[1] ?? 'person-first words';
    const sentence = clauseAround(ctx.draft, flag.start, flag.end, 200);
    const rewritten = sentence.replace(word, alt);
    return {
      priority: 90,
      about: 'stigmatizing_language',
      severity: 'safety',
      message: `Replace "${word}" with person-first words`,
      why: `"${word}" is a label that stigmatizes mental health or substance use; clients hear judgement in it and disengage.`,
      evidence: { client: null, draft: draftSpan(ctx.draft, flag) },
      try:
        rewritten !== sentence
          ? `${rewritten}${/[.!?]$/.test(rewritten) ? '' : '.'}`
          : `Use "${alt}" instead.`,
    };
  },
});

/** False reassurance ("everything will be fine") and premature advice: one flag, framework §5. */
export const falseReassurance = hintRule({
  id: 'safety.false_reassurance',
  label: 'False reassurance or premature advice',
  safety: true,
  inRiskMoment: true,
  applies: (ctx) => safetyFlag(ctx, 'false_reassurance'),
  write: (ctx, flag) => {
    const advice = flag.why.startsWith('offers');
    const quoted = ctx.draft.slice(flag.start, flag.end);
    return {
      priority: 85,
      about: 'false_reassurance',
      severity: 'safety',
      message: advice ? 'Understand before you advise' : 'Swap the reassurance for understanding',
      why: advice
        ? `${ctx.resistant ? `${ctx.behaviourText}. ` : ''}"${quoted}" gives a solution before the client has felt understood. Advice this early usually meets "yes, but".`
        : `"${quoted}" promises something you cannot know. It can feel dismissive and closes the topic.`,
      evidence: { client: ctx.clientEvidence, draft: draftSpan(ctx.draft, flag) },
      // Premature advice to a client pushing back is also arguing back: the same finding, so
      // this one hint carries the reflection of their view that the stance hint would offer.
      try:
        advice && ctx.resistant && ctx.topCue
          ? viewTry(ctx.context, ctx.cues)
          : ctx.feeling
            ? `It sounds like you're feeling really ${ctx.feeling} about this.`
            : "It sounds like you're worried about how this will turn out.",
    };
  },
});
