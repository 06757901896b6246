import { useEffect, useState } from 'preact/hooks';
import type { FeedbackState } from '../../components/Feedback';
import { SidePanel } from '../../components/SidePanel';
import { assess } from '../../lib/analysis';
import type { Message } from '../../models';

/** Fast enough to feel live, slow enough not to assess every keystroke of a fast typist. */
const DEBOUNCE_MS = 100;

/** Wiring only: holds the two texts and re-assesses them shortly after the user stops typing. */
export function App() {
  const [clientText, setClientText] = useState('');
  const [draftText, setDraftText] = useState('');
  const [feedback, setFeedback] = useState<FeedbackState>({ kind: 'empty' });

  useEffect(() => {
    const timer = setTimeout(() => {
      if (!clientText.trim() && !draftText.trim()) {
        setFeedback({ kind: 'empty' });
        return;
      }
      const context: Message[] = clientText.trim() ? [{ role: 'client', text: clientText }] : [];
      const draft = draftText.trim() ? draftText : undefined;
      try {
        setFeedback({ kind: 'ready', assessment: assess({ context, draft }), context, draft: draftText });
      } catch (error) {
        setFeedback({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [clientText, draftText]);

  return (
    <SidePanel
      clientText={clientText}
      draftText={draftText}
      onClientText={setClientText}
      onDraftText={setDraftText}
      feedback={feedback}
    />
  );
}
