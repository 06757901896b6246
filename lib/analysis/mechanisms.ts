import type { DraftFlags, Empathy, EmpathyKey, Level, MechanismKey, RatingEvidence } from '../../models';
import type { BehaviourCode, BehaviourModels, DraftObservation } from './draft';
import type { DraftCue } from './lexicon/draft';
import type { Match } from './match';
import { telling } from './reply';

/**
 * The four communication mechanisms (framework §2) and EPITOME empathy of a draft, each rated
 * 0/1/2 from the behaviour code, the trained flags and the lexical cues, with the draft phrases
 * that earned the rating as its evidence. The mapping is written out rule by rule so that a
 * supervisor can follow why a reply got its rating (docs/analyzer.md).
 */

/** Words that soften a suggestion into an offer. */
export const SOFTENER = /\b(?:could|might|may|maybe|perhaps|possibly|wonder)\b/u;

export type EvidenceMap = Partial<Record<MechanismKey | EmpathyKey, RatingEvidence[]>>;

/** What every rating reads, and where it writes its evidence. */
export interface Rater {
  readonly observed: DraftObservation;
  readonly code: BehaviourCode;
  readonly models: BehaviourModels;
  readonly flags: DraftFlags;
  /** The trained reading of the reply, when its models are loaded. */
  readonly trained: { readonly empathy: Empathy } | null;
  /** The client gave permission for advice, in this draft or the counselor's message before. */
  readonly permission: boolean;
  readonly advising: boolean;
  readonly evidence: EvidenceMap;
  has(cue: DraftCue): boolean;
  /** Matches as evidence, one per place, at most three. */
  asEvidence(ms: readonly Match<DraftCue>[], why?: string): RatingEvidence[];
  first(...tags: DraftCue[]): Match<DraftCue>[];
  /** Sets `key`'s evidence to these matches and returns the level. */
  rate(key: MechanismKey | EmpathyKey, level: Level, ms: readonly Match<DraftCue>[], why?: string): Level;
  /** Where a flag the model read shows in the draft: its cues' words, else its most telling sentence. */
  flagEvidence(flag: keyof DraftFlags, cues: DraftCue[], why: string): RatingEvidence[];
}

export function rater(
  facts: Pick<Rater, 'observed' | 'code' | 'models' | 'flags' | 'trained' | 'permission' | 'advising'>,
): Rater {
  const { observed, models } = facts;
  const evidence: EvidenceMap = {};
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
  return {
    ...facts,
    evidence,
    has,
    first,
    asEvidence,
    rate(key, level, ms, why) {
      evidence[key] = asEvidence(ms, why);
      return level;
    },
    flagEvidence(flag, cues, why) {
      const spans = asEvidence(first(...cues));
      if (spans.length > 0 || !models.reply) return spans;
      const t = telling(observed, models.reply.flags[flag], ['yes'], why);
      return t ? [t] : [];
    },
  };
}

/** Respect for autonomy (framework §2): pressure without permission is 0, a softened offer 1, the choice left with the client 2. */
export function rateAutonomy(r: Rater): Level {
  const { observed, models, flags, permission, advising, evidence, has, first, rate, flagEvidence } = r;
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
  return respectForAutonomy;
}

/** Stance alignment: arguing with the client's view is 0, standing with it (a complex or echoing reflection) 2. */
export function rateStance(r: Rater): Level {
  const { observed, code, models, flags, evidence, has, first, rate, flagEvidence } = r;
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
  return stanceAlignment;
}

/** EPITOME empathy: the trained reading where it is loaded, the lexical cues otherwise, each with its evidence. */
export function readEmpathy(r: Rater): Empathy {
  const { observed, code, models, trained, evidence, has, first, rate, asEvidence } = r;
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
  return empathy;
}

/** Emotional resonance: brushing the feeling aside is 0, naming it with understanding 2. */
export function rateResonance(r: Rater, empathy: Empathy): Level {
  const { code, models, evidence, has, first, rate } = r;
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
  return emotionalResonance;
}

/** Conversational orientation: changing the topic, lecturing or stacking closed questions is 0; following the client's lead with an open question 2. */
export function rateOrientation(r: Rater, empathy: Empathy): Level {
  const { observed, code, models, has, first, rate } = r;
  const echoesClient = observed.echo >= 0.15;
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
  return conversationalOrientation;
}
