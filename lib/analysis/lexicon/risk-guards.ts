// Guards ---------------------------------------------------------------------------------------

/**
 * Contexts in which the words of death and injury are not about the client's safety. Checked on
 * the clause around a match; a guard that fires makes the match not count.
 */
export const NOT_ABOUT_SAFETY: readonly RegExp[] = [
  // Games and sports: "keep dying on this boss", "killed myself with my own grenade lol".
  /\b(?:game|gaming|boss|(?<!\btop )level|lvl|respawn\w*|spawn|lobby|ranked|raid|dungeon|quest|npc|fortnite|minecraft|valorant|roblox|cod|warzone|apex|overwatch|league|lol game|elden ring|dark souls|fifa|zelda|mario|sims|my character|my guy|my toon|hp|health bar|grenade|noob|lag|laggy|controller|ps5|xbox|steam|checkpoint|speedrun|pvp|gta|chess|checkmate)\b/u,
  // Fiction, news and school work about someone else.
  /\b(?:movie|film|show|series|episode|season|book|novel|chapter|song|lyrics?|album|track|rapper|singer|band|news|article|documentary|podcast|essay|assignment|project|presentation|character|plot|scene|anime|manga|netflix|tv|romeo|juliet|hamlet)s?\b/u,
];

/** Words for dying that are figures of speech: "i will literally die if you make me go". */
export const IDIOM_AFTER =
  /^(?:[^.!?\n]{0,12})?\b(?:if|of|from|for|laughing|when i see|inside|on (?:this|that) hill)\b/u;

/**
 * Where or how someone expects to die one day, after "i'll die": "i'll die here" (the house of 52
 * years), "i will die like them" (a father and grandfather who drank). Not "i want to die like him".
 */
export const FATE_AFTER =
  /^ (?:like (?:them|him|her|my \w+|\w+ did|every(?:one|body))|here\b|in (?:this|my|that|the) (?:house|home|flat|bed|chair|place|village|town)\b|at home\b|alone\b|young\b|old\b|poor\b|broke\b|happy\b|trying\b|of old age\b)/u;

/**
 * Another habit's act, named beside a bare "did it again": "did it again" / "deposited £50 at 2am".
 * Self-harm's own words beside it keep the act (SELF_HARM_NAMED).
 */
export const OTHER_HABIT_ACT =
  /\b(?:bet|bets|betting|deposit\w*|gambl\w*|casino|slots|drank|drinking|drunk|smoked|smoking|vaped|vaping|binged|ate|texted|called|messaged|spent|bought|ordered|shopping|weed|coke|used|scrolled|watched)\b/u;
export const SELF_HARM_NAMED =
  /\b(?:cut\w*|blade|razor|sh|self[- ]?harm\w*|arms?|wrists?|thighs?|legs?|blood|bleed\w*|burn\w*|scars?|hurt my ?self)\b/u;

/**
 * Stop-smoking aids named beside pills ("i've tried patches and pills", "taken pills, taken the
 * patch"): the pills are a quit aid, unless many were taken at once (MANY_AT_ONCE).
 */
export const QUIT_AIDS =
  /\b(?:(?<!\b(?:fentanyl|pain|morphine|buprenorphine|butrans|opioid|hrt|contraceptive) )patch(?:es)?|nicotine|gum|lozenges?|champix|chantix|varenicline|zyban|bupropion|nrt|inhalator|quit smoking|quitting smoking|stop smoking)\b/u;
export const MANY_AT_ONCE =
  /\b(?:all|whole|bottle|box|packet|handful|too many|every one|every single|\d{2,}|overdos\w*|at once|in one go|together)\b/u;

/** Third persons: the signal is about someone else ("my friend used to self harm"). */
export const THIRD_PERSON =
  /\b(?:lad|lass|bloke|boy|who'd|whod|mate|bff|flatmate|roommate|classmate|colleague|coworker|neighbou?r|she|he|they|she's|he's|they're|her|his|their|friend|bestie|sister|brother|daughter|son|mum|mom|dad|mother|father|cousin|aunt|uncle|grandad|grandpa|grandma|gran|nan|wife|husband|partner|boyfriend|girlfriend|teen|teenager|kid|child|student|client|patient|character|someone|somebody|people|guy|girl|man|woman)\b/u;
