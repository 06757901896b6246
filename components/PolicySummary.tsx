import type { PolicyLine } from '../lib/policy/policy';

/**
 * What the clinic's IT fixed by policy, one line per key, so a counselor (and IT checking its
 * deployment) can see it in one place. Invalid values are listed as blocked, never hidden.
 */
export function PolicySummary({ lines }: { lines: readonly PolicyLine[] }) {
  if (lines.length === 0) return null;
  const invalid = lines.some((line) => line.invalid);
  return (
    <details class="card policy-summary" open={invalid}>
      <summary>Set by your organization</summary>
      <ul>
        {lines.map((line) => (
          <li key={line.key} class={line.invalid ? 'warning' : undefined} data-policy-key={line.key}>
            {line.text}
          </li>
        ))}
      </ul>
      <p class="muted">These settings come from your organization's policy and cannot be changed here.</p>
    </details>
  );
}
