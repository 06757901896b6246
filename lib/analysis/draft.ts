import type {
  DraftFlags,
  Empathy,
  InputType,
  MainBehaviour,
  Mechanisms,
  QuestionType,
  ReflectionType,
  SafetyFinding,
} from '../../models';
import type { ClientReading } from './client';
import { type Conversation, counselorCuesOf } from './context';
import {
  type FeatureVector,
  type TurnText,
  draftAnswerFeatures,
  draftOwnFeatures,
  mergeFeatures,
  overlap,
  turnText,
} from './features';
import { DELUSION_OR_DANGER, DRAFT_RULES, type DraftCue } from './lexicon/draft';
import { type Match, findMatches } from './match';
import { memoize } from './memo';
import { FEELING_IN_CLIENT, IGNORES_THRESHOLD, type IgnoreLabel, ignoresFeatures } from './ignores-risk';
import type { FeatureParts, LinearModel } from './model';
import { type ReplyModels, readReply, telling } from './reply';
import { clauseAround } from './reflect';
import { type NormalizedText, normalize, tokenize } from './text';
import {
  type EvidenceMap,
  rateAutonomy,
  rateOrientation,
  rateResonance,
  rateStance,
  rater,
  readEmpathy,
} from './mechanisms';

export interface BehaviourModels {
  readonly main: LinearModel<MainBehaviour>;
  readonly question: LinearModel<QuestionType>;
  readonly reflection: LinearModel<ReflectionType>;
  readonly input: LinearModel<InputType>;
  /** Whether a draft moves on from a client in distress (absent: the rules alone decide). */
  readonly ignores?: LinearModel<IgnoreLabel>;
  /** The MITI flags and EPITOME empathy (absent: the lexical cues alone decide). */
  readonly reply?: ReplyModels;
}

export interface DraftObservation {
  readonly norm: NormalizedText;
  readonly turn: TurnText;
  readonly matches: readonly Match<DraftCue>[];
  readonly cues: ReadonlySet<DraftCue>;
  /** The model features in two parts: the draft's own (kept while it is unchanged) and its answer. */
  readonly featureParts: FeatureParts;
  /** Both parts in one vector (training, and models that add features of their own). */
  readonly features: FeatureVector;
  /** Share of the client's last turn that the draft echoes (0..1). */
  readonly echo: number;
}

/**
 * What the draft's own words give, whatever the conversation: read once per draft text, so a new
 * client message does not read an unchanged draft again (nor score its features again: the
 * models keep the scores of `own` while it lives).
 */
const readDraftText = memoize(
  8,
  (draft: string) => draft,
  (draft: string) => {
    const norm = normalize(draft);
    const matches = findMatches(norm, DRAFT_RULES);
    const cues = new Set(matches.map((m) => m.rule.tag));
    const turn = turnText(norm.text);
    const own = draftOwnFeatures(
      turn,
      [...cues].map((c) => `d:${c}`),
    );
    return { norm, matches, cues, turn, own };
  },
);

/** The lexical cues and model features of a counselor utterance (shared with training). */
export function observeDraft(draft: string, conversation: Conversation): DraftObservation {
  const { norm, matches, cues, turn, own } = readDraftText(draft);
  const clientText = conversation.clientTurn.map((m) => m.norm.text).join(' ');
  const prevClient = conversation.clientTurn.length > 0 ? turnText(clientText) : null;
  const echo = prevClient ? overlap(prevClient.tokens, turn.tokens) : 0;
  const featureParts = { stable: own, changing: draftAnswerFeatures(turn, prevClient) };
  let merged: FeatureVector | null = null;
  return {
    norm,
    turn,
    matches,
    cues,
    echo,
    featureParts,
    get features() {
      merged ??= mergeFeatures(featureParts.stable, featureParts.changing);
      return merged;
    },
  };
}

export interface BehaviourCode {
  main: MainBehaviour;
  question: QuestionType | null;
  reflection: ReflectionType | null;
  input: InputType | null;
}

export function codeBehaviour(observed: DraftObservation, models: BehaviourModels): BehaviourCode {
  const features = observed.featureParts;
  let main = models.main.predict(features).label;
  // AnnoMI's "other" is mostly fillers of speech ("Okay.", "Mm-hmm."). In chat a short turn with
  // a question mark or an instruction is still a question or advice: the cues decide there.
  if (main === 'other') {
    if (/\?/.test(observed.norm.text)) main = 'question';
    else if (observed.cues.has('advice') || observed.cues.has('directive')) main = 'therapist_input';
  } else if (
    main === 'reflection' &&
    observed.cues.has('advice') &&
    !observed.cues.has('reflection_stem') &&
    !observed.cues.has('complex_reflection')
  ) {
    // "You might want to try..." shares its "you" with reflections, but it is a suggestion.
    main = 'therapist_input';
  }
  return {
    main,
    question: main === 'question' ? models.question.predict(features).label : null,
    reflection: main === 'reflection' ? models.reflection.predict(features).label : null,
    input: main === 'therapist_input' ? models.input.predict(features).label : null,
  };
}

