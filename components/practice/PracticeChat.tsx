import type { Ref } from 'preact';
import type { ChatMessage } from '../../lib/practice';
import type { Scenario } from '../../models';
import { ChatLog } from './ChatLog';
import { Composer } from './Composer';
import { ScenarioPicker } from './ScenarioPicker';

export interface PracticeChatProps {
  scenarios: readonly Scenario[];
  scenario: Scenario;
  messages: readonly ChatMessage[];
  typing: boolean;
  ending: 'left' | 'resolved' | null;
  draft: string;
  onDraft(text: string): void;
  onSend(): void;
  onRestart(): void;
  onNext(): void;
  onPick(id: string): void;
  composerRef?: Ref<HTMLTextAreaElement>;
}

/** The practice page: a scripted client to talk to. No hints here; the side panel gives them. */
export function PracticeChat(props: PracticeChatProps) {
  return (
    <main class="practice" data-attune-chat>
      <header>
        <h1>Attune practice</h1>
        <p class="privacy">Scripted clients for practice. Nothing you type here leaves your machine.</p>
      </header>
      <ScenarioPicker scenarios={props.scenarios} current={props.scenario} onPick={props.onPick} />
      <section class="chat" aria-labelledby="chat-heading">
        <h2 id="chat-heading">Chat with {props.scenario.name}</h2>
        <ChatLog
          clientName={props.scenario.name}
          messages={props.messages}
          typing={props.typing}
          ending={props.ending}
        />
        <Composer
          value={props.draft}
          disabled={props.ending !== null}
          waiting={props.typing}
          onInput={props.onDraft}
          onSend={props.onSend}
          onRestart={props.onRestart}
          onNext={props.onNext}
          textareaRef={props.composerRef}
        />
      </section>
    </main>
  );
}
