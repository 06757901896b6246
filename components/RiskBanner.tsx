import type { ClientAssessment, Message } from '../models';
import { Quote } from './Highlighted';
import { riskKindNames, riskLevelNames } from './labels';

/**
 * Risk in the client's messages, shown before anything else. It reminds the counselor to assess
 * safety and follow their service's protocol; it never says what the protocol is.
 */
export function RiskBanner({
  risk,
  context,
}: {
  risk: ClientAssessment['risk'];
  context: readonly Message[];
}) {
  if (risk.level === 'none') return null;
  return (
    <section class={`risk risk-${risk.level}`} role="alert" aria-labelledby="risk-heading">
      <h2 id="risk-heading">{riskLevelNames[risk.level]}</h2>
      <p class="risk-action">Assess the client's safety now and follow your service's protocol.</p>
      {risk.evidence.length > 0 && (
        <ul class="plain">
          {risk.evidence.map((e, i) => (
            <li key={i}>
              <strong>{riskKindNames[e.kind]}</strong>
              <Quote
                who="Client:"
                text={context[e.message]?.text.slice(e.start, e.end) ?? ''}
                source={context[e.message]?.text}
                span={e}
              />
              <p class="why">{e.why}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