export const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|im|me|myself|my self)\b/u;

/** Leaving a job, a school or a country, a will at the solicitor's: farewells that are not final. */
export const ORDINARY_FAREWELL =
  /\b(?:last shift|at my (?:mum|mom|dad|nan|gran)'?s|(?:maternity|paternity|parental) leave|sabbatical|(?:gave|got|signed) (?:me )?(?:a |the )?(?:leaving )?card|leaving card|last day (?:at|in) (?:the|my) \w+|moving|move|moved|relocat\w*|emigrat\w*|new job|quit|quitting|notice|retir\w*|holiday|vacation|trip|graduat\w*|solicitor|lawyer|attorney|estate plan\w*|mortgage|adulting|(?:bought|buying|buy) (?:a|the|our|my) (?:first )?(?:house|flat|home|place)|(?:getting|got) married|newborn|team|colleagues|coworkers|leaving do|leaving party|farewell party|old job|office|desk|marketplace|ebay|selling|sold|spreadsheets?|canada|australia|abroad|uni|university|college|old (?:flat|house|home|school|car|room|bedroom)|last day (?:at|of) (?:school|work|term|uni|the job|year \d+)|end of (?:an era|term|the (?:year|season|term|school year))|airport|(?:got|have) (?:a|an|the) (?:dentist|doctor'?s|hospital|gp|work)? ?appointment|(?:dentist|doctor'?s|hospital) appointment|flight|wedding|conference|school trip|festival|phone(?:'s| is)? (?:dying|on \d+%|getting (?:fixed|repaired))|battery|flew|fly|flying|plane|exchange (?:family|student|year)|for now|see (?:you|u|ya) (?:soon|next|when|in (?:march|april|may|june|july|august|september|october|november|december|january|february|the (?:new year|spring|summer|autumn))|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+\w*))|back (?:on|in|next)|i return|funeral plan|co-?op|pre-?paid|paid monthly|no signal|caravan|camping|neighbou?rs|new (?:house|place|flat|school)|shifts? (?:changed|moved)|rota|lates|earlies|left (?:my|the) (?:job|work|school|uni|course))\b/u;

/** Long ago: "my sister took pills when she was 17" is history, not an emergency now. */
export const LONG_AGO =
  /\b(?:last year|(?:\d+|two|three|four|five) (?:years?|months?) (?:ago|clean|sober)|years ago|when (?:i|she|he|they|we) (?:was|were) (?:\d+|a kid|a teen|little|young|younger|in school)|in (?:19|20)\d\d|as a (?:kid|teen|teenager)|back in the day)\b/u;

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
  /\b(?:homework|maths?|question \d+|assignment|essay|exam|revision|coursework|spreadsheet|gutters?|roofing|tiles|solar panels?|aerial|antenna|chimney|retirement|retiring|retired|last (?:ever )?shift|shift|waiting for (?:the|my) (?:train|bus|tube|tram|ferry|\d{1,2}[:.]\d\d)|commut\w*|delayed|cancelled|paramedic|nurse|ward|patients?|first aid|cpr|course|training|debrief|crew|call(?:out)?s?)\b/u;

/**
 * An accident told as one: "cut my hand on a tin can", "burnt my arm on the oven door".
 * Read in the sentence of a self-harm act; "accidentally on purpose" is left to the rules' words.
 */
export const ACCIDENT =
  /\b(?:on (?:a|the|some|an) (?:\w+ )?(?:tin|can|glass|knife|paper|mandoline|grater|nail|fence|rock|oven|tray|pan|iron|kettle|stove|hob|edge|bramble|thorn)s?|by accident|accidentally(?! on purpose)|chopping|cooking|slicing|shaving|peeling|carving the|opening (?:a|the)|in the kitchen|playing (?:football|rugby|hockey|netball)|fell off|tripped|glass broke|midwife|c-?section|caesarean|gave birth|episiotomy|surgery|(?:an|my|the) operation|wisdom teeth|mole removed|biopsy|broke a glass|dropped a glass|washing up|frisbee|(?:a|the) ball|cricket|trampoline|rose ?bush|bush|thorns?|brambles?|branch|hedge|pruning|gardening)\b/u;

