import { Fragment } from 'preact';
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { shownTimeOf } from '../../lib/log/times';
import type {
  ClientTurn,
  CounselorTurn,
  HintActionKind,
  LogGap,
  LogGapReason,
  LoggedTurn,
} from '../../models/session-log';
import { Highlighted } from '../Highlighted';
import {
  behaviourNames,
  categoryNames,
  flagNames,
  mainBehaviourName,
  mechanismLevelsFrameworkLine,
  mechanismLevelsLine,
  riskKindNames,
  riskLevelNames,
  safetyFlagNames,
  severityNames,
  talkNames,
} from '../labels';
import { useFirstThenAll } from './first-then-all';
import { formatTime, plural } from './format';

export const hintActionNames: Record<HintActionKind, string> = {
  accepted: 'inserted as suggested',
  edited: 'inserted, then changed',
  dismissed: 'dismissed',
  disagreed: 'disagreed',
  ignored: 'not used',
};

/** Why turns are missing, as the timeline says it (after "could not store them:"). */
export const gapReasonNames: Record<LogGapReason, string> = {
  'storage-full': 'the browser refused to store more (the disk or the log was full)',
  'write-failed': 'the session log kept refusing the write',
  'panel-closed': 'the side panel was closed before they could be stored',
};

/** Turns a session is missing, in all its gaps. */
export const missingTurns = (gaps: readonly LogGap[] | undefined) =>
  (gaps ?? []).reduce((n, g) => n + g.turns, 0);

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
        <strong>Client</strong> · turn {turn.seq + 1} · {formatTime(shownTimeOf(turn))}
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
        <strong>Counselor</strong> · turn {turn.seq + 1} · {formatTime(shownTimeOf(turn))}
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
          <p class="turn-levels" title={mechanismLevelsFrameworkLine(a.mechanisms)}>
            {mechanismLevelsLine(a.mechanisms)}
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
        <p class="muted" title={mechanismLevelsFrameworkLine(turn.judge.mechanisms)}>
          Model's reading ({turn.judge.modelId}): {mechanismLevelsLine(turn.judge.mechanisms)}
        </p>
      )}
    </li>
  );
});

const GapItem = memo(function GapItem({ gap }: { gap: LogGap }) {
  const [first, last] = [formatTime(gap.from), formatTime(gap.to)];
  const when = first === last ? first : `${first}–${last}`;
  return (
    <li class="turn turn-gap">
      <p class="turn-meta">
        <strong>{plural(gap.turns, 'turn')} not stored</strong> · read {when}
      </p>
      <p>
        Attune read {gap.turns === 1 ? 'this turn' : 'these turns'} but could not store{' '}
        {gap.turns === 1 ? 'it' : 'them'}: {gapReasonNames[gap.reason]}. The timeline is incomplete here.
      </p>
    </li>
  );
});

type Entry = { readonly turn: LoggedTurn } | { readonly gap: LogGap };

/** The turns in order, each gap placed before the turn stored after it. */
function entriesOf(turns: readonly LoggedTurn[], gaps: readonly LogGap[]): Entry[] {
  const pending = [...gaps].sort((a, b) => a.beforeSeq - b.beforeSeq);
  const entries: Entry[] = [];
  for (const turn of turns) {
    while (pending.length > 0 && pending[0]!.beforeSeq <= turn.seq) entries.push({ gap: pending.shift()! });
    entries.push({ turn });
  }
  for (const gap of pending) entries.push({ gap });
  return entries;
}

/**
 * Every logged turn in order, and where turns could not be stored, a note saying how many and why; resistance moments marked in the client's words, and each reply with
 * its code, four mechanisms and hints. Kept light (a line of text where a widget would do); a long
 * session shows its first turns at once and the rest a moment later (useFirstThenAll). Memoized:
 * typing a note must not re-render 500 turns.
 */
export const Timeline = memo(function Timeline({
  turns,
  gaps = NO_GAPS,
  answers,
  onComplete,
}: {
  turns: readonly LoggedTurn[];
  /** Where turns are missing (the session's gaps). */
  gaps?: readonly LogGap[];
  /** counselor seq → the resistance moments' seqs it replies to. */
  answers: ReadonlyMap<number, readonly number[]>;
  /** Called once every turn is in the DOM. */
  onComplete?: () => void;
}) {
  const entries = useMemo(() => entriesOf(turns, gaps), [turns, gaps]);
  const shown = useFirstThenAll(entries, turns, FIRST_TURNS, onComplete);
  if (entries.length === 0) return <p class="muted">No turns were logged in this session.</p>;
  return (
    <ol class="plain timeline" data-complete={shown === entries.length ? 'true' : 'false'}>
      {entries.slice(0, shown).map((entry) => {
        if ('gap' in entry)
          return <GapItem key={`gap-${entry.gap.beforeSeq}-${entry.gap.from}`} gap={entry.gap} />;
        const { turn } = entry;
        return turn.role === 'client' ? (
          <ClientItem key={turn.seq} turn={turn} />
        ) : (
          <CounselorItem key={turn.seq} turn={turn} answers={answers.get(turn.seq)} />
        );
      })}
    </ol>
  );
});

const NO_GAPS: readonly LogGap[] = [];
