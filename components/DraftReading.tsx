import type { DraftAssessment, EmpathyKey, Level, MechanismKey } from '../models';
import { empathyKeys, mechanismKeys } from '../models';
import { Quote } from './Highlighted';
import {
  empathyNames,
  empathyPlainNames,
  flagNames,
  levelNames,
  mainBehaviourName,
  mechanismNames,
  mechanismPlainNames,
  safetyFlagNames,
} from './labels';
import { phraseAround } from './Highlighted';

/** A 0/1/2 rating as two pips and its meaning; the number is there for screen readers and tests. */
export function LevelMeter({ level }: { level: Level }) {
  return (
    <span class="meter">
      <span class={`pips pips-${level}`} aria-hidden="true">
        <span />
        <span />
      </span>{' '}
      <span class="meter-number visually-hidden">{level}</span>{' '}
      <span class="meter-word">{levelNames[level]}</span>
    </span>
  );
}

type RatingKey = MechanismKey | EmpathyKey;
const plainNames: Record<RatingKey, string> = { ...mechanismPlainNames, ...empathyPlainNames };
const frameworkNames: Record<RatingKey, string> = { ...mechanismNames, ...empathyNames };

function Ratings({ keys, draft }: { keys: readonly RatingKey[]; draft: DraftAssessment }) {
  const levels: Record<RatingKey, Level> = { ...draft.mechanisms, ...draft.empathy };
  return (
    <ul class="plain ratings">
      {keys.map((key) => (
        <li key={key} class="rating">
          <span class="rating-name" title={frameworkNames[key]}>
            {plainNames[key]}
          </span>{' '}
          <LevelMeter level={levels[key]} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The draft's words the ratings rest on, each phrase once with the ratings it bears on (one
 * phrase often earns several: "Have you updated your CV?" is both a closed lead and no invitation).
 */
function RatingEvidence({ draft, text }: { draft: DraftAssessment; text: string }) {
  const phrases = new Map<string, RatingKey[]>();
  for (const key of [...mechanismKeys, ...empathyKeys]) {
    for (const e of draft.evidence[key] ?? []) {
      const phrase = phraseAround(text, e.start, e.end);
      if (!phrase) continue;
      const keys = phrases.get(phrase) ?? [];
      if (!keys.includes(key)) phrases.set(phrase, [...keys, key]);
    }
  }
  if (phrases.size === 0) return null;
  return (
    <>
      <h3>In your draft</h3>
      <ul class="plain rating-evidence">
        {[...phrases].map(([phrase, keys]) => (
          <li key={phrase} class="quote">
            <span class="quoted">{`“${phrase}”`}</span>{' '}
            <span class="quote-who">{keys.map((k) => plainNames[k].toLowerCase()).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Safety findings in the draft: these outrank every other hint. */
export function SafetyFindings({
  safety,
  text,
  hinted = [],
}: {
  safety: DraftAssessment['safety'];
  text: string;
  /** Flags a hint already explains: each finding is shown once, in the hint when there is one. */
  hinted?: readonly string[];
}) {
  const shown = safety.filter((f) => !hinted.includes(f.flag));
  if (shown.length === 0) return null;
  return (
    <section class="card safety" aria-labelledby="safety-heading">
      <h2 id="safety-heading">Before you send</h2>
      <ul class="plain">
        {shown.map((finding, i) => (
          <li key={i}>
            <strong>{safetyFlagNames[finding.flag]}</strong>
            <Quote
              who="Your draft:"
              text={text.slice(finding.start, finding.end)}
              source={text}
              span={finding}
            />
            <p class="why">{finding.why}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the analyzer read in the counselor's draft: behaviour code, mechanisms, empathy. */
export function DraftReading({ draft, text }: { draft: DraftAssessment; text: string }) {
  const flags = (Object.keys(flagNames) as (keyof typeof flagNames)[]).filter((f) => draft.flags[f]);
  return (
    <section class="detail-part" aria-labelledby="draft-heading">
      <h2 id="draft-heading">Your draft</h2>
      <p>
        <span class="badge">{mainBehaviourName(draft.main, draft)}</span>{' '}
        {flags.map((f) => (
          <span key={f} class={`chip ${flagNames[f].adherent ? 'chip-good' : 'chip-warn'}`}>
            {flagNames[f].name}
          </span>
        ))}
      </p>
      <h3>How the reply meets the client</h3>
      <Ratings keys={mechanismKeys} draft={draft} />
      <h3>Empathy</h3>
      <Ratings keys={empathyKeys} draft={draft} />
      <RatingEvidence draft={draft} text={text} />
    </section>
  );
}
