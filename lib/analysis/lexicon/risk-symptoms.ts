import type { PatternRule } from '../match';
import { s, ONGOING, SETTLED } from './risk-blocks';
import type { RiskSignal } from './risk';

/**
 * Medical emergencies told by their symptoms, as people text them without naming the emergency:
 * the warning signs first-aid courses teach (a face that droops with speech gone wrong, chest
 * pain spreading to the arm or jaw with sweating, sickness or double vision after a blow to the
 * head, a seizure that does not stop, heavy bleeding in pregnancy, someone slumped or breathing
 * strangely after taking something). Written on 2026-12-03 from two writers' sets of health talk
 * (`chat-as`, `chat-at`; rules-development sets, not trained on), with their ordinary look-alikes:
 * the same symptoms checked, explained or past (SETTLED).
 */
export const RISK_SYMPTOMS: readonly PatternRule<RiskSignal>[] = [
  // A stroke: the face or speech and one side of the body together.
  s(
    'medical',
    10,
    String.raw`\b(?:(?:face|mouth|smile) (?:has |had |is |'s )?(?:dropped|drooping|droops|gone (?:lopsided|droopy|funny|weird))|(?:talking|speaking|speech(?: is)?) (?:gibberish|nonsense|all slurred|slurred|garbled|funny)|slurring (?:his|her|their|my) words)\b(?=[^\n]{0,120}\b(?:(?:left|right|one) (?:arm|hand|leg|side)|arm|hand|cup|can't (?:lift|move|grip)|won't (?:hold|lift|move|grip)|numb)\b)${SETTLED}|\b(?:(?:left|right|one) (?:arm|hand|leg|side)|hand) (?:won't|wont|can't|cant|isn't|is not|doesn't|doesnt) (?:hold|move|work|lift|grip)\b(?=[^\n]{0,120}\b(?:face|mouth|smile|gibberish|nonsense|slurr\w*|talking funny|speech)\b)${SETTLED}`,
    'describes signs of a stroke',
  ),
  // A heart attack: chest pain or tightness with the arm, jaw or shoulder, sweating or breathlessness.
  s(
    'medical',
    11,
    String.raw`\bchest\b(?:(?! (?:infection|of drawers|freezer|day|press|workout)\b)[^\n]){0,60}\b(?:tight|pain|hurts?|pressure|crushing|heavy|squeez\w*)\b[^\n]{0,100}\b(?:(?:left |my )?(?:arm|jaw|shoulder|neck) (?:\w+ )?(?:aches?|aching|hurts?|pain|numb|tingl\w*|heavy)|(?:sweat\w*|clammy|breathless|short of breath|cold sweat))\b${SETTLED}|\b(?:jaw|shoulder|left arm) (?:and (?:my )?\w+ )?(?:aches?|ache|aching|hurts?|hurt)\b[^\n]{0,80}\b(?:sweat\w*|clammy|breathless|short of breath|chest)\b${SETTLED}`,
    'describes signs of a heart attack',
  ),
  // A head injury with the signs that send people to hospital.
  s(
    'medical',
    12,
    String.raw`\b(?:hit|banged|bashed|smacked|knocked) (?:my|his|her|their|the baby's) head\b[^\n]{0,100}\b(?:(?:been|being|keeps? being|was) sick|vomit\w*|throw\w* up|threw up|double|blurr\w*|can't see (?:right|properly|straight)|confused|drowsy|sleepy|won't wake|can't stay awake|keeps? falling asleep|passed out|knocked out)\b${SETTLED}`,
    'describes a head injury with warning signs',
  ),
  // A seizure that goes on, or one unlike the person's usual ones.
  s(
    'medical',
    13,
    String.raw`\b(?:fitting|seizing|having a (?:fit|seizure))\b[^.!?\n]{0,40}\b(?:for (?:like |about |over |nearly )?(?:\d+|five|six|seven|ten|fifteen) (?:mins?|minutes)|(?:isn't|isnt|won't|wont|not|hasn't|hasnt) (?:stopping|stopped)|another one (?:straight )?after)\b`,
    'describes a seizure that is not stopping',
  ),
  // Heavy bleeding in pregnancy.
  s(
    'medical',
    14,
    String.raw`\b(?:pregnant|\d+ weeks?(?: pregnant| gone)?)\b[^\n]{0,60}\b(?:bleeding (?:quite |really |very |so )?(?:heavily|a lot|loads|badly)|heavy bleeding|bright red (?:blood|bleeding)|soaked (?:a |the |through (?:a |the |my )?)?(?:pad|pads|towel|sheets))\b${SETTLED}`,
    'describes heavy bleeding in pregnancy',
  ),
  // Someone slumped, breathing strangely, grey or blue-lipped after taking something, or the writer
  // shaking, throwing up or lost after it: an overdose or a poisoning told by what it does.
  s(
    'medical',
    15,
    String.raw`\b(?:took|taken|had|necked|dropped|swallowed|mixed|given) (?:something|some(?:thing)? \w+|a pill|pills|stuff)\b[^\n]{0,120}\b(?:slumped|breathing (?:is |sounds |seems )?(?:\w+ ){0,3}(?:slow|weird|funny|shallow|gurgl\w*|snor\w*|rattl\w*)|can't stop shaking|cant stop shaking|(?:keep|keeps) throwing up|don't know (?:where|what day)|dont know (?:where|what day)|going grey|gone grey|lips (?:are |have gone |going )?(?:blue|grey|gray))\b|\b(?:slumped|breathing (?:is |sounds |seems )?(?:\w+ ){0,3}(?:slow|weird|shallow|gurgl\w*|rattl\w*)|can't stop shaking|cant stop shaking|(?:keep|keeps) throwing up)\b[^\n]{0,120}\b(?:took|taken|had|necked|dropped|swallowed|mixed|given) (?:something|some(?:thing)? \w+|a pill|pills|stuff)\b`,
    'describes someone unwell after taking something',
  ),
  // A diabetic's low blood sugar told by how it feels now: faint, confused, shaking, sweating.
  s(
    'medical',
    16,
    String.raw`\b(?:diabetic|diabetes|type [12]|insulin|blood sugar|(?:sugars?|bg) (?:is |was |'s |are )?(?:low|crashing|dropping|[1-3]\.\d)|hypo)\b[^\n]{0,80}\b(?:feel(?:ing)?|i'm|im|i am|getting|going|gone) (?:\w+ )?(?:faint|confused|shaky|shaking|sweaty|clammy|dizzy|woozy|can't think|cant think|can't see straight)\b${ONGOING}${SETTLED}`,
    'describes signs of a low blood sugar',
  ),
];
