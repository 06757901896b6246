import { useEffect, useRef, useState } from 'preact/hooks';
import { IDLE_LOCK_CHOICES } from '../../lib/log/idle-lock';
import { RETENTION_DAYS_RANGE } from '../../models/policy';
import { formatBytes, plural } from './format';
import { PassphraseField } from '../PassphraseField';

/** The smallest passphrase the page accepts: the log is only as safe as it. */
export const MIN_PASSPHRASE_CHARS = 8;

export interface PrivacySettingsProps {
  encrypted: boolean;
  retentionDays: number;
  idleMinutes: number;
  usage: { sessions: number; turns: number; usageBytes: number | null } | null;
  /** What the last action did, or why it failed. */
  result: { ok: boolean; text: string } | null;
  busy: boolean;
  onEncrypt: (passphrase: string) => void;
  onLock: () => void;
  onIdleMinutes: (minutes: number) => void;
  onRetention: (days: number) => void;
  onDeleteAll: () => void;
  /** Clinic policy: "Required by your organization." when the log must be encrypted, or why it is blocked. */
  encryptionNote?: string | null;
  /** The longest retention the counselor may choose (clinic policy), and the line saying so. */
  maxRetentionDays?: number;
  retentionNote?: string | null;
  /** The longest idle lock the counselor may choose (clinic policy), and the line saying so. */
  maxIdleMinutes?: number;
  idleNote?: string | null;
  /** Opened when the page needs the counselor here (clinic policy asks for encryption). */
  open?: boolean;
}

/** Choosing a passphrase for a log that is not encrypted yet, typed twice. */
function EncryptForm({ busy, onEncrypt }: Pick<PrivacySettingsProps, 'busy' | 'onEncrypt'>) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const tooShort = passphrase.length > 0 && passphrase.length < MIN_PASSPHRASE_CHARS;
  const mismatch = repeat.length > 0 && repeat !== passphrase;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (tooShort || mismatch || passphrase.length === 0) return;
        onEncrypt(passphrase);
        setPassphrase('');
        setRepeat('');
      }}
    >
      <p>
        The log is not encrypted: anyone who can open this browser profile can read it. Choose a passphrase of
        at least {MIN_PASSPHRASE_CHARS} characters. It cannot be recovered if you forget it.
      </p>
      <PassphraseField
        id="new-passphrase"
        label="New passphrase"
        autocomplete="new-password"
        value={passphrase}
        onInput={setPassphrase}
        problem={tooShort ? `At least ${MIN_PASSPHRASE_CHARS} characters.` : null}
      />
      <PassphraseField
        id="repeat-passphrase"
        label="Repeat it"
        autocomplete="new-password"
        value={repeat}
        onInput={setRepeat}
        problem={mismatch ? 'The two passphrases differ.' : null}
      />
      <button type="submit" disabled={busy || passphrase.length === 0 || tooShort || repeat !== passphrase}>
        Encrypt the log
      </button>
    </form>
  );
}

/** Deleting every stored session, asked again because it cannot be undone. */
function DeleteEverything({ onDeleteAll }: Pick<PrivacySettingsProps, 'onDeleteAll'>) {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <p role="group" aria-label="Confirm deleting everything">
      <span>Delete every stored session for good? This cannot be undone.</span>{' '}
      <button
        type="button"
        class="danger"
        onClick={() => {
          setConfirming(false);
          onDeleteAll();
        }}
      >
        Delete everything
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </p>
  ) : (
    <button type="button" onClick={() => setConfirming(true)}>
      Delete everything…
    </button>
  );
}

/** Encryption, locking, how long sessions are kept, storage use, and deleting everything. */
export function PrivacySettings(props: PrivacySettingsProps) {
  const { encrypted, retentionDays, idleMinutes, usage, result, busy } = props;
  const maxDays = props.maxRetentionDays ?? RETENTION_DAYS_RANGE.max;
  const maxIdle = props.maxIdleMinutes ?? 60;
  // The page's choices within the policy's maximum, which is itself a choice when the page has none like it.
  const idleChoices = [
    ...new Set([...IDLE_LOCK_CHOICES.filter((m) => m <= maxIdle), Math.min(maxIdle, 60)]),
  ].sort((a, b) => a - b);
  const [days, setDays] = useState(String(retentionDays));
  // Opened when the page needs the counselor here; never closed under them once they are.
  const section = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (props.open && section.current) section.current.open = true;
  }, [props.open]);
  // The stored setting arrives after the first render, and changes when saved.
  useEffect(() => setDays(String(retentionDays)), [retentionDays]);
  const daysValue = Number(days);
  const daysValid = Number.isInteger(daysValue) && daysValue >= 1 && daysValue <= maxDays;

  return (
    <details class="card settings no-print" ref={section}>
      <summary>
        <h2>Privacy and storage</h2>
      </summary>
      <h3>Encryption</h3>
      {props.encryptionNote && <p class="muted policy-note">{props.encryptionNote}</p>}
      {encrypted ? (
        <>
          <p>The log is encrypted with your passphrase. Without it nobody can read what it holds.</p>
          <div class="row">
            <button type="button" onClick={props.onLock}>
              Lock now
            </button>
            <label for="idle-minutes">Lock after</label>
            <select
              id="idle-minutes"
              value={String(idleMinutes)}
              onChange={(e) => props.onIdleMinutes(Number(e.currentTarget.value))}
            >
              {idleChoices.map((m) => (
                <option key={m} value={String(m)}>
                  {m} minutes without use
                </option>
              ))}
            </select>
          </div>
          {props.idleNote && <p class="muted policy-note">{props.idleNote}</p>}
        </>
      ) : (
        <EncryptForm busy={busy} onEncrypt={props.onEncrypt} />
      )}
      <h3>Keeping sessions</h3>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (daysValid) props.onRetention(daysValue);
        }}
      >
        <label for="retention-days">Delete sessions after</label>
        <input
          id="retention-days"
          type="number"
          min={1}
          max={maxDays}
          step={1}
          value={days}
          onInput={(e) => setDays(e.currentTarget.value)}
        />
        <span>days without activity</span>
        <button type="submit" disabled={busy || !daysValid || daysValue === retentionDays}>
          Save
        </button>
      </form>
      <p class="muted">
        Checked when this page or the side panel opens, and once a day. Now: {plural(retentionDays, 'day')}.
      </p>
      {props.retentionNote && (
        <p class="muted policy-note">
          {props.retentionNote}
          {props.maxRetentionDays !== undefined && props.maxRetentionDays < RETENTION_DAYS_RANGE.max
            ? ` At most ${plural(props.maxRetentionDays, 'day')}; you may choose fewer.`
            : ''}
        </p>
      )}
      <h3>Storage</h3>
      <p>
        {usage
          ? `${plural(usage.sessions, 'session')}, ${plural(usage.turns, 'turn')}${
              usage.usageBytes === null ? '' : ` · about ${formatBytes(usage.usageBytes)} used by Attune`
            }.`
          : 'Counting…'}
      </p>
      <DeleteEverything onDeleteAll={props.onDeleteAll} />
      {result && (
        <p class={result.ok ? 'muted' : 'warning'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
    </details>
  );
}