export interface DraftScore {
  readonly code: BehaviourCode;
  readonly flags: DraftFlags;
  readonly mechanisms: Mechanisms;
  readonly empathy: Empathy;
  readonly evidence: EvidenceMap;
  readonly safety: SafetyFinding[];
  readonly observed: DraftObservation;
}

export function clientShowsFeeling(client: ClientReading | null): boolean {
  return client !== null && FEELING_IN_CLIENT.test(client.turn.norm);
}

/**
 * The lexical cues that add to the trained flags. Across writers left out, a cue for an
 * affirmation, for autonomy or for a confrontation ("you're in denial") raised F1 when added to the
 * model's reading; broader cues (any "what do you think", any "you should") lowered it, so for
 * collaboration only an explicit request for permission counts.
 */
function withCues(flags: DraftFlags, has: (c: DraftCue) => boolean): DraftFlags {
  return {
    ...flags,
    affirm: flags.affirm || has('affirm'),
    emphasizingAutonomy: flags.emphasizingAutonomy || has('autonomy'),
    confront: flags.confront || has('confront'),
    seekingCollaboration: flags.seekingCollaboration || has('permission'),
  };
}

export function scoreDraft(
  draft: string,
  conversation: Conversation,
  client: ClientReading | null,
  models: BehaviourModels,
): DraftScore {
  const observed = observeDraft(draft, conversation);
  const code = codeBehaviour(observed, models);
  const has = (c: DraftCue) => observed.cues.has(c);

  const permission =
    has('permission') ||
    (conversation.counselorBefore !== null &&
      counselorCuesOf(conversation.counselorBefore).has('permission'));
  const advising = has('advice') || code.input === 'advice';
  const trained = models.reply ? readReply(observed, models.reply) : null;
  const flags: DraftFlags = trained
    ? withCues(trained.flags, has)
    : {
        affirm: has('affirm'),
        seekingCollaboration: has('collaboration') || has('permission'),
        emphasizingAutonomy: has('autonomy') || has('options'),
        confront: has('confront'),
        persuadeWithoutPermission:
          !permission && !has('autonomy') && (has('persuade') || (advising && has('directive'))),
        direct: has('directive'),
        warn: false,
      };
  const r = rater({ observed, code, models, flags, trained, permission, advising });
  const respectForAutonomy = rateAutonomy(r);
  const stanceAlignment = rateStance(r);
  const empathy = readEmpathy(r);
  const emotionalResonance = rateResonance(r, empathy);
  const conversationalOrientation = rateOrientation(r, empathy);

  return {
    code,
    flags,
    mechanisms: { respectForAutonomy, stanceAlignment, emotionalResonance, conversationalOrientation },
    empathy,
    evidence: r.evidence,
    safety: safetyFindings(observed, conversation, client, code, models, trained?.falseReassurance ?? false),
    observed,
  };
}

/** The draft's first sentence, leading punctuation ("...", "??") included. */
function wholeDraftSpan(norm: NormalizedText): { start: number; end: number } {
  const text = norm.original;
  const start = text.length - text.trimStart().length;
  const rest = text.slice(start);
  const firstSentence = /[^.!?\n]+[.!?]?/u.exec(rest);
  // The sentence may start after leading punctuation: its end counts from where it was found.
  const end = firstSentence ? firstSentence.index + firstSentence[0].trimEnd().length : rest.trimEnd().length;
  return { start, end: start + end };
}

/** Cues of a draft that stays with what the client shared. */
const STAYS_WITH_CLIENT: readonly DraftCue[] = [
  'reflection_stem',
  'complex_reflection',
  'feeling',
  'validation',
  'explore_feelings',
  'generic_empathy',
  'warmth',
  'safety_check',
];

/**
 * Whether the draft stays with the disclosure itself: it reflects, validates or asks about the
 * words the risk was read in ("it sounds like you've been feeling like a burden"), without
 * changing the subject or reassuring. That is not moving on (framework §5; the reply sets code it
 * so); the risk alert still asks the counselor to check safety next.
 */
function staysWithDisclosure(
  observed: DraftObservation,
  conversation: Conversation,
  client: ClientReading,
): boolean {
  if (observed.cues.has('topic_change') || observed.cues.has('false_reassurance')) return false;
  if (!STAYS_WITH_CLIENT.some((c) => observed.cues.has(c)) && !observed.cues.has('open_question'))
    return false;
  return client.assessment.risk.evidence.some((e) => {
    const text = conversation.at(e.message).message.text;
    return overlap(disclosureWords(clauseAround(text, e.start, e.end, 200)), observed.turn.tokens) > 0;
  });
}

