import type { Ref } from 'preact';

interface Props {
  value: string;
  /** The conversation is over: nothing more to send. */
  disabled: boolean;
  /** The client is answering: the reply can be written but not sent yet. */
  waiting: boolean;
  onInput(text: string): void;
  onSend(): void;
  onRestart(): void;
  onNext(): void;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** The counselor's reply box and the chat's buttons. Enter sends, Shift+Enter starts a new line. */
export function Composer({
  value,
  disabled,
  waiting,
  onInput,
  onSend,
  onRestart,
  onNext,
  textareaRef,
}: Props) {
  const canSend = !disabled && !waiting && value.trim().length > 0;
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (canSend) onSend();
      }}
    >
      <label for="practice-reply">Your reply</label>
      <textarea
        id="practice-reply"
        ref={textareaRef}
        data-attune-composer
        rows={3}
        value={value}
        disabled={disabled}
        aria-describedby="practice-reply-help"
        onInput={(event) => onInput((event.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            if (canSend) onSend();
          }
        }}
      />
      <p id="practice-reply-help" class="muted composer-help">
        Enter sends, Shift+Enter starts a new line.
      </p>
      <div class="composer-actions">
        <button type="submit" class="primary" disabled={!canSend}>
          Send
        </button>
        <button type="button" onClick={onRestart}>
          Restart
        </button>
        <button type="button" onClick={onNext}>
          Next scenario
        </button>
      </div>
    </form>
  );
}
