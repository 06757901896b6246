import { useEffect, useState } from 'preact/hooks';

/** How long "Copied" stays on the button before it reads "Copy" again. */
const COPIED_MS = 2_000;

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed' };

/**
 * Copies `text` to the clipboard, for a panel that cannot write into the chat (pasted text).
 * Says so when it worked, and when the browser refused, what to do instead.
 */
export function CopyButton({ text, onCopied }: { text: string; onCopied?: () => void }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) {
      setState({ kind: 'failed' });
      return;
    }
    clipboard.writeText(text).then(
      () => {
        setState({ kind: 'copied' });
        onCopied?.();
      },
      () => setState({ kind: 'failed' }),
    );
  };
  return (
    <>
      <button type="button" class="copy primary" onClick={copy}>
        {state.kind === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span class={`copy-status${state.kind === 'failed' ? ' failed' : ''}`} role="status">
        {state.kind === 'copied' && <span class="visually-hidden">Copied to the clipboard.</span>}
        {state.kind === 'failed' && (
          <span class="warning-text">
            The browser did not let Attune copy. Select the words after “Try:” and copy them yourself.
          </span>
        )}
      </span>
    </>
  );
}
