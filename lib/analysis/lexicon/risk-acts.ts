import type { PatternRule } from '../match';
import { DRUG, s } from './risk-blocks';
import type { RiskSignal } from './risk';

/**
 * Acts the C-SSRS screener asks about under suicidal behaviour, told without a word of dying:
 * an interrupted or aborted hanging ("had the belt round my neck and my flatmate knocked") and the
 * preparatory acts of a ligature set up ("rope's up in the barn loft") or a gun loaded and at hand
 * ("got my service pistol on the table in front of me, loaded"). Found on 2026-12-02: of the
 * project's own lines with these acts, 17 drew no rule (13) or only \`possible\` (4) and were read
 * high by the trained model alone, with no words of the client's shown as evidence. Ids continue the numbering of each signal.
 */

/** Ligatures people write about, not a scarf, a tie or a lanyard. */
const LIGATURE = String.raw`(?:belt|rope|cord|noose|ligature|cable|charger cable|phone charger|extension lead|extension cable|dressing gown cord|tights)`;

/** Where a ligature is hung. */
const HANG_POINT = String.raw`(?:barn|loft|hay ?shed|shed|garage|beam|rafters?|banister|bannister|hook|door|wardrobe|closet|attic|ceiling|stairwell|stairs|tree|room|bedroom|cell)`;

/** Firearms, not a water pistol, a glue gun or a nail gun. */
const FIREARM = String.raw`(?<!\b(?:water|glue|nail|staple|heat|nerf|spray|paint|paintball|airsoft|bb|cap|toy|massage|hot glue|caulk|caulking|grease|tattoo|radar|speed) )(?:gun|pistol|rifle|shotgun|revolver|handgun|firearm|glock|\.22)`;

/** What a gun at a range, on a hunt, in a game or a film is about: loaded for that, not for the client. */
const FIREARM_USE = String.raw`(?:range|hunt\w*|shoot(?:ing)? (?:season|club|day|trip)|deer|stag|cull|clays?|clay pigeons?|rabbits?|pigeons?|foxes|vermin|pheasants?|grouse|ducks?|game|fortnite|cod|warzone|gta|apex|valorant|pubg|film|movie|show|episode|series|novel|book|lesson|club|licen[cs]e|competition|season)`;
/**
 * Read in the same sentence only, before or after: "took the rifle to the range and loaded it",
 * but "took the rifle out the safe and loaded it | not for deer" is still an act.
 */
const FIREARM_ORDINARY_BEFORE = String.raw`(?<!\b${FIREARM_USE}\b[^.!?\n]{0,80})`;
const FIREARM_ORDINARY_AFTER = String.raw`(?![^.!?\n]{0,80}\b${FIREARM_USE}\b)`;
/** A home's risk, not an act: "my dad keeps a loaded gun in the wardrobe". */
const KEPT = String.raw`(?<!\b(?:keeps?|kept|has|owns|stores?|leaves?) (?:a |the |his |her |their )?)`;
/** A rope or a belt with its ordinary use said: "the rope over the beam is for the punching bag". */
const LIGATURE_ORDINARY = String.raw`(?![^.!?\n]{0,40}\b(?:(?:is|are|'s) for|for (?:the |a |my |our )?(?:punching bag|swing|tyre|tire|hammock|plants?|lights|decorations|washing|laundry|climbing|gym|pull-?ups|rings|kids|boat|tent|tarp|bunting))\b)`;

/** Verbs of waiting for or working up the nerve. */
const WAITING = 'waiting|wait|working|work|building|build|plucking|pluck|trying|try|tried';

/** Dangerous places and means a person can wait at or with. */
const AT_THE_EDGE = String.raw`(?:platform|tracks|railway|bridge|ledge|edge|roof|rooftop|cliff|balcony|car park|multi ?storey|overpass|pier|river|rope|noose|belt|pills|tablets|blade|razor|knife|${FIREARM})`;

/** Pills counted, lined up or laid out: "tablets are counted out", "lined up the pills". */
const PILLS_OUT = String.raw`\b(?:${DRUG} (?:are |is )?(?:all )?(?:counted|lined|laid|set|spread|sorted) (?:out|up)|(?:counted|lined|laid|set|spread) (?:out|up) (?:all )?(?:the |my |\d+ )?(?:\w+ )?${DRUG})\b`;
/** Being ready, now: "I'm nearly ready", "glass of water beside them", "ready to go". */
const READY = String.raw`\b(?:(?:i'm|im|i am|i feel|feeling) (?:nearly |almost |about |just about |all )?ready|(?:nearly|almost|just about) ready|ready (?:now|to go|to do it|to take them)|(?:a |the )?glass of (?:water|vodka|wine|whisky) (?:beside|next to|by|with|ready)|(?:it's|its|it is) (?:nearly |almost )?time)\b`;

/** Bleeding that has not stopped: "still coming", "soaked right through", "won't stop bleeding". */
const STILL_BLEEDING = String.raw`\b(?:(?:it's|its|it is|blood(?:'s| is)?|cut(?:'s| is)?) still (?:bleeding|coming|pouring|dripping|going)|still bleeding|(?:won't|wont|will not|doesn't|doesnt|isn't|isnt|not) stop(?:ping)? bleeding|(?:bleeding|blood)(?:'s| is)? (?:won't|wont|will not|not) stop(?:ping)?|(?<=\b(?:towels?|tea ?towels?|bandages?|dressings?|plasters?|wrapped|blood|cut|wound|gauze|tissues?)\b[^.!?\n]{0,60})soak(?:ed|ing) (?:right |all the way )?through)\b`;
/** Feeling faint: "light headed", "dizzy", "going grey". */
const FAINT = String.raw`(?<!\b(?:not|never|no|isn't|im not|i'm not) (?:\w+ )?)\b(?:light ?-?headed|dizzy|faint|woozy|clammy|going (?:white|grey|gray)|(?:about to|gonna|going to) pass out|black(?:ing)? out)\b`;