/** An ordinary outing at a high or open place: "club meets at the bridge on tuesdays", "on hold up there". */
export const ORDINARY_OUTING =
  /\b(?:hike|hiking|hiked|parkrun|10k|5k|club|meets|photos?|pics?|views?|stunning|scenery|camping|tent|fun|phone signal|signal|on hold|fireworks|picnic|sunset|sunrise|swim\w*|jetty|mattress|roof rack|locked (?:myself )?out|fishing|canal|dog walk|with the dog|lunch|selfie|sightseeing|tourists?|holiday|vertigo|coastal|trip|day out)\b/u;

/** Medicines kept by routine: a dosette box, the pharmacy's count, a prescription collected. */
export const MEDICINE_ROUTINE =
  /\b(?:dosette|pill (?:box|organi[sz]er)|pharmacy|pharmacist|chemist|prescriptions?|the surgery|as prescribed|for the week|for the fortnight|for the holiday|for my trip)\b/u;

/** Words that keep an outing worrying: "on my walk home… its like 40m down i checked… doesnt matter". */
export const DEATH_NEAR =
  /\b(?:die|dead|death|end it|jump\w*|matter|kill\w*|suicid\w*|unaliv\w*|goodbye|checked|how (?:high|far)|\d+ ?m (?:down|drop)|drop|fall|falling|edge of|no one|nobody|gone)\b/u;

/** Finality or death beside a farewell: "won't see me again", "had enough", "pills" (not "forever", which the goodbye rule holds itself: "goodbye forever spreadsheets"). */
export const FINAL_WORDS =
  /\b(?:won'?t (?:see|hear from) me|last time|had enough|can'?t (?:do|take) (?:this|it) any ?more|sorry for everything|tired of (?:living|life|it all)|die|dead|death|kill\w*|suicid\w*|unaliv\w*|end (?:it|my life|things)|pills|tablets|rope|bridge|jump\w*)\b/u;

