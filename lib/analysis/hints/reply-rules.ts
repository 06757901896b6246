import type { RatingEvidence } from '../../../models';
import { type HintContext, clientSpan, draftSpan, feelingSpan, lastClientIndex } from './context';
import { hintRule } from './rule';
import { reflectionTry, viewTry } from './tries';

/**
 * Rules about how the reply meets the client (framework §2 and §3): the four mechanisms, closed
 * questions and change talk. They rank higher when the client is pushing back, because that is
 * when the reply's stance decides where the conversation goes.
 */

const firstEvidence = (e: readonly RatingEvidence[] | undefined) => e?.[0];

/** A reflection of the last clause of the client's latest message, in the counselor's voice. */
function lastClientReflection(ctx: HintContext): string {
  const last = lastClientIndex(ctx.context);
  if (last < 0) return 'Help me understand how you see it.';
  const text = ctx.context[last]!.text.trimEnd();
  return reflectionTry(ctx.context, { message: last, start: Math.max(0, text.length - 1), end: text.length });
}

export const stanceArgue = hintRule({
  id: 'mechanism.stance.argue',
  label: 'Arguing back to resistance',
  safety: false,
  inRiskMoment: false,
  applies: (ctx) =>
    ctx.resistant && ctx.topCue && ctx.score.mechanisms.stanceAlignment === 0
      ? { span: firstEvidence(ctx.score.evidence.stanceAlignment) }
      : null,
  write: (ctx, { span }) => ({
    priority: 80,
    about: 'stanceAlignment',
    severity: 'important',
    message: 'Reflect their view before offering yours',
    why: `${ctx.behaviourText}. "${ctx.draft.slice(span?.start ?? 0, span?.end ?? 0)}" argues the other side; arguing back (the righting reflex) reliably produces more resistance.`,
    evidence: { client: ctx.clientEvidence, draft: draftSpan(ctx.draft, span) },
    try: viewTry(ctx.context, ctx.cues),
  }),
});

/**
 * A confrontation with no resistance to answer (MITI: confront): labelling, shaming or disputing
 * the client ("so you're in denial then", "6 hours is way too much"). Where the client is pushing
 * back, `stanceArgue` says it already.
 */
export const confronting = hintRule({
  id: 'behaviour.confront',
  label: 'Confronting the client',
  safety: false,
  inRiskMoment: false,
  // A reply read as affirming too ("you showed up for two weeks, that took effort") is far more
  // often an affirmation the flag misreads than a confrontation: no hint then.
  applies: (ctx) =>
    ctx.score.flags.confront &&
    !ctx.score.flags.affirm &&
    !(ctx.resistant && ctx.topCue && ctx.score.mechanisms.stanceAlignment === 0)
      ? { span: firstEvidence(ctx.score.evidence.stanceAlignment) }
      : null,
  write: (ctx, { span }) => ({
    priority: 70,
    about: 'stanceAlignment',
    severity: 'important',
    message: 'Set the challenge aside and reflect what they said',
    why: `${span ? `"${ctx.draft.slice(span.start, span.end)}"` : 'The draft'} disputes, labels or corrects the client. Confronting (MITI) tends to bring defensiveness rather than change; a reflection of their view keeps them talking.`,
    evidence: { client: ctx.clientEvidence, draft: draftSpan(ctx.draft, span) },
    try: ctx.topCue ? viewTry(ctx.context, ctx.cues) : lastClientReflection(ctx),
  }),
});

export const stanceReflect = hintRule({
  id: 'mechanism.stance.reflect',
  label: "Not showing you see the client's side",
  safety: false,
  inRiskMoment: false,
  applies: (ctx) =>
    ctx.resistant &&
    ctx.topCue &&
    ctx.score.mechanisms.stanceAlignment === 1 &&
    ctx.score.code.main !== 'reflection' &&
    !ctx.score.observed.cues.has('reflection_stem')
      ? { span: firstEvidence(ctx.score.evidence.conversationalOrientation) }
      : null,
  write: (ctx, { span }) => ({
    priority: 45,
    about: 'stanceAlignment',
    severity: 'suggestion',
    message: 'Show you see their side',
    why: `${ctx.behaviourText}. The draft neither reflects nor acknowledges that view; a reflection of their reason softens resistance more than a question does.`,
    evidence: { client: ctx.clientEvidence, draft: draftSpan(ctx.draft, span) },
    try: viewTry(ctx.context, ctx.cues),
  }),
});

export const autonomyDirective = hintRule({
  id: 'mechanism.autonomy.directive',
  label: 'Directing without permission',
  safety: false,
  inRiskMoment: false,
  applies: (ctx) =>
    ctx.score.mechanisms.respectForAutonomy === 0
      ? { span: firstEvidence(ctx.score.evidence.respectForAutonomy) }
      : null,
  write: (ctx, { span }) => ({
    priority: ctx.resistant ? 75 : 60,
    about: 'respectForAutonomy',
    severity: ctx.resistant ? 'important' : 'suggestion',
    message: 'Ask before advising, and leave the choice with them',
    why: `${ctx.resistant ? `${ctx.behaviourText}. ` : ''}"${span ? ctx.draft.slice(span.start, span.end) : 'The draft'}" directs the client without permission. Pressure invites pushback; naming their choice lowers it.`,
    evidence: { client: ctx.clientEvidence, draft: draftSpan(ctx.draft, span) },
    try: "It's your call. Would it be okay if I shared something that has helped other people?",
  }),
});

