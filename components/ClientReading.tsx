import type { ClientAssessment, Message, ResistanceBehaviour, ResistanceCue } from '../models';
import { Highlighted, phraseAround } from './Highlighted';
import { behaviourNames, categoryNames, talkExplanations, talkNames } from './labels';

/** What the analyzer read in the client's messages: talk type and resistance cues in place. */
export function ClientReading({
  client,
  context,
}: {
  client: ClientAssessment;
  context: readonly Message[];
}) {
  const { talk, resistance } = client;
  const cuedMessages = [...new Set(resistance.cues.map((c) => c.message))].sort((a, b) => a - b);
  return (
    <section class="detail-part" aria-labelledby="client-heading">
      <h2 id="client-heading">The client's message</h2>
      <p>
        <span class={`badge talk-${talk}`}>{talkNames[talk]}</span> {talkExplanations[talk]}
      </p>
      {resistance.present ? (
        <>
          <h3>
            Resistance <span class="muted">({Math.round(resistance.confidence * 100)}% confident)</span>
          </h3>
          {cuedMessages.map((index) => {
            const message = context[index];
            if (!message) return null;
            const cues = resistance.cues.filter((c) => c.message === index);
            return (
              <p key={index} class="message-text">
                <Highlighted
                  text={message.text}
                  highlights={cues.map((c) => ({
                    start: c.start,
                    end: c.end,
                    label: behaviourNames[c.behaviour],
                  }))}
                />
              </p>
            );
          })}
          <ul class="plain cues">
            {groupByBehaviour(resistance.cues).map(([behaviour, cues]) => (
              <li key={behaviour}>
                <strong>{behaviourNames[behaviour]}</strong>{' '}
                <span class="muted">({categoryNames[cues[0]!.category]})</span>: {cues[0]!.why}
                {cues.map((c, i) => (
                  <span key={i} class="quoted">
                    {' '}
                    “{phraseAround(context[c.message]?.text ?? '', c.start, c.end)}”
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">No resistance noticed.</p>
      )}
    </section>
  );
}

/** One line per behaviour, strongest first, with every phrase that showed it. */
function groupByBehaviour(cues: readonly ResistanceCue[]): [ResistanceBehaviour, ResistanceCue[]][] {
  const groups = new Map<ResistanceBehaviour, ResistanceCue[]>();
  for (const cue of cues) groups.set(cue.behaviour, [...(groups.get(cue.behaviour) ?? []), cue]);
  return [...groups];
}
