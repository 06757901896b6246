import { useState } from 'preact/hooks';
import { MAX_NOTE_CHARS } from '../../models/session-log';

export interface NotesProps {
  counselorNote: string;
  supervisorNote: string;
  /** Resolves once stored; rejects with a message to show. */
  onSave: (notes: { counselorNote: string; supervisorNote: string }) => Promise<void>;
}

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** The counselor's and the supervisor's notes on a session, edited here and saved on request. */
export function Notes({ counselorNote, supervisorNote, onSave }: NotesProps) {
  const [counselor, setCounselor] = useState(counselorNote);
  const [supervisor, setSupervisor] = useState(supervisorNote);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const changed = counselor !== counselorNote || supervisor !== supervisorNote;
  const save = () => {
    setState({ kind: 'saving' });
    onSave({ counselorNote: counselor, supervisorNote: supervisor })
      .then(() => setState({ kind: 'saved' }))
      .catch((error: unknown) =>
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  };
  return (
    <section class="card notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Notes</h3>
      <form
        class="no-print"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label for="counselor-note">Counselor's note</label>
        <textarea
          id="counselor-note"
          rows={3}
          maxLength={MAX_NOTE_CHARS}
          value={counselor}
          onInput={(e) => {
            setCounselor(e.currentTarget.value);
            setState({ kind: 'idle' });
          }}
        />
        <label for="supervisor-note">Supervisor's note</label>
        <textarea
          id="supervisor-note"
          rows={3}
          maxLength={MAX_NOTE_CHARS}
          value={supervisor}
          onInput={(e) => {
            setSupervisor(e.currentTarget.value);
            setState({ kind: 'idle' });
          }}
        />
        <div class="row">
          <button type="submit" disabled={state.kind === 'saving' || (!changed && state.kind !== 'failed')}>
            Save notes
          </button>
          <span role="status" class={state.kind === 'failed' ? 'warning' : 'muted'}>
            {state.kind === 'saving'
              ? 'Saving…'
              : state.kind === 'saved'
                ? 'Notes saved.'
                : state.kind === 'failed'
                  ? `Not saved: ${state.message}`
                  : changed
                    ? 'Unsaved changes.'
                    : ''}
          </span>
        </div>
      </form>
      {/* Form fields print badly (cut off, with their frames): the report prints the text instead. */}
      <div class="print-only">
        <h4>Counselor's note</h4>
        <p class="note-text">{counselorNote || '(none)'}</p>
        <h4>Supervisor's note</h4>
        <p class="note-text">{supervisorNote || '(none)'}</p>
      </div>
    </section>
  );
}
