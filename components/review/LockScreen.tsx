import { useState } from 'preact/hooks';
import { PassphraseField } from '../PassphraseField';

export interface LockScreenProps {
  /** Why the page is locked: at start, or after this many idle minutes. */
  idleMinutes: number | null;
  /** The last unlock failed with this message. */
  problem: string | null;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
  /** The way out of a forgotten passphrase: every session is deleted. */
  onForget: () => void;
}

/** The encrypted log, closed: a passphrase opens it; nothing of the log is on the page meanwhile. */
export function LockScreen({ idleMinutes, problem, busy, onUnlock, onForget }: LockScreenProps) {
  const [passphrase, setPassphrase] = useState('');
  const [forgetting, setForgetting] = useState(false);
  return (
    <main class="review-locked" aria-labelledby="locked-heading">
      <h1 id="locked-heading">Attune session review is locked</h1>
      <p>
        {idleMinutes === null
          ? 'Your session log is encrypted. Enter your passphrase to open it.'
          : `Locked after ${idleMinutes} minutes without use. Enter your passphrase to open it again.`}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onUnlock(passphrase);
          setPassphrase('');
        }}
      >
        <PassphraseField
          id="unlock-passphrase"
          label="Passphrase"
          autocomplete="current-password"
          autofocus
          value={passphrase}
          onInput={setPassphrase}
        />
        <button type="submit" disabled={busy || passphrase.length === 0}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      {problem && (
        <p class="warning" role="alert">
          {problem}
        </p>
      )}
      <details class="forgot">
        <summary>Forgot your passphrase?</summary>
        <p>
          Nobody can recover it: the log is encrypted with it on this computer only. You can delete every
          stored session and start again without a passphrase.
        </p>
        {forgetting ? (
          <p role="group" aria-label="Confirm deleting everything">
            <button type="button" class="danger" onClick={onForget}>
              Delete every session for good
            </button>{' '}
            <button type="button" onClick={() => setForgetting(false)}>
              Cancel
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setForgetting(true)}>
            Delete everything…
          </button>
        )}
      </details>
    </main>
  );
}
