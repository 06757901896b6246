import type { DraftAssessment, EmpathyKey, Level, MechanismKey } from '../models';
import { empathyKeys, mechanismKeys } from '../models';
import { Quote } from './Highlighted';
import {
  empathyNames,
  flagNames,
  levelNames,
  mainBehaviourName,
  mechanismNames,
  safetyFlagNames,
} from './labels';

/** A 0/1/2 rating as two pips, the number and its meaning. */
export function LevelMeter({ level }: { level: Level }) {
  return (
    <span class="meter">
      <span class={`pips pips-${level}`} aria-hidden="true">
        <span />
        <span />
      </span>{' '}
      <span class="meter-number">{level}</span> <span class="meter-word">{levelNames[level]}</span>
    </span>
  );
}

function Ratings<K extends MechanismKey | EmpathyKey>({
  keys,
  names,
  draft,
  text,
}: {
  keys: readonly K[];
  names: Record<K, string>;
  draft: DraftAssessment;
  text: string;
}) {
  const levels: Record<K, Level> = { ...draft.mechanisms, ...draft.empathy };
  return (
    <ul class="plain ratings">
      {keys.map((key) => (
        <li key={key} class="rating">
          <span class="rating-name">{names[key]}</span> <LevelMeter level={levels[key]} />
          {(draft.evidence[key] ?? []).map((e, i) => (
            <Quote key={i} who="Draft:" text={text.slice(e.start, e.end)} />
          ))}
        </li>
      ))}
    </ul>
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
            <Quote who="Your draft:" text={text.slice(finding.start, finding.end)} />
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
    <section class="card" aria-labelledby="draft-heading">
      <h2 id="draft-heading">Your draft</h2>
      <p>
        <span class="badge">{mainBehaviourName(draft.main, draft)}</span>{' '}
        {flags.map((f) => (
          <span key={f} class={`chip ${flagNames[f].adherent ? 'chip-good' : 'chip-warn'}`}>
            {flagNames[f].name}
          </span>
        ))}
      </p>
      <h3>Communication mechanisms</h3>
      <Ratings keys={mechanismKeys} names={mechanismNames} draft={draft} text={text} />
      <h3>Empathy</h3>
      <Ratings keys={empathyKeys} names={empathyNames} draft={draft} text={text} />
    </section>
  );
}