/** Fear told: "genuinely thought i was", "felt like i was" before "gonna die". */
export const FEARED_BEFORE =
  /\b(?:thought|felt like|was sure|was convinced|swear|legit thought)(?: that)? (?:i(?:'m| am| was)?|im|we were)\s*$/u;

/** Exertion, strain and indigestion: "chest pain after the gym, think i pulled something". */
export const EXERTION =
  /\b(?:overdid it|overdone it|leg day|arm day|pull-?ups|deadlifts?|squats|gym|workout|working out|lifting|weights|bench|press-?ups|push-?ups|run(?:ning)?|jog\w*|couch to 5k|5k|10k|cardio|treadmill|spin class|hiit|pulled (?:a|something)|muscle|strain(?:ed)?|coughing|cough|heartburn|indigestion|reflux|spicy)\b/u;

/** A trivial cause: "i'm going to kill my brother, he ate my leftovers". */
export const TRIVIAL_CAUSE =
  /\b(?:ate my|eat my|eaten my|broke my (?:headset|phone|controller|charger|mug|glasses)|broke (?:his|her) (?:headset|phone|controller)|spoil(?:ed|t|er)|finale|leftovers?|pad thai|pizza|chips|fries|borrowed my|used my|took my (?:charger|hoodie|clothes|food|seat|spot)|headset|scratched (?:his|her) (?:new )?car|dented|late home|find out|finds out)\b|😤|🙄/u;

/** Laughter and embarrassment: "i wanna die lmao i called my teacher mum". */
export const JOKING =
  /\b(?<!not (?:even )?)(?<!no )(?:lo+l|lmf?ao+|rofl|haha\w*|hehe\w*|jk|joking|kidding|embarrass\w*|cringe\w*|awkward|so funny|hilarious|dying of laughter)\b|😂|🤣|💀|😆|😹/u;

/** Medicines handed back, not taken: "took all the old meds back to the pharmacy". */
export const RETURNED_MEDICINE =
  /\bback to the (?:pharmacy|chemist|surgery|gp|doctors?)\b|\bfor (?:safe )?disposal\b|\bto be (?:safely )?disposed\b/u;

/**
 * A religious fast: "not eating or drinking from sunrise to sunset, its ramadan". Not "fasting" by
 * itself, which is also how starving oneself is told.
 */
export const FASTING =
  /\b(?:ramadan|ramzan|yom kippur|(?:for|during|it's|its) lent|sunrise to sunset|dawn to dusk|suhoor|iftar)\b/u;

/**
 * Thoughts of suicide told as thoughts ("been thinking about killing myself", "thoughts of ending
 * it"): C-SSRS 2, non-specific active thoughts, which the guidelines put at possible unless a
 * method, a time, means or preparations come with them (../risk.ts then raises them to high).
 * Read just before or at the start of the matched words.
 */
export const THOUGHTS_FRAME =
  /\b(?:thinking|thoughts?|thought|think|keep thinking|can't stop thinking|cant stop thinking|dreaming|dream|fantasi[sz]ing) (?:about|of) (?:\w+ )?$/u;

/** The same frame inside the matched words: "i've had thoughts of suicide". */
export const THOUGHTS_IN_MATCH = /\b(?:thinking|thoughts?|thought|dreaming|fantasi[sz]ing) (?:about|of)\b/u;

/** Intent in the matched words themselves, which keeps a thought high: "thinking about ending it for real". */
export const THOUGHT_WITH_INTENT =
  /\b(?:for real|seriously|tonight|today|right now|how to|ways? to (?:do|die|end)|method|planning|plan|found (?:a|the) way|looked up|researched|saved the page)\b/u;

/**
 * A sentence that puts suicidal words or violence long in the past: "tried to kill myself in
 * 2015", "my mum hit me when i was little", "he hit me years ago, we divorced". Not when the same
 * sentence brings it back to now ("used to be suicidal and it's back again").
 */
export const LONG_PAST =
  /\b(?:years ago|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|a few|a couple of) years (?:ago|back)|when (?:i|we) (?:was|were) (?:\d+|a (?:kid|child|teen|teenager|baby)|little|small|young|younger|in (?:school|high school|primary|uni|college))|as a (?:kid|child|teen|teenager)|growing up|in my (?:childhood|teens|twenties|20s)|in (?:19|20)\d\d|back (?:then|in the day|in school|in high school)|(?:i|he|she|they|we|my \w+) (?:(?!am |was |get |got |getting |so |be )\w+ )?used to)\b/u;
export const BACK_TO_NOW =
  /\b(?:again|still|now|lately|recently|these days|this (?:week|month|year)|tonight|today|yesterday|last night|keeps?|coming back|came back|is back|are back)\b/u;

/** Sexual abuse stays high whenever it happened (the guidelines: the person may still be a child or in contact). */
export const SEXUAL_ABUSE =
  /\b(?:rap(?:e|ed|ing)|molest\w*|sexual\w*|touch(?:ed|es|ing)?|grope[ds]?|groom\w*|(?:did|does|do|doing) (?:stuff|things|something|bad things) to me|(?:make|makes|made) me do (?:stuff|things))\b/u;

/**
 * Fear of one's own anger, not intent: "i feel like i could hurt someone. never have but it scares
 * me". The guidelines put vague wishes of harm at possible.
 */
export const FEARED_OWN_HARM =
  /\b(?:scares? me|scared|afraid|frightens? me|terrifies me|worried|worries me|never have|never would|never did|would never|don't want to|dont want to)\b/u;

/** A parent's "she's gonna kill me" over grades or lateness: an idiom, not a threat. */
export const PARENT_IDIOM_CAUSE =
  /\b(?:if|when|once) (?:she|he|they|my (?:\w+ )?(?:mum|mom|dad|mother|father|parents|nan|gran|teacher|coach|boss|wife|husband|gf|bf|girlfriend|boyfriend)) (?:sees?|finds? out|hears?|catches?|notices?|gets? home)\b|\b(?:report card|grades|results|marks|late again|curfew|phone bill|the bill|dented|scratched|broke (?:the|her|his|their))\b/u;

/** Jumping for fun: "bungee jumping off a bridge this weekend!!", "cliff jumping at the lake tomorrow". */
export const RECREATIONAL_JUMP =
  /\b(?:bungee|bungy|cliff (?:jump\w*|div\w*)|skydiv\w*|sky ?div\w*|parachut\w*|base jump\w*|zip ?lin\w*|abseil\w*|tombstoning|paraglid\w*|jump\w* (?:in|into) the (?:lake|river|sea|water|pool|quarry))\b/u;
