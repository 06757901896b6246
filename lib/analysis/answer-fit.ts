/**
 * What kind of answer a counselor's question asks for, and what kinds of answer a client's reply
 * gives. An answer need not repeat the question's words ("what would make stopping a priority?"
 * → "court in june. need clean tests"); the client models see the pair of kinds, so they can learn
 * which replies answer and which carry on as if nothing was asked (inattention, sidetracking).
 */

export type QuestionKind =
  'scale' | 'amount' | 'yes_no' | 'feeling' | 'reason' | 'person' | 'place' | 'what' | 'how' | 'other';

export type AnswerKind = 'yes_no' | 'amount' | 'feeling' | 'reason' | 'person' | 'place' | 'action';

const QUESTION_KINDS: readonly [QuestionKind, RegExp][] = [
  [
    'scale',
    /\b(?:(?:0|zero|1|one) ?(?:to|-) ?(?:10|ten)|scale|out of (?:10|ten)|how (?:important|confident|ready|likely|sure|willing))\b/u,
  ],
  ['amount', /\b(?:how (?:many|much|often|long|old|far|late|early|soon)|what time|which days?)\b|^when\b/u],
  [
    'reason',
    /\b(?:why|what (?:makes|made|keeps|kept|would make|stops|stopped|gets|got|helped|helps|would help|might help)|reasons?)\b/u,
  ],
  [
    'feeling',
    /\b(?:how (?:are|do|did|does|have|has|was|is|were) (?:you|things|it|that|the \w+|your \w+)|feel|feeling|felt)\b/u,
  ],
  ['person', /\bwho\b/u],
  ['place', /\bwhere\b/u],
  [
    'yes_no',
    /^(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|shall|any|anyone|anything|is there|are there)\b/u,
  ],
  ['what', /\b(?:what|which)\b/u],
  ['how', /\bhow\b/u],
];

const ANSWER_KINDS: readonly [AnswerKind, RegExp][] = [
  [
    'yes_no',
    /^(?:yes|yeah|yea|ya|yep|yup|yh|ye|no|nah|nope|naw|kinda|kind of|sort of|maybe|not really|probably|definitely|def|obviously|of course|sometimes|lowkey|highkey|deffo|sure|totally|absolutely|not at all|never|always|idk|dunno|i don't know)\b/u,
  ],
  [
    'amount',
    /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|a (?:few|couple|lot|bit)|half|once|twice|every|daily|weekly|nightly|most|hours?|hrs?|days?|nights?|weeks?|months?|years?|mins?|minutes|times?|am|pm|midnight|morning|evening|tonight|yesterday|tomorrow|weekends?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|summer|winter)\b/u,
  ],
  [
    'feeling',
    /\b(?:good|bad|ok|okay|fine|awful|terrible|great|shit|crap|meh|rough|better|worse|sad|angry|mad|scared|afraid|anxious|worried|nervous|stressed|tired|lonely|hurt|ashamed|guilty|hopeless|stuck|lost|numb|empty|gutted|relieved|proud|happy|excited|down|low|upset|annoyed|frustrated|overwhelmed|exhausted|embarrassed|confused)\b/u,
  ],
  [
    'reason',
    /\b(?:because|cos|cause|coz|bc|since|so that|so i can|so i could|need to|needs to|have to|got to|gotta|if i|otherwise|or else)\b/u,
  ],
  [
    'person',
    /\b(?:he|she|they|him|her|them|mum|mom|dad|mother|father|parents?|brother|sister|partner|wife|husband|boyfriend|girlfriend|bf|gf|friends?|mates?|boss|manager|teacher|doctor|gp|nurse|therapist|family|kids?|son|daughter|ex|nan|gran|grandma|grandad|myself)\b/u,
  ],
  [
    'place',
    /\b(?:at (?:home|work|school|the \w+)|home|work|school|uni|college|pub|bar|club|house|flat|room|bed|car|gym|church|park|outside|party)\b/u,
  ],
  [
    'action',
    /^(?:(?:i'd |i would |i'll |i will |i could |i might |maybe |probably |just )?(?:go|going|walk|walking|call|calling|text|texting|talk|talking|stop|stopping|cut|cutting|try|trying|get|getting|take|taking|eat|eating|sleep|sleeping|leave|leaving|ask|asking|tell|telling|stay|staying|keep|keeping|start|starting|quit|quitting|be able to|to )\b)/u,
  ],
];

/** The kind of answer the last question of a counselor's turn asks for, or null if none asked. */
export function questionKind(counselorNorm: string): QuestionKind | null {
  const questions = counselorNorm.split(/(?<=[?.!])\s+/u).filter((s) => s.includes('?'));
  const last = questions.at(-1)?.trim();
  if (!last) return null;
  const opened = last.replace(/^(?:so|and|but|okay|ok|well|now|um|right|hmm|and so)[,\s]+/u, '');
  for (const [kind, pattern] of QUESTION_KINDS) if (pattern.test(opened)) return kind;
  return 'other';
}

/** The kinds of answer a client's reply gives (a reply often gives several). */
export function answerKinds(clientNorm: string): AnswerKind[] {
  const text = clientNorm.trim();
  return ANSWER_KINDS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}

/** The answer kinds that fit each question kind ("how many?" → a number or a time). */
const FITTING: Record<QuestionKind, readonly AnswerKind[]> = {
  scale: ['amount'],
  amount: ['amount', 'yes_no'],
  yes_no: ['yes_no'],
  feeling: ['feeling', 'yes_no'],
  reason: ['reason', 'person', 'amount'],
  person: ['person'],
  place: ['place', 'person'],
  what: [],
  how: ['action', 'feeling'],
  other: [],
};

/** Whether a reply gives a kind of answer its question asked for. */
export function answerFits(question: QuestionKind, given: readonly AnswerKind[]): boolean {
  return given.some((kind) => FITTING[question].includes(kind));
}
