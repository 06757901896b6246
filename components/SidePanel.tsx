import { MAX_MESSAGE_CHARS } from '../models';
import { Feedback, type FeedbackState } from './Feedback';

export interface SidePanelProps {
  clientText: string;
  draftText: string;
  onClientText: (text: string) => void;
  onDraftText: (text: string) => void;
  feedback: FeedbackState;
}

/** The whole side panel: two texts in, the analyzer's feedback out. */
export function SidePanel({ clientText, draftText, onClientText, onDraftText, feedback }: SidePanelProps) {
  return (
    <main class="panel">
      <header>
        <h1>Attune</h1>
        <p class="privacy">Runs on this computer. Nothing you type here leaves your machine.</p>
      </header>
      <form class="inputs" onSubmit={(e) => e.preventDefault()}>
        <label for="client-text">Client's last message</label>
        <textarea
          id="client-text"
          rows={3}
          maxLength={MAX_MESSAGE_CHARS}
          spellcheck={false}
          value={clientText}
          onInput={(e) => onClientText(e.currentTarget.value)}
        />
        <label for="draft-text">Your draft reply</label>
        <textarea
          id="draft-text"
          rows={4}
          maxLength={MAX_MESSAGE_CHARS}
          value={draftText}
          onInput={(e) => onDraftText(e.currentTarget.value)}
        />
      </form>
      <Feedback state={feedback} />
    </main>
  );
}
