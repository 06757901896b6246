import type { Scenario } from '../../models';

interface Props {
  scenarios: readonly Scenario[];
  current: Scenario;
  onPick(id: string): void;
}

/** Chooses the scripted client, and says who they are and what the counselor practises. */
export function ScenarioPicker({ scenarios, current, onPick }: Props) {
  return (
    <section class="practice-picker" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading" class="visually-hidden">
        Scenario
      </h2>
      <label for="scenario-select">Scenario</label>
      <select
        id="scenario-select"
        value={current.id}
        onChange={(event) => onPick((event.currentTarget as HTMLSelectElement).value)}
      >
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} ({s.name})
          </option>
        ))}
      </select>
      <p class="practice-persona">{current.persona}</p>
      <p class="muted">Practise: {current.practise}</p>
    </section>
  );
}
