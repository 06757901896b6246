// Guards ---------------------------------------------------------------------------------------

/**
 * Contexts in which the words of death and injury are not about the client's safety. Checked on
 * the clause around a match; a guard that fires makes the match not count.
 */
export const NOT_ABOUT_SAFETY: readonly RegExp[] = [
  // Games and sports: "keep dying on this boss", "killed myself with my own grenade lol".
  /\b(?:game|gaming|boss|level|lvl|respawn\w*|spawn|lobby|ranked|raid|dungeon|quest|npc|fortnite|minecraft|valorant|roblox|cod|warzone|apex|overwatch|league|lol game|elden ring|dark souls|fifa|zelda|mario|sims|my character|my guy|my toon|hp|health bar|grenade|noob|lag|laggy|controller|ps5|xbox|steam|checkpoint|speedrun|pvp|gta|chess|checkmate)\b/u,
  // Fiction, news and school work about someone else.
  /\b(?:movie|film|show|series|episode|season|book|novel|chapter|song|lyrics?|album|track|rapper|singer|band|news|article|documentary|podcast|essay|assignment|project|presentation|character|plot|scene|anime|manga|netflix|tv|romeo|juliet|hamlet)s?\b/u,
];

/** Words for dying that are figures of speech: "i will literally die if you make me go". */
export const IDIOM_AFTER =
  /^(?:[^.!?\n]{0,12})?\b(?:if|of|from|for|laughing|when i see|inside|on (?:this|that) hill)\b/u;

/** Third persons: the signal is about someone else ("my friend used to self harm"). */
export const THIRD_PERSON =
  /\b(?:lad|lass|bloke|boy|who'd|whod|mate|bff|flatmate|roommate|classmate|colleague|coworker|neighbou?r|she|he|they|she's|he's|they're|her|his|their|friend|bestie|sister|brother|daughter|son|mum|mom|dad|mother|father|cousin|aunt|uncle|grandad|grandpa|grandma|gran|nan|wife|husband|partner|boyfriend|girlfriend|teen|teenager|kid|child|student|client|patient|character|someone|somebody|people|guy|girl|man|woman)\b/u;
export const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|im|me|myself|my self)\b/u;

/** Leaving a job, a school or a country, a will at the solicitor's: farewells that are not final. */
export const ORDINARY_FAREWELL =
  /\b(?:moving|move|moved|relocat\w*|emigrat\w*|new job|quit|quitting|notice|retir\w*|holiday|vacation|trip|graduat\w*|solicitor|lawyer|attorney|estate plan\w*|team|colleagues|coworkers|leaving do|leaving party|farewell party|old job|office|desk|marketplace|ebay|selling|sold|spreadsheets?|canada|australia|abroad|uni|university|college)\b/u;

/** Long ago: "my sister took pills when she was 17" is history, not an emergency now. */
export const LONG_AGO =
  /\b(?:last year|(?:\d+|two|three|four|five) (?:years?|months?) (?:ago|clean|sober)|years ago|when (?:i|she|he|they) (?:was|were) (?:\d+|a kid|a teen|little|young|younger|in school)|in (?:19|20)\d\d|as a (?:kid|teen|teenager)|back in the day)\b/u;

/** A question reported, not an answer: "my therapist asked if i had thoughts of suicide". */
export const REPORTED_QUESTION = /\b(?:asked|asks|asking|ask) (?:me )?(?:if|whether|about)\b/u;

/**
 * Words that say the scary part is meant for real: they lift the game, story and joke guards
 * ("respawn irl", "not a game thing", "she thinks i'm going on a trip").
 */
export const FOR_REAL =
  /\b(?:irl|in real life|not (?:a|the) game|not from the game|not (?:about|talking about) the game|life i mean|not (?:even )?(?:joking|kidding)|no joke|not a joke|fr fr|no cap|thinks? (?:i'm|im|i am) (?:going|moving)|i'm not (?:moving|going)|im not (?:moving|going)|not actually (?:moving|going)|already decided|no going back)\b/u;

/** A task, a chore or a job: "can't do this anymore" about maths homework, "on the roof clearing the gutters". */
export const ORDINARY_TASK =
  /\b(?:homework|maths?|question \d+|assignment|essay|exam|revision|coursework|spreadsheet|gutters?|roofing|tiles|solar panels?|aerial|antenna|chimney|retirement|retiring|retired|last (?:ever )?shift|shift|paramedic|nurse|ward|patients?|first aid|cpr|course|training|debrief|crew|call(?:out)?s?)\b/u;

/** A trivial cause: "i'm going to kill my brother, he ate my leftovers". */
export const TRIVIAL_CAUSE =
  /\b(?:ate my|eat my|eaten my|broke my (?:headset|phone|controller|charger|mug|glasses)|broke (?:his|her) (?:headset|phone|controller)|spoil(?:ed|t|er)|finale|leftovers?|pad thai|pizza|chips|fries|borrowed my|used my|took my (?:charger|hoodie|clothes|food|seat|spot)|headset|scratched (?:his|her) (?:new )?car|dented|late home|find out|finds out)\b|😤|🙄/u;

/** Laughter and embarrassment: "i wanna die lmao i called my teacher mum". */
export const JOKING =
  /\b(?<!not (?:even )?)(?<!no )(?:lo+l|lmf?ao+|rofl|haha\w*|hehe\w*|jk|joking|kidding|embarrass\w*|cringe\w*|awkward|so funny|hilarious|dying of laughter)\b|😂|🤣|💀|😆|😹/u;
