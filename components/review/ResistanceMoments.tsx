import { useMemo, useState } from 'preact/hooks';
import { groupByReply, type ResistanceMoment } from '../../lib/log/review';
import {
  behaviourNames,
  mainBehaviourName,
  mechanismLevelsFrameworkLine,
  mechanismLevelsLine,
} from '../labels';
import { plural } from './format';
import { hintActionNames, turnAnchor } from './Timeline';

/**
 * How many replies to resistance are listed before "Show all": the timeline below marks every
 * one of them too, and a long session may have hundreds (each would be drawn twice).
 */
export const MOMENTS_SHOWN = 25;

/** Each moment the client resisted, in their words, and how the reply that followed met it. */
export function ResistanceMoments({ moments }: { moments: readonly ResistanceMoment[] }) {
  const groups = useMemo(() => groupByReply(moments), [moments]);
  const [all, setAll] = useState(false);
  const shown = all ? groups : groups.slice(0, MOMENTS_SHOWN);
  return (
    <section class="card moments" aria-labelledby="moments-heading">
      <h3 id="moments-heading">Resistance moments and how each was met</h3>
      <p class="muted">
        Each moment in the client's words, then the reply that followed: what kind of reply it was, how it met
        the client (not yet, a little, clearly) and the hints shown for it.
      </p>
      {moments.length === 0 ? (
        <p class="muted">No resistance was noticed in the logged client turns.</p>
      ) : (
        <ol class="plain moment-list">
          {shown.map(({ moments: group, reply }) => {
            const a = reply?.assessment;
            return (
              <li key={group[0]!.client.seq} class="moment">
                {group.map(({ client, behaviours }) => (
                  <p key={client.seq}>
                    <a href={`#${turnAnchor(client.seq)}`}>Turn {client.seq + 1}</a>:{' '}
                    <strong>{behaviours.map((b) => behaviourNames[b]).join(', ')}</strong>
                    {` ${(client.assessment?.resistance.cues ?? [])
                      .map((c) => `“${client.text.slice(c.start, c.end)}”`)
                      .join(' ')}`}
                  </p>
                ))}
                {!reply ? (
                  <p class="muted">The session ends before a reply.</p>
                ) : (
                  <div class="moment-reply">
                    <p>
                      Met at <a href={`#${turnAnchor(reply.seq)}`}>turn {reply.seq + 1}</a>
                      {a ? (
                        <>
                          {' '}
                          with <span class="badge">{mainBehaviourName(a.main, a)}</span>
                        </>
                      ) : (
                        ' by a reply that was not assessed (sent without a matching draft).'
                      )}
                    </p>
                    {a && (
                      <>
                        <p class="turn-levels" title={mechanismLevelsFrameworkLine(a.mechanisms)}>
                          {mechanismLevelsLine(a.mechanisms)}
                        </p>
                        <p>
                          {reply.hints.length === 0
                            ? 'No hint was shown.'
                            : `Hints shown: ${reply.hints.map((h) => `${h.message} (${hintActionNames[h.action]})`).join('; ')}.`}
                        </p>
                      </>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {groups.length > shown.length && (
        <p class="no-print">
          <button type="button" onClick={() => setAll(true)}>
            Show all {plural(groups.length, 'reply', 'replies')} to resistance
          </button>{' '}
          <span class="muted">(every one is also marked in the timeline)</span>
        </p>
      )}
    </section>
  );
}
