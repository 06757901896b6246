/**
 * Coarse word classes for the risk model: "want … die", "pills … tonight", "cut … arm" are the
 * shapes of a disclosure whatever the exact words, so the model also sees the sequence of classes
 * ("WANT _ DIE", "MEANS TIME"). That lets it carry what it learned from one wording to another
 * ("keen to stop existing" shares a shape with "want to not be alive"). Our own lists, from the
 * framework's definitions and crisis-line guidance on indirect language.
 */
export type Concept =
  | 'SELF'
  | 'OTHER'
  | 'FAMILY'
  | 'WANT'
  | 'NEG'
  | 'DIE'
  | 'KILL'
  | 'END'
  | 'EXIST'
  | 'MEANS'
  | 'PLACE'
  | 'TIME'
  | 'BODY'
  | 'INJURE'
  | 'BURDEN'
  | 'HOPELESS'
  | 'FAREWELL'
  | 'PAST'
  | 'HUMOR'
  | 'PLAY'
  | 'STORY'
  | 'SYMPTOM'
  | 'VIOLENCE'
  | 'QUANTITY'
  | 'SETTLE';

const LISTS: Record<Concept, string> = {
  SELF: "i me my myself mine i'm i've i'll i'd im ive",
  OTHER: "he she they him her them his their he's she's they're someone somebody",
  FAMILY:
    'mum mom dad father mother stepdad stepmum stepmom husband wife partner boyfriend girlfriend bf gf ex uncle aunt brother sister kids kid baby son daughter parents family grandma grandad nan cousin',
  WANT: 'want wanna wanted wish wishing hope hoping pray praying need going gonna plan planning planned ready decided decide intend intending tempted urge urges thinking thought thoughts considering keen rather prefer',
  NEG: "not no never don't can't won't nobody nothing none didn't doesn't wouldn't isn't aren't cannot neither nor",
  DIE: 'die dies died dying dead death suicide suicidal sewerslide unalive unaliving unalived kms ctb kys perish funeral grave coffin heaven afterlife rip 🪦 ⚰️ ⚰ 💀',
  KILL: 'kill killing killed murder stab stabbing shoot shooting shot strangle choke smother poison hang hanging drown drowning jump jumping overdose overdosing od',
  END: 'end ending ended over done finished gone disappear disappearing vanish vanishing quit stop stopping leave leaving escape forever permanently',
  EXIST:
    'exist existing existence alive live living life wake waking breathe breathing here around anymore world earth',
  MEANS:
    'pills pill tablets meds medication medicine painkillers paracetamol tylenol ibuprofen melatonin benadryl zopiclone diazepam xanax benzos tramadol codeine morphine oxy insulin lithium antidepressants rope noose belt cord scarf ligature beam crossbeam stool charcoal gun guns pistol rifle shotgun sidearm knife knives blade blades razor razors lighter bleach poison exhaust hose bottle 💊 🔪 🔫',
  PLACE:
    'bridge roof rooftop ledge edge cliff tracks train platform railway overpass balcony garage river sea lake pier floor 🌉',
  TIME: 'tonight tonite today now tomorrow tmrw soon weekend midnight asleep once monday tuesday wednesday thursday friday saturday sunday hours hour minutes mins min later morning night',
  BODY: 'arm arms wrist wrists thigh thighs leg legs skin stomach hips neck throat chest scars scar cuts blood bleeding bruises bruise',
  INJURE:
    'cut cutting burn burned burnt burning scratch scratched scratching carve carved hit hitting punch punched bleed bled sh relapse relapsed harm harming hurt hurting 🩸',
  BURDEN: 'burden better without easier relieved free freer favour favor weight problem cost',
  HOPELESS:
    'hopeless pointless point empty numb tired exhausted worthless useless trapped stuck nothing meaningless tiring unbearable',
  FAREWELL: 'goodbye bye farewell thank thanks sorry forgive love miss last final note letter',
  PAST: 'ago used years was were back younger kid teen',
  HUMOR: 'lol lmao lmfao haha hahaha jk joking kidding 😂 🤣 😭',
  PLAY: 'game games gaming boss level respawn fortnite minecraft valorant roblox lobby ranked raid fifa match team coach',
  STORY:
    'movie film show series episode book novel song lyrics news article documentary podcast essay character',
  SYMPTOM:
    'breathe breath breathing chest heart pulse dizzy faint fainted unconscious responding seizure shaking vomiting vomited numb blue swallowed slurred slurring droopy drooping confused wheezing inhaler clammy sweaty floppy jaw',
  VIOLENCE:
    'hits hit beats beat beating choked chokes slapped slaps kicked punched threatened threatens yells screams scared afraid terrified safe',
  QUANTITY: 'all whole bunch handful lot load entire half enough many',
  // Putting affairs in order (C-SSRS preparatory acts): debts paid, things given away, who gets what.
  SETTLE:
    'paid owed debts debt sorted sorting tidy arranged arrangements gave away rehome rehomed rehoming policy insurance clause guardianship guardian envelope instructions belongings inherit',
};

const CONCEPT_OF = new Map<string, Concept>();
for (const [concept, words] of Object.entries(LISTS) as [Concept, string][])
  for (const w of words.split(' ')) if (!CONCEPT_OF.has(w)) CONCEPT_OF.set(w, concept);

/** The class of a normalized token, or undefined. Numbers of four or more count as a quantity. */
export function conceptOf(token: string): Concept | undefined {
  const c = CONCEPT_OF.get(token);
  if (c) return c;
  if (/^\d+$/.test(token) && Number(token) >= 4 && Number(token) < 1000) return 'QUANTITY';
  return undefined;
}
