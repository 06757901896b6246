import type { PatternRule } from '../match';
import { s, DRUG } from './risk-blocks';
import type { RiskSignal } from './risk';

/**
 * Risk said sideways (written 2026-12-02 from two writers' sets, `data/risk/chat-ai.jsonl` and
 * `chat-aj.jsonl`): older and formal writers who understate ("I shan't be a bother much longer",
 * "I have a plan, I have the means", "the Lord may collect me whenever He likes"), emergencies
 * told mildly by their signs (a face that has dropped on one side, lips a funny bluish colour, a
 * week of tablets taken at once by mistake, a fall and no getting up), and young people's risk in
 * passing ("the sewerslide plan is after my birthday", a note pinned so mum finds it, a goodbye
 * message sent). Ids continue the numbering of each signal.
 */
export const RISK_UNDERSTATED: readonly PatternRule<RiskSignal>[] = [
  s(
    'means',
    6,
    // "I have a plan, I have the means, and I have set the date": the screener's own words.
    String.raw`\b(?:i have|i've got|i've|ive got|got|have) (?:the |all the )?means\b(?! (?:to (?:pay|buy|live|support|travel|get|afford|study)|test|of (?:transport|support|income)))`,
    'has the means within reach',
  ),
  s(
    'suicidal_intent',
    17,
    String.raw`\b(?:the|my|a) (?:suicide|kms|ctb) (?:plan|date|attempt)\b(?! (?:prevention|awareness|training))`,
    'speaks of their own suicide plan',
  ),
  s(
    'hopeless',
    7,
    String.raw`\b(?:won't|wont|will not|shan't|shant|shall not|not going to|don't suppose i'll|dont suppose ill|don't think i'll|doubt i'll) be (?:a |an )?(?:nuisance|bother|burden|trouble|problem|worry|weight)(?: to (?:\w+ ){1,2})? (?:for )?(?:very )?(?:much )?(?:longer|more)\b`,
    'says they will not be a burden much longer',
  ),
  s(
    'passive_wish',
    12,
    // Death welcomed in the words of faith or of age: "the good Lord may collect me whenever He likes".
    String.raw`\b(?:(?:god|the lord|the good lord|he|jesus|the big man upstairs) (?:can|may|could|is welcome to) (?:take|have|collect|call) me(?: home)? (?:whenever|any ?time|any day|now|tonight|soon|this week)|if (?:the (?:cold|cancer|illness|winter|flu|virus)|death) takes me\b|(?:i'd|i would|id) rather (?:die|be dead|not be here|not be around|be gone)\b(?=\s*(?:[.!?,]|$|tbh|honestly|ngl|some days|sometimes|to be honest))|(?:i'd|i would|id) rather go (?:before it gets (?:that|too|so) (?:far|bad)|than (?:be|become|end up|go through|live))|(?:had|have had|i've had) (?:a )?(?:good|decent|fair|long) (?:innings|run)(?=[^\n]{0,80}\b(?:thanks?|goodbye|bye|enough|tired|ready|whoever))|(?:stopped|stopping|stop|not) (?:taking|bothering with) (?:my |the )?(?:heart |blood pressure |diabetes )?(?:tablets|pills|meds|medication|insulin)\b(?=[^.!?\n]{0,40}\b(?:point|bother|matter|what for|no use)))`,
    'welcomes death in their own words',
  ),
  s(
    'medical',
    7,
    // Heavy bleeding told by what it does: "its spurting", "soaking through the towels", "gone
    // through 3 tea towels" (a cut is an accident or self-harm; the bleeding is an emergency either way).
    String.raw`\b(?:(?:it's|its|it is|blood(?:'s| is)?|still|keeps?) (?:\w+ )?(?:spurting|pumping(?: out)?|pouring(?: out)?|gushing)(?:(?<=\b(?:blood|bleed\w*|cut|sliced|slashed|gash\w*|wound|glass|knife|blade|hand|arm|wrist|leg|thigh|head|palm|finger)\b[^\n]{0,100})|(?=[^\n]{0,60}\b(?:blood|bleed\w*|towels?|bandages?|dizzy|faint|won't stop|wont stop|out of (?:my|his|her))\b))|(?:soak(?:ed|ing)|pour(?:ed|ing)|bled|bleeding|coming) (?:right )?through (?:the |a |my |\d+ )?(?:tea ?towels?|towels?|bandages?|dressings?|plasters?|t-?shirt|jumper|hoodie)|(?:gone|been) through (?:\d+|two|three|four|five|several|loads of) (?:tea ?towels|towels|bandages|dressings))\b`,
    'describes a medical emergency',
  ),
  s(
    'goodbye',
    7,
    // "sorry to whoever reads this": written to be read after.
    String.raw`\b(?:sorry|i'm sorry|im sorry|goodbye|bye|love you) to (?:whoever|anyone who|anybody who|the person who) (?:reads|finds|sees) this\b`,
    'says goodbye as if for the last time',
  ),
  s(
    'goodbye',
    6,
    String.raw`\b(?:(?:sent|send|sending|texted|messaged|wrote|left) (?:\w+ ){0,4}(?:a |my )?(?:goodbye|farewell) (?:msg|message|text|note|letter|voice ?note|email|vid|video)s?|(?:front |back )?door(?:'s| is)? (?:left )?unlocked (?:for|so) (?:whoever|the police|someone|they|the ambulance|the paramedics))\b`,
    'says goodbye as if for the last time',
  ),
  s(
    'preparation',
    3,
    // A note left to be found: "wrote a note in my notes app and pinned it so my mum finds it".
    String.raw`\b(?:wrote|written|writing|left|pinned|pinning) (?:a |the |my )?(?:note|letter|message)\b[^.!?\n]{0,60}\b(?:so (?:my |that )?(?:mum|mom|dad|they|she|he|someone|whoever|\w+) (?:finds?|will find|can find|sees?)|for (?:my )?(?:mum|mom|dad|family|whoever|them|someone) to find)\b`,
    'describes preparations',
  ),
  s(
    'place',
    3,
    String.raw`\b(?:top (?:level|deck|floor) (?:of (?:the |a )?(?:car park|multi ?storey|parking garage) )?(?:rn|right now|now)|(?:i'm|im|i am) (?:on|at|up on) (?:the )?(?:cliffs|bridges|rooftops|top (?:level|deck)))\b`,
    'is at a dangerous place',
  ),
  s(
    'medical',
    6,
    String.raw`\b(?:(?:can't|cannot|can not|couldn't|can't seem to|cant) (?:seem to )?wake (?:him|her|them|my \w+) (?:up )?(?:properly|fully|at all)|(?:his|her|their|the baby's|my \w+'s) lips (?:\w+ ){0,3}(?:blue|bluish|purple|grey|gray)(?: colou?r)?(?![^.!?\n]{0,30}\b(?:lipstick|ice|lolly|slush|cold water|swim|sweets?|paint|dye)\b)|one side of (?:her|his|my) (?:face|mouth) (?:has |is |had )?(?:dropped|drooped|drooping|gone droopy|fallen)|(?:her|his|my) (?:words|speech) (?:have |has |are |is )?(?:gone |going )?(?:muddled|jumbled|slurred)|(?:put|stuck|applied) (?:on )?(?:all|every one|every|the rest) (?:of )?(?:the |my )?(?:\w+ )?patches|(?:taken|took|had|swallowed) (?:the |a |her |his |my )?(?:whole|entire|full) (?:week|week's|weeks|month|month's) (?:out )?(?:of|worth of)? ?(?:\w+ ){0,2}(?:${DRUG}|dosette|doses|pill box)|(?:fallen|fell|slipped|had a fall)\b[^.!?\n]{0,60}\b(?:can't|cannot|can not|couldn't) (?:get|stand) (?:myself |him |her )?(?:up|back up)(?! (?:the|to|and(?! out)|for|early|in)\b)|heart (?:is )?doing (?:this|a|some) (?:\w+ ){0,2}(?:skipping|fluttery|fluttering|flutter))`,
    'describes a medical emergency',
  ),
];