export const RISK_ACTS: readonly PatternRule<RiskSignal>[] = [
  s(
    'suicidal_intent',
    18,
    // An aborted attempt (C-SSRS): "sit at the edge of the platform and let the trains go past,
    // waiting for the nerve". Not "working up the nerve to ask her out": a place or means of dying
    // must be in the same sentence, and a "to" after the nerve must be to do it.
    // The lookahead first: the lookbehind scans up to 120 characters back, so it runs only where
    // a verb of waiting starts, not at every position of a long message.
    String.raw`(?=(?:${WAITING}) )(?<=\b${AT_THE_EDGE}\b[^.!?\n]{0,120})\b(?:${WAITING}) (?:for |up |to (?:find|get|work up|build up|pluck up) )?(?:the |my )?(?:nerve|courage|guts|bottle)\b(?! to (?!(?:do it|do this|go through|jump|step|let go|end|finish|die|take|swallow)\b)\w+)`,
    'waits at a place of danger for the nerve to act',
  ),
  s(
    'attempt',
    6,
    // "had the belt round my neck", "put the cord around my neck and stood on the chair".
    String.raw`\b(?:had|put|tied|tightened|pulled|wrapped|got|with|felt|have|was wearing) (?:the |a |my )?(?:\w+'s )?${LIGATURE}(?: (?:tight|tighter|already))? (?:round|around|on|over) my neck\b`,
    'describes a hanging that was stopped or interrupted',
  ),
  s(
    'preparation',
    4,
    // "rope's up in the barn loft", "the belt is hanging off the wardrobe door", "rope over the beam".
    // A belt or a cord hanging in a wardrobe is where belts and cords hang: only a rope or a noose
    // "up", "tied" or "ready" is read by itself, the others over a beam or a hook.
    String.raw`(?:\b(?:the |a |my )?(?:rope|noose)(?:'s| is)? (?:up|tied|ready|set up|in place)(?= (?:in|from|over|off|on|to|at|inside) (?:the |my |our )?(?:\w+ )?${HANG_POINT}\b|\s*(?:[.!?,;…]|$))|\b(?:the |a |my )?${LIGATURE} (?:over|tied to|hanging (?:from|off)) (?:the |my |a )?(?:\w+ )?(?:beam|rafters?|banister|bannister|hook|loft hatch|door ?frame|top of the door|stair ?rail)\b|\b(?:tied|hung|fixed|put|set up|rigged) (?:up )?(?:the |a |my )?(?:rope|noose|belt|cord|ligature) (?:up )?(?:to|from|over|on|round|around|in) (?:the |my |a )?(?:\w+ )?(?:beam|rafters?|banister|bannister|hook|loft|loft hatch|door ?frame|top of the door|stair ?rail|tree|garage|shed|barn)\b)${LIGATURE_ORDINARY}`,
    'has a ligature set up',
  ),
  s(
    'preparation',
    5,
    // "pistol on the table in front of me, loaded", "cleaned the shotgun and loaded it",
    // "rifle across my knees". Not "my dad keeps a loaded gun" (that is a home's risk, not an act).
    // The lookahead first, for the same reason: the ordinary-use checks scan 80 characters each way.
    String.raw`(?=\b(?:gun|pistol|rifle|shotgun|revolver|handgun|firearm|glock|\.22|loaded)\b)${FIREARM_ORDINARY_BEFORE}${FIREARM_ORDINARY_AFTER}(?:${KEPT}\b${FIREARM}\b(?:'s| is)?(?: [\w',]+){0,7}? (?:loaded|on my lap|in my lap|across my (?:lap|knees|legs)|in my hand|in my mouth|to my head|under my chin|against my (?:head|chest|temple)|cocked|with the safety off)\b|${KEPT}\bloaded (?:the |my |his |her |\w+'?s )?(?:\w+ )?${FIREARM}\b)`,
    'has a loaded gun at hand',
  ),
  s(
    'preparation',
    6,
    // Pills set out and the client ready: "The tablets are counted out on the table. Thirty-two.
    // Glass of water beside them. I'm nearly ready." Counted or lined up alone is also a dosette
    // box being filled (the routine guard in risk-signals.ts reads those).
    String.raw`(?=(?:${PILLS_OUT}|${READY}))(?:${PILLS_OUT}(?=[^\n]{0,120}\b(?:${READY}))|(?:${READY})(?=[^\n]{0,120}\b${PILLS_OUT}))`,
    'has pills set out and says they are ready',
  ),
  s(
    'medical',
    8,
    // Bleeding that goes on, with the body giving way: "wrapped it in a tea towel but it's soaked
    // right through and it's still coming. Feeling a bit light headed." Blood lost faster than
    // the client admits; an emergency whether the cut was an accident or self-harm.
    String.raw`(?=\b(?:${STILL_BLEEDING}|${FAINT}))(?:${STILL_BLEEDING}(?=[^\n]{0,120}\b(?:${FAINT}))|(?:${FAINT})(?=[^\n]{0,120}\b(?:${STILL_BLEEDING})))`,
    'describes heavy bleeding and feeling faint',
  ),
];
