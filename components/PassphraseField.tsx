/**
 * A passphrase box with its label and, when what was typed will not do, the problem in words,
 * tied to the box so a screen reader says it with it. One component for every passphrase the
 * counselor or supervisor types: unlocking, setting one, exporting and importing.
 */
export function PassphraseField({
  id,
  label,
  autocomplete,
  value,
  onInput,
  problem,
  autofocus,
}: {
  id: string;
  label: string;
  /** `current-password` to unlock, `new-password` to set one, `off` for someone else's file. */
  autocomplete: 'current-password' | 'new-password' | 'off';
  value: string;
  onInput: (value: string) => void;
  problem?: string | null;
  autofocus?: boolean;
}) {
  const problemId = `${id}-problem`;
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        autocomplete={autocomplete}
        autofocus={autofocus}
        value={value}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? problemId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {problem && (
        <p id={problemId} class="warning">
          {problem}
        </p>
      )}
    </>
  );
}
