import type {
  DraftFlags,
  Empathy,
  InputType,
  Level,
  MainBehaviour,
  MechanismKey,
  EmpathyKey,
  Mechanisms,
  QuestionType,
  RatingEvidence,
  ReflectionType,
  SafetyFinding,
} from '../../models';
import type { ClientReading } from './client';
import { type Conversation, counselorCuesOf } from './context';
import { type FeatureVector, type TurnText, draftFeatures, overlap, turnText } from './features';
import { DELUSION_OR_DANGER, DRAFT_RULES, type DraftCue } from './lexicon/draft';
import { type Match, findMatches } from './match';
import { memoize } from './memo';
import { FEELING_IN_CLIENT, IGNORES_THRESHOLD, type IgnoreLabel, ignoresFeatures } from './ignores-risk';
import type { LinearModel } from './model';
import { type ReplyModels, readReply, telling } from './reply';
import { type NormalizedText, normalize } from './text';

/** Words that soften a suggestion into an offer. */
const SOFTENER = /\b(?:could|might|may|maybe|perhaps|possibly|wonder)\b/u;

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
  readonly features: FeatureVector;
  /** Share of the client's last turn that the draft echoes (0..1). */
  readonly echo: number;
}

/** The lexical cues and model features of a counselor utterance (shared with training). */
/**
 * What the draft's own words give, whatever the conversation: read once per draft text, so a new
 * client message does not read an unchanged draft again.
 */
const readDraftText = memoize(
  8,
  (draft: string) => draft,
  (draft: string) => {
    const norm = normalize(draft);
    const matches = findMatches(norm, DRAFT_RULES);
    return { norm, matches, cues: new Set(matches.map((m) => m.rule.tag)), turn: turnText(norm.text) };
  },
);

export function observeDraft(draft: string, conversation: Conversation): DraftObservation {
  const { norm, matches, cues, turn } = readDraftText(draft);
  const clientText = conversation.clientTurn.map((m) => m.norm.text).join(' ');
  const prevClient = conversation.clientTurn.length > 0 ? turnText(clientText) : null;
  const echo = prevClient ? overlap(prevClient.tokens, turn.tokens) : 0;
  return {
    norm,
    turn,
    matches,
    cues,
    echo,
    features: draftFeatures(
      turn,
      prevClient,
      [...cues].map((c) => `d:${c}`),
    ),
  };
}

export interface BehaviourCode {
  main: MainBehaviour;
  question: QuestionType | null;
  reflection: ReflectionType | null;
  input: InputType | null;
}

export function codeBehaviour(observed: DraftObservation, models: BehaviourModels): BehaviourCode {
  let main = models.main.predict(observed.features).label;
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
    question: main === 'question' ? models.question.predict(observed.features).label : null,
    reflection: main === 'reflection' ? models.reflection.predict(observed.features).label : null,
    input: main === 'therapist_input' ? models.input.predict(observed.features).label : null,
  };
}