export const emotionName = hintRule({
  id: 'mechanism.emotion.name',
  label: 'Feelings left unnamed',
  safety: false,
  inRiskMoment: true,
  // Reassurance already gets a hint that names the feeling: one finding, one hint.
  applies: (ctx) =>
    ctx.score.mechanisms.emotionalResonance === 0 &&
    ctx.emotional &&
    !ctx.score.safety.some((s) => s.flag === 'false_reassurance')
      ? { span: firstEvidence(ctx.score.evidence.emotionalResonance) }
      : null,
  write: (ctx, { span }) => ({
    priority: ctx.resistant ? 70 : 58,
    about: 'emotionalResonance',
    severity: ctx.resistant ? 'important' : 'suggestion',
    message: 'Name the feeling you hear',
    why: `${ctx.resistant ? `${ctx.behaviourText}, and` : 'The client'} shows feeling${ctx.feeling ? ` ("${ctx.feeling}")` : ''}. ${span ? `"${ctx.draft.slice(span.start, span.end)}" brushes it aside` : 'The draft does not acknowledge it'}; naming a specific feeling helps the client feel understood.`,
    evidence: { client: ctx.clientEvidence ?? feelingSpan(ctx), draft: draftSpan(ctx.draft, span) },
    try: ctx.feeling
      ? `It sounds like you're feeling ${ctx.feeling}, and that makes sense given everything.`
      : 'That sounds really hard. What has been the hardest part for you?',
  }),
});

export const orientationOpen = hintRule({
  id: 'mechanism.orientation.open',
  label: 'Closing or derailing the conversation',
  safety: false,
  inRiskMoment: false,
  applies: (ctx) =>
    ctx.score.mechanisms.conversationalOrientation === 0
      ? { span: firstEvidence(ctx.score.evidence.conversationalOrientation) }
      : null,
  write: (ctx, { span }) => ({
    priority: ctx.resistant ? 65 : 50,
    about: 'conversationalOrientation',
    severity: 'suggestion',
    message: 'Open the conversation up instead of closing it',
    why: `${span?.why ? `The draft ${span.why}` : 'The draft closes or moves off the topic'}. An open question that follows the client's lead keeps them exploring.`,
    evidence: { client: ctx.clientEvidence, draft: draftSpan(ctx.draft, span) },
    try: ctx.topCue
      ? reflectionTry(ctx.context, ctx.topCue, 'You mentioned that').replace(
          /\.$/,
          '. What would you like to do about it?',
        )
      : 'What do you make of all this?',
  }),
});

export const closedQuestion = hintRule({
  id: 'behaviour.question.closed',
  label: 'Closed questions',
  safety: false,
  inRiskMoment: false,
  // Asking permission ("would it be ok if we looked at what might help?") is closed by form and
  // exactly what MI asks for before advice: no nudge toward an open question there.
  applies: (ctx) =>
    ctx.score.code.main === 'question' &&
    ctx.score.code.question === 'closed' &&
    ctx.score.mechanisms.conversationalOrientation !== 0 &&
    !ctx.score.flags.seekingCollaboration
      ? { span: firstEvidence(ctx.score.evidence.conversationalOrientation) }
      : null,
  write: (ctx, { span }) => ({
    priority: ctx.resistant ? 55 : 35,
    about: 'conversationalOrientation',
    severity: 'suggestion',
    message: 'Try an open question',
    why: `A yes/no question gets a yes or a no${ctx.resistant ? ', and resistant clients often give the shorter one' : ''}. "What" and "how" questions invite the client to explore in their own words.`,
    evidence: { client: ctx.clientEvidence, draft: draftSpan(ctx.draft, span) },
    try: ctx.topCue ? 'How do you see it?' : 'What would you like to be different?',
  }),
});

export const reflectChangeTalk = hintRule({
  id: 'behaviour.reflect_change_talk',
  label: 'Change talk not reflected',
  safety: false,
  inRiskMoment: false,
  applies: (ctx) =>
    ctx.score.code.main !== 'reflection' && ctx.score.observed.echo < 0.15
      ? (ctx.client?.changeTalk.find((c) => c.weight >= 0.6) ?? null)
      : null,
  write: (ctx, change) => ({
    priority: 52,
    about: 'change',
    severity: 'suggestion',
    message: 'Reflect the change talk you just heard',
    why: `The client voiced ${change.kind.replace('_', ' ')} ("${ctx.context[change.message]!.text.slice(change.start, change.end)}"). Reflecting change talk back strengthens it; the draft passes over it.`,
    evidence: { client: clientSpan(ctx.context, change), draft: null },
    try: reflectionTry(ctx.context, change),
  }),
});
