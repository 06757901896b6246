import { Fragment } from 'preact';
import { memo } from 'preact/compat';
import type { ClientTurn, CounselorTurn, HintActionKind, LoggedTurn } from '../../models/session-log';
import { mechanismKeys } from '../../models/framework';
import { Highlighted } from '../Highlighted';
import {
  behaviourNames,
  categoryNames,
  flagNames,
  mainBehaviourName,
  mechanismNames,
  riskKindNames,
  riskLevelNames,
  safetyFlagNames,
  severityNames,
  talkNames,
} from '../labels';
import { useFirstThenAll } from './first-then-all';
import { formatTime } from './format';

export const hintActionNames: Record<HintActionKind, string> = {
  accepted: 'inserted as suggested',
  edited: 'inserted, then changed',
  dismissed: 'dismissed',
  disagreed: 'disagreed',
  ignored: 'not used',
};

/** Turns in the first render of a session: more than a screenful. */
export const FIRST_TURNS = 60;

/** Anchor of a turn in the timeline ("#turn-3"), for links from the resistance moments. */
export const turnAnchor = (seq: number) => `turn-${seq}`;

const ClientItem = memo(function ClientItem({ turn }: { turn: ClientTurn }) {
  const a = turn.assessment;
  // A resistance moment is a phrase and a behaviour (older logs may hold readings without cues).
  const resistance = a?.resistance.present === true && (a.resistance.cues.length ?? 0) > 0;
  const highlights = [
    ...(a?.resistance.cues ?? []).map((c) => ({
      start: c.start,
      end: c.end,
      label: behaviourNames[c.behaviour],
    })),
    ...(a?.risk.evidence ?? []).map((e) => ({ start: e.start, end: e.end, label: riskKindNames[e.kind] })),
  ];
  const behaviours = [...new Map((a?.resistance.cues ?? []).map((c) => [c.behaviour, c.category])).entries()];
  return (
    <li id={turnAnchor(turn.seq)} class={`turn turn-client${resistance ? ' turn-resistance' : ''}`}>
      <p class="turn-meta">
        <strong>Client</strong> · turn {turn.seq + 1} · {formatTime(turn.at)}
        {a && <span class={`badge talk-${a.talk}`}>{talkNames[a.talk]}</span>}
      </p>
      <p class="message-text">
        <Highlighted text={turn.text} highlights={highlights} />
      </p>
      {resistance && (
        <p class="turn-cues">
          <strong>Resistance moment</strong>
          {`: ${behaviours.map(([b, c]) => `${behaviourNames[b]} (${categoryNames[c]})`).join(', ')}`}
        </p>
      )}
      {a && a.risk.level !== 'none' && (
        <p class="turn-risk">
          <strong>{riskLevelNames[a.risk.level]}</strong>
          {a.risk.evidence.length > 0 &&
            `: ${[...new Set(a.risk.evidence.map((e) => riskKindNames[e.kind]))].join(', ')}`}
        </p>
      )}
    </li>
  );
});

const CounselorItem = memo(function CounselorItem({
  turn,
  answers,
}: {
  turn: CounselorTurn;
  answers: readonly number[] | undefined;
}) {
  const a = turn.assessment;
  const flags = a ? (Object.keys(flagNames) as (keyof typeof flagNames)[]).filter((f) => a.flags[f]) : [];
  return (
    <li id={turnAnchor(turn.seq)} class={`turn turn-counselor${answers !== undefined ? ' turn-answer' : ''}`}>
      <p class="turn-meta">
        <strong>Counselor</strong> · turn {turn.seq + 1} · {formatTime(turn.at)}
        {!turn.sentDraft && <span class="muted"> · not matched to a draft, not assessed</span>}
      </p>
      {answers !== undefined && (
        <p class="turn-answers">
          Reply to the resistance at turn{answers.length > 1 ? 's' : ''}{' '}
          {answers.map((seq, i) => (
            <Fragment key={seq}>
              {i > 0 && (i === answers.length - 1 ? ' and ' : ', ')}
              <a href={`#${turnAnchor(seq)}`}>{seq + 1}</a>
            </Fragment>
          ))}
        </p>
      )}
      <p class="message-text">{turn.text}</p>
      {a && (
        <div class="turn-reading">
          <p>
            <span class="badge">{mainBehaviourName(a.main, a)}</span>
            {flags.map((f) => (
              <span key={f} class={`chip ${flagNames[f].adherent ? 'chip-good' : 'chip-warn'}`}>
                {flagNames[f].name}
              </span>
            ))}
            {a.safety.map((s, i) => (
              <span key={i} class="chip chip-warn">
                {safetyFlagNames[s.flag]}
              </span>
            ))}
          </p>
          {/* One line of text per reply: a 500-turn timeline holds 250 of these, and the chart
              above draws the same levels. */}
          <p class="turn-levels">
            {mechanismKeys.map((key) => `${mechanismNames[key]} ${a.mechanisms[key]}`).join(' · ')}
          </p>
        </div>
      )}
      {turn.hints.length > 0 && (
        <ul class="plain turn-hints" aria-label="Hints shown">
          {turn.hints.map((h) => (
            <li key={h.rule} class={`hint-${h.severity}`}>
              {`${severityNames[h.severity]}: ${h.message} `}
              <span class="hint-action">→ {hintActionNames[h.action]}</span>
            </li>
          ))}
        </ul>
      )}
      {turn.judge && (
        <p class="muted">
          Model's reading ({turn.judge.modelId}):{' '}
          {mechanismKeys.map((k) => `${mechanismNames[k]} ${turn.judge!.mechanisms[k]}`).join(' · ')}
        </p>
      )}
    </li>
  );
});

/**
 * Every logged turn in order, resistance moments marked in the client's words, and each reply with
 * its code, four mechanisms and hints. Kept light (a line of text where a widget would do); a long
 * session shows its first turns at once and the rest a moment later (useFirstThenAll). Memoized:
 * typing a note must not re-render 500 turns.
 */
export const Timeline = memo(function Timeline({
  turns,
  answers,
  onComplete,
}: {
  turns: readonly LoggedTurn[];
  /** counselor seq → the resistance moments' seqs it replies to. */
  answers: ReadonlyMap<number, readonly number[]>;
  /** Called once every turn is in the DOM. */
  onComplete?: () => void;
}) {
  const shown = useFirstThenAll(turns, turns, FIRST_TURNS, onComplete);
  if (turns.length === 0) return <p class="muted">No turns were logged in this session.</p>;
  return (
    <ol class="plain timeline" data-complete={shown === turns.length ? 'true' : 'false'}>
      {turns
        .slice(0, shown)
        .map((turn) =>
          turn.role === 'client' ? (
            <ClientItem key={turn.seq} turn={turn} />
          ) : (
            <CounselorItem key={turn.seq} turn={turn} answers={answers.get(turn.seq)} />
          ),
        )}
    </ol>
  );
});