type EvidenceMap = Partial<Record<MechanismKey | EmpathyKey, RatingEvidence[]>>;

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
  const first = (...tags: DraftCue[]) => observed.matches.filter((m) => tags.includes(m.rule.tag));
  const asEvidence = (ms: readonly Match<DraftCue>[], why?: string): RatingEvidence[] => {
    const spans: RatingEvidence[] = [];
    for (const m of ms) {
      // One piece of evidence per place: overlapping cues say the same thing twice.
      if (spans.some((s) => s.start < m.end && m.start < s.end)) continue;
      spans.push({ start: m.start, end: m.end, why: why ?? m.rule.why });
    }
    return spans.slice(0, 3);
  };

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
  /** Where a flag the model read shows in the draft: its cues' words, else its most telling sentence. */
  const flagEvidence = (flag: keyof DraftFlags, cues: DraftCue[], why: string): RatingEvidence[] => {
    const spans = asEvidence(first(...cues));
    if (spans.length > 0 || !models.reply) return spans;
    const t = telling(observed, models.reply.flags[flag], ['yes'], why);
    return t ? [t] : [];
  };

  const evidence: EvidenceMap = {};
  const rate = (
    key: MechanismKey | EmpathyKey,
    level: Level,
    ms: readonly Match<DraftCue>[],
    why?: string,
  ): Level => {
    evidence[key] = asEvidence(ms, why);
    return level;
  };

  // Respect for autonomy (framework §2). Softened direction ("maybe you could try...") is 1.
  const adviceMatches = observed.matches.filter((m) => m.rule.tag === 'advice');
  const softened =
    adviceMatches.length > 0 &&
    !has('directive') &&
    !has('persuade') &&
    adviceMatches.every((m) =>
      SOFTENER.test(observed.norm.text.slice(Math.max(0, m.normStart - 12), m.normEnd)),
    );
  let respectForAutonomy: Level;
  if (models.reply) {
    const pressures = flags.direct || flags.warn || flags.persuadeWithoutPermission;
    // Only an offer, softened ("maybe you could try..."): no command, warning or persuasion in it.
    const softOffer =
      (softened || SOFTENER.test(observed.norm.text)) && !flags.direct && !flags.warn && !has('persuade');
    if (pressures && !softOffer) {
      evidence.respectForAutonomy = flags.direct
        ? flagEvidence('direct', ['directive'], 'tells the client what to do')
        : flags.warn
          ? flagEvidence(
              'warn',
              ['persuade', 'directive'],
              'warns of consequences the client did not ask about',
            )
          : flagEvidence(
              'persuadeWithoutPermission',
              ['persuade', 'advice', 'directive'],
              'advises without permission',
            );
      respectForAutonomy = 0;
    } else if (pressures) {
      respectForAutonomy = rate(
        'respectForAutonomy',
        1,
        first('advice'),
        'softened direction: a suggestion, not a command',
      );
    } else if (flags.emphasizingAutonomy || has('permission') || has('options')) {
      evidence.respectForAutonomy = flagEvidence(
        'emphasizingAutonomy',
        ['autonomy', 'permission', 'options'],
        'leaves the choice with the client',
      );
      respectForAutonomy = 2;
    } else {
      respectForAutonomy = rate('respectForAutonomy', 1, []);
    }
  } else if (softened && !has('autonomy') && !has('permission') && !has('options')) {
    respectForAutonomy = rate(
      'respectForAutonomy',
      1,
      first('advice'),
      'softened direction: a suggestion, not a command',
    );
  } else if (
    has('directive') ||
    flags.persuadeWithoutPermission ||
    (advising && !permission && !has('autonomy') && !has('options'))
  ) {
    respectForAutonomy = rate('respectForAutonomy', 0, first('directive', 'persuade', 'advice'));
  } else if (has('autonomy') || has('permission') || has('options')) {
    respectForAutonomy = rate('respectForAutonomy', 2, first('autonomy', 'permission', 'options'));
  } else {
    respectForAutonomy = rate('respectForAutonomy', 1, []);
  }

  // Stance alignment
  const echoesClient = observed.echo >= 0.15;
  let stanceAlignment: Level;
  if (has('confront') || has('persuade') || (models.reply && flags.confront)) {
    evidence.stanceAlignment = flagEvidence(
      'confront',
      ['confront', 'persuade'],
      "argues with the client's view",
    );
    stanceAlignment = 0;
  } else if (
    has('double_sided') ||
    (code.main === 'reflection' &&
      (code.reflection === 'complex' || echoesClient || has('complex_reflection'))) ||
    (has('validation') && has('reflection_stem')) ||
    // A reflection that carries the client's own words, even when a question follows it.
    (has('reflection_stem') && echoesClient) ||
    // "It sounds like you're worn out": a reflection of the feeling, even in the counselor's own words.
    (has('reflection_stem') && has('feeling'))
  ) {
    stanceAlignment = rate(
      'stanceAlignment',
      2,
      first('double_sided', 'complex_reflection', 'reflection_stem', 'validation'),
      "stands with the client's view",
    );
  } else {
    stanceAlignment = rate('stanceAlignment', 1, first('reflection_stem'));
  }

  // EPITOME empathy: the trained reading where it is loaded, the lexical cues otherwise.
  let empathy: Empathy;
  if (models.reply) {
    empathy = trained!.empathy;
    const cuesFor: Record<EmpathyKey, DraftCue[]> = {
      emotionalReactions: ['warmth', 'generic_empathy'],
      interpretations: ['feeling', 'reflection_stem', 'validation', 'complex_reflection'],
      explorations: ['explore_feelings', 'open_question'],
    };
    const whyFor: Record<EmpathyKey, string> = {
      emotionalReactions: 'expresses warmth or concern',
      interpretations: "shows understanding of the client's feelings and experience",
      explorations: 'asks about what the client has not yet said',
    };
    for (const key of Object.keys(cuesFor) as EmpathyKey[]) {
      if (empathy[key] === 0) {
        evidence[key] = [];
        continue;
      }
      const spans = asEvidence(first(...cuesFor[key]));
      const t =
        spans.length > 0 ? null : telling(observed, models.reply.empathy[key], ['1', '2'], whyFor[key]);
      evidence[key] = t ? [t] : spans;
    }
  } else {
    const emotionalReactions = rate(
      'emotionalReactions',
      has('warmth') ? 2 : has('generic_empathy') ? 1 : 0,
      first('warmth', 'generic_empathy'),
    );
    const interpretations = rate(
      'interpretations',
      has('feeling') && (has('reflection_stem') || has('validation') || code.main === 'reflection')
        ? 2
        : has('reflection_stem') || has('validation') || code.main === 'reflection'
          ? 1
          : 0,
      first('feeling', 'reflection_stem', 'validation', 'complex_reflection'),
    );
    const explorations = rate(
      'explorations',
      has('explore_feelings') || (has('open_question') && observed.echo > 0)
        ? 2
        : has('open_question')
          ? 1
          : 0,
      first('explore_feelings', 'open_question'),
    );
    empathy = { emotionalReactions, interpretations, explorations };
  }

  // Emotional resonance
  let emotionalResonance: Level;
  if (has('dismissive') || has('false_reassurance')) {
    emotionalResonance = rate('emotionalResonance', 0, first('dismissive', 'false_reassurance'));
  } else if (
    (has('feeling') &&
      (has('validation') || has('reflection_stem') || has('warmth') || code.main === 'reflection')) ||
    // The trained reading: strong warmth, or a specific understanding said as a reflection.
    (models.reply &&
      (empathy.emotionalReactions === 2 || (empathy.interpretations === 2 && code.main === 'reflection')))
  ) {
    emotionalResonance = rate('emotionalResonance', 2, first('feeling', 'validation', 'warmth'));
    if (evidence.emotionalResonance?.length === 0)
      evidence.emotionalResonance = [
        ...(evidence.emotionalReactions ?? []),
        ...(evidence.interpretations ?? []),
      ].slice(0, 2);
  } else if (
    has('feeling') ||
    has('validation') ||
    has('generic_empathy') ||
    has('warmth') ||
    (models.reply && (empathy.emotionalReactions > 0 || empathy.interpretations > 0))
  ) {
    emotionalResonance = rate(
      'emotionalResonance',
      1,
      first('feeling', 'validation', 'generic_empathy', 'warmth'),
    );
    if (evidence.emotionalResonance?.length === 0)
      evidence.emotionalResonance = [
        ...(evidence.emotionalReactions ?? []),
        ...(evidence.interpretations ?? []),
      ].slice(0, 1);
  } else {
    emotionalResonance = rate('emotionalResonance', 0, []);
  }

  // Conversational orientation
  const closedQuestions = (observed.norm.text.match(/\?/g) ?? []).length >= 2 && !has('open_question');
  const lecture =
    code.main === 'therapist_input' && observed.turn.tokens.length >= 40 && !/\?/.test(observed.norm.text);
  let conversationalOrientation: Level;
  if (has('topic_change') || lecture || closedQuestions) {
    conversationalOrientation = rate(
      'conversationalOrientation',
      0,
      first('topic_change', 'closed_question', 'advice', 'information'),
      lecture
        ? 'a long stretch of input with no invitation to respond'
        : closedQuestions
          ? 'stacks closed questions'
          : undefined,
    );
  } else if (
    has('collaboration') ||
    has('explore_feelings') ||
    (models.reply !== undefined && empathy.explorations === 2 && /\?/.test(observed.norm.text)) ||
    (has('open_question') && (echoesClient || has('reflection_stem') || observed.echo > 0))
  ) {
    conversationalOrientation = rate(
      'conversationalOrientation',
      2,
      first('collaboration', 'explore_feelings', 'open_question'),
    );
  } else {
    conversationalOrientation = rate(
      'conversationalOrientation',
      1,
      first('open_question', 'closed_question', 'reflection_stem'),
    );
  }

  return {
    code,
    flags,
    mechanisms: { respectForAutonomy, stanceAlignment, emotionalResonance, conversationalOrientation },
    empathy,
    evidence,
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
 * Why the draft ignores the client's risk, or null. Stated risk (possible or high): any draft that
 * does not check on safety, as a crisis supervisor would have it. Serious distress without stated
 * risk: when the trained reading says the draft moves on from it.
 */
function ignoresRisk(
  observed: DraftObservation,
  client: ClientReading | null,
  models: BehaviourModels,
): string | null {
  if (!client || observed.cues.has('safety_check')) return null;
  const level = client.assessment.risk.level;
  if (level !== 'none')
    return `the client disclosed ${level === 'high' ? '' : 'possible '}risk and the draft moves on without asking about safety`;
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
  const ignores = ignoresRisk(observed, client, models);
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
