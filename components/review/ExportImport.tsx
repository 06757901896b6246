import { useState } from 'preact/hooks';
import type { ExportChoice } from '../../lib/review/actions';
import { plural } from './format';
import { PassphraseField } from '../PassphraseField';

export type { ExportChoice };

export interface ExportImportProps {
  /** Clinic policy: exported files must carry a passphrase. */
  encryptionRequired?: boolean;
  /** Clinic policy: full exports always have names, emails, phone numbers and addresses replaced. */
  redactionRequired?: boolean;
  /** The lines saying so ("Required by your organization.", or why the policy is blocked). */
  encryptionNote?: string | null;
  redactionNote?: string | null;
  /** Sessions in the list as filtered now. */
  listCount: number;
  /** The open session's title, when one is open. */
  openSession: string | null;
  busy: boolean;
  onExport: (choice: ExportChoice) => void;
  /** Gets the chosen file's text and the passphrase typed for it ('' for none). */
  onImport: (file: { name: string; text: string }, passphrase: string) => void;
  /** The file chosen last, kept while its passphrase is asked for. */
  pendingFile: string | null;
  result: { ok: boolean; text: string } | null;
}

/**
 * Reading a supervisor's or colleague's file back in. A file is imported as soon as it is chosen;
 * it is kept so that, when it turns out encrypted, Import tries again with the passphrase typed.
 */
function ImportForm({
  busy,
  pendingFile,
  onImport,
}: Pick<ExportImportProps, 'busy' | 'pendingFile' | 'onImport'>) {
  const [importPassphrase, setImportPassphrase] = useState('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  return (
    <form
      class="import"
      onSubmit={(e) => {
        e.preventDefault();
        if (file) onImport(file, importPassphrase);
      }}
    >
      <h3>Import</h3>
      <p class="muted">
        A file exported from Attune. A damaged, altered, newer-version or wrongly unlocked file is refused and
        nothing stored changes. Sessions already here are left as they are.
      </p>
      <label for="import-file">File to import</label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const chosen = e.currentTarget.files?.[0];
          if (!chosen) return;
          void chosen.text().then((text) => {
            const next = { name: chosen.name, text };
            setFile(next);
            onImport(next, importPassphrase);
          });
        }}
      />
      <PassphraseField
        id="import-passphrase"
        label="Passphrase, if the file is encrypted"
        autocomplete="off"
        value={importPassphrase}
        onInput={setImportPassphrase}
      />
      <button type="submit" disabled={busy || !file}>
        {pendingFile ? `Import ${pendingFile}` : 'Import'}
      </button>
    </form>
  );
}

/** Files for the supervisor: export (full or summary, encrypted, redacted) and import. */
export function ExportImport({
  encryptionRequired = false,
  redactionRequired = false,
  encryptionNote = null,
  redactionNote = null,
  listCount,
  openSession,
  busy,
  onExport,
  onImport,
  pendingFile,
  result,
}: ExportImportProps) {
  const [choice, setChoice] = useState<ExportChoice>({
    kind: 'full',
    redact: false,
    passphrase: '',
    scope: 'list',
  });
  const scope = openSession === null ? 'list' : choice.scope;
  const count = scope === 'session' ? 1 : listCount;
  const redact = choice.kind === 'full' && (redactionRequired || choice.redact);
  const missingPassphrase = encryptionRequired && choice.passphrase.length === 0;

  return (
    <details class="card share no-print">
      <summary>
        <h2>Export and import</h2>
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (missingPassphrase) return;
          onExport({ ...choice, redact, scope });
        }}
      >
        <fieldset>
          <legend>Which sessions</legend>
          <label class="choice">
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'list'}
              onChange={() => setChoice({ ...choice, scope: 'list' })}
            />{' '}
            The sessions in the list ({listCount.toLocaleString()})
          </label>
          <label class="choice">
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'session'}
              disabled={openSession === null}
              onChange={() => setChoice({ ...choice, scope: 'session' })}
            />{' '}
            {openSession === null ? 'The open session (none is open)' : `The open session: ${openSession}`}
          </label>
        </fieldset>
        <fieldset>
          <legend>What to include</legend>
          <label class="choice">
            <input
              type="radio"
              name="export-kind"
              checked={choice.kind === 'full'}
              onChange={() => setChoice({ ...choice, kind: 'full' })}
            />{' '}
            Everything: the turns' text, assessments, hints and notes
          </label>
          <label class="choice">
            <input
              type="radio"
              name="export-kind"
              checked={choice.kind === 'summary'}
              onChange={() => setChoice({ ...choice, kind: 'summary', redact: false })}
            />{' '}
            Summary only: codes, levels and counts, no text at all
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={redact}
              disabled={choice.kind === 'summary' || redactionRequired}
              onChange={(e) => setChoice({ ...choice, redact: e.currentTarget.checked })}
            />{' '}
            Replace names, emails, phone numbers and addresses (lowers the risk; does not make a file
            anonymous)
          </label>
          {redactionNote && <p class="muted policy-note">{redactionNote}</p>}
        </fieldset>
        <PassphraseField
          id="export-passphrase"
          label={
            encryptionRequired
              ? 'Passphrase for the file (required; share it by another way)'
              : 'Passphrase for the file (optional; share it by another way)'
          }
          autocomplete="new-password"
          value={choice.passphrase}
          onInput={(passphrase) => setChoice({ ...choice, passphrase })}
        />
        {encryptionNote && <p class="muted policy-note">{encryptionNote}</p>}
        <button type="submit" disabled={busy || count === 0 || missingPassphrase}>
          Export {plural(count, 'session')}
        </button>
      </form>
      <ImportForm busy={busy} pendingFile={pendingFile} onImport={onImport} />
      {result && (
        <p class={result.ok ? 'muted' : 'warning'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
    </details>
  );
}
