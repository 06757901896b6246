import type { RiskMoment, SafetyAnswer } from '../../lib/log/review';
import { riskKindNames, riskLevelNames } from '../labels';
import { turnAnchor } from './Timeline';

const ANSWER_TEXT: Record<SafetyAnswer, string> = {
  asked: 'asked about safety',
  not_asked: 'did not ask about safety',
  no_reply: 'the session ends before a reply',
};

/**
 * Risk first: each client turn where risk was read, in the client's words, and whether the reply
 * that followed asked about safety. What a supervisor goes over before anything else.
 */
export function RiskMoments({ moments }: { moments: readonly RiskMoment[] }) {
  if (moments.length === 0) return null;
  const notAsked = moments.filter((m) => m.answer === 'not_asked').length;
  return (
    <section class="card risk-moments" aria-labelledby="risk-moments-heading">
      <h3 id="risk-moments-heading">Risk moments and whether safety was asked about</h3>
      <p>
        {moments.length === 1 ? 'One client turn holds' : `${moments.length} client turns hold`} possible or
        high risk.{' '}
        {notAsked === 0
          ? 'Every reply that followed asked about safety.'
          : `${notAsked === 1 ? 'One reply' : `${notAsked} replies`} did not ask about safety: go over ${notAsked === 1 ? 'it' : 'them'} first.`}
      </p>
      <ol class="plain moment-list">
        {moments.map((m) => (
          <li key={m.client.seq} class={`moment risk-${m.level}`}>
            <p>
              <a href={`#${turnAnchor(m.client.seq)}`}>Turn {m.client.seq + 1}</a>:{' '}
              <strong>
                {riskLevelNames[m.level]} ({m.kinds.map((k) => riskKindNames[k]).join(', ')})
              </strong>{' '}
              {(m.client.assessment?.risk.evidence ?? [])
                .map((e) => `“${m.client.text.slice(e.start, e.end)}”`)
                .join(' ')}
            </p>
            <p class={m.answer === 'not_asked' ? 'moment-reply warn' : 'moment-reply'}>
              {m.reply ? (
                <>
                  The reply at <a href={`#${turnAnchor(m.reply.seq)}`}>turn {m.reply.seq + 1}</a>{' '}
                  {ANSWER_TEXT[m.answer]}: “{m.reply.text.slice(0, 200)}
                  {m.reply.text.length > 200 ? '…' : ''}”
                </>
              ) : (
                <span class="muted">{ANSWER_TEXT.no_reply}.</span>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