/**
 * The words of the clause a risk was read in. The clause stays the same while the counselor types,
 * so it is normalized once, not on every keystroke.
 */
const disclosureWords = memoize(
  64,
  (clause: string) => clause,
  (clause: string) => tokenize(normalize(clause).text),
);

/**
 * Why the draft ignores the client's risk, or null. Stated risk (possible or high): any draft that
 * does not check on safety, as a crisis supervisor would have it. Serious distress without stated
 * risk: when the trained reading says the draft moves on from it.
 */
function ignoresRisk(
  observed: DraftObservation,
  conversation: Conversation,
  client: ClientReading | null,
  models: BehaviourModels,
): string | null {
  if (!client || observed.cues.has('safety_check')) return null;
  const level = client.assessment.risk.level;
  if (level !== 'none') {
    if (staysWithDisclosure(observed, conversation, client)) return null;
    return `the client disclosed ${level === 'high' ? '' : 'possible '}risk and the draft moves on without asking about safety`;
  }
  // A draft that names the feeling, validates or explores is staying with the client, whatever
  // the trained reading says (it learned DiaSafety's quirks as well as its sense).
  if (!client.distress || !models.ignores || STAYS_WITH_CLIENT.some((c) => observed.cues.has(c))) return null;
  const p = models.ignores.probabilities(ignoresFeatures(observed.features, client.riskFeatures))[0] ?? 0;
  return p >= IGNORES_THRESHOLD || observed.cues.has('topic_change')
    ? 'the client describes serious distress and the draft moves on without acknowledging it'
    : null;
}

function safetyFindings(
  observed: DraftObservation,
  conversation: Conversation,
  client: ClientReading | null,
  code: BehaviourCode,
  models: BehaviourModels,
  reassures: boolean,
): SafetyFinding[] {
  const out: SafetyFinding[] = [];
  const ignores = ignoresRisk(observed, conversation, client, models);
  if (ignores) out.push({ flag: 'ignores_risk', ...wholeDraftSpan(observed.norm), why: ignores });
  const belief = conversation.recentClient.some((m) => DELUSION_OR_DANGER.test(m.norm.text));
  if (belief) {
    for (const m of observed.matches)
      if (m.rule.tag === 'agreement')
        out.push({
          flag: 'collusion',
          start: m.start,
          end: m.end,
          why: 'agrees with a belief the counselor should gently explore instead',
        });
  }
  for (const m of observed.matches) {
    if (m.rule.tag === 'stigmatizing')
      out.push({
        flag: 'stigmatizing_language',
        start: m.start,
        end: m.end,
        why: 'a stigmatizing word about mental health or substance use',
      });
    if (m.rule.tag === 'false_reassurance')
      out.push({
        flag: 'false_reassurance',
        start: m.start,
        end: m.end,
        why: 'reassurance the counselor cannot know to be true',
      });
  }
  // The trained reading catches reassurance the lexicon does not list ("something will turn up").
  if (reassures && models.reply?.falseReassurance && !out.some((f) => f.flag === 'false_reassurance')) {
    const t = telling(
      observed,
      models.reply.falseReassurance,
      ['yes'],
      'reassurance the counselor cannot know to be true',
    );
    if (t) out.push({ flag: 'false_reassurance', start: t.start, end: t.end, why: t.why });
  }
  // Premature advice: solutions to a client who has just shared feelings, before any understanding.
  const understanding = ['reflection_stem', 'feeling', 'validation', 'generic_empathy', 'warmth'].some((c) =>
    observed.cues.has(c as DraftCue),
  );
  if (
    code.main === 'therapist_input' &&
    observed.cues.has('advice') &&
    !understanding &&
    clientShowsFeeling(client) &&
    !out.some((f) => f.flag === 'false_reassurance')
  ) {
    const advice = observed.matches.find((m) => m.rule.tag === 'advice')!;
    out.push({
      flag: 'false_reassurance',
      start: advice.start,
      end: advice.end,
      why: 'offers a solution before showing understanding of what the client feels',
    });
  }
  // One finding per flag, covering every place it was found: the panel shows each once.
  const merged: SafetyFinding[] = [];
  for (const f of out) {
    const i = merged.findIndex((g) => g.flag === f.flag);
    if (i < 0) merged.push({ ...f });
    else
      merged[i] = {
        ...merged[i]!,
        start: Math.min(merged[i]!.start, f.start),
        end: Math.max(merged[i]!.end, f.end),
      };
  }
  return merged;
}
