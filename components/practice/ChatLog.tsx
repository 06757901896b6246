import { useEffect, useRef } from 'preact/hooks';
import type { ChatMessage } from '../../lib/practice';

interface Props {
  clientName: string;
  messages: readonly ChatMessage[];
  /** The client is "typing" their answer. */
  typing: boolean;
  /** How the conversation ended, once it has. */
  ending: 'left' | 'resolved' | null;
}

/**
 * The conversation. Markup contract read by the practice adapter (keep it exactly): each message
 * is a `div[data-attune-message]` with `data-role` and a stable `data-id`, holding only its text;
 * who sent it is said outside that div.
 */
export function ChatLog({ clientName, messages, typing, ending }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // Keep the newest message in view, as chat apps do.
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, typing, ending]);
  return (
    <div class="chat-scroll" ref={scroller}>
      <div class="chat-log" role="log" aria-live="polite" aria-label={`Conversation with ${clientName}`}>
        {messages.map((m) => (
          <div key={m.id} class={`chat-row chat-row-${m.role}`}>
            <span class="visually-hidden">{m.role === 'client' ? `${clientName}: ` : 'You: '}</span>
            <div class="chat-bubble" data-attune-message data-role={m.role} data-id={m.id}>
              {m.text}
            </div>
          </div>
        ))}
      </div>
      {typing && (
        <p class="chat-typing" aria-hidden="true">
          {clientName} is typing…
        </p>
      )}
      {ending && (
        <p class="chat-ended" role="status">
          {ending === 'left' ? `${clientName} left the chat.` : `${clientName} signed off.`} Restart, or try
          the next scenario.
        </p>
      )}
    </div>
  );
}
