import { useEffect, useRef, useState } from 'preact/hooks';
import { PracticeChat } from '../../components/practice/PracticeChat';
import { assess } from '../../lib/analysis';
import {
  SCENARIOS,
  addMessages,
  classifyReply,
  clientLinesSent,
  ending,
  hasEnded,
  nextClientTurn,
  replyDelayMs,
  scenarioById,
  seededRng,
  startSession,
  type PracticeSession,
  type Rng,
} from '../../lib/practice';

/** What the page's URL asks for: `?scenario=<id>` opens one directly, `fast=1` answers at once, `seed=<n>` fixes the dice. */
export interface PracticeOptions {
  scenario?: string;
  fast: boolean;
  seed?: number;
}

export function readOptions(search: string): PracticeOptions {
  const params = new URLSearchParams(search);
  const seed = Number.parseInt(params.get('seed') ?? '', 10);
  return {
    scenario: params.get('scenario') ?? undefined,
    fast: params.get('fast') === '1',
    seed: Number.isFinite(seed) ? seed : undefined,
  };
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/** Wiring only: the session lives here; the analyzer reads each reply and the engine answers it. */
export function App({ options }: { options: PracticeOptions }) {
  const [session, setSession] = useState<PracticeSession>(() =>
    startSession(scenarioById(options.scenario ?? '') ?? SCENARIOS[0]!),
  );
  const [draft, setDraft] = useState('');
  const [typing, setTyping] = useState(false);
  const rng = useRef<Rng>(options.seed === undefined ? Math.random : seededRng(options.seed));
  const pending = useRef<AbortController | null>(null);
  const composer = useRef<HTMLTextAreaElement>(null);

  const focusComposer = useRef(false);

  useEffect(() => () => pending.current?.abort(), []);
  useEffect(() => {
    if (!focusComposer.current) return;
    focusComposer.current = false;
    composer.current?.focus();
  }, [session]);

  const begin = (id: string, focus = true) => {
    pending.current?.abort();
    pending.current = null;
    setTyping(false);
    setDraft('');
    setSession(startSession(scenarioById(id) ?? SCENARIOS[0]!));
    const url = new URL(location.href);
    url.searchParams.set('scenario', id);
    history.replaceState(null, '', url);
    focusComposer.current = focus;
  };

  const send = async () => {
    const text = draft.trim();
    if (!text || typing || hasEnded(session)) return;
    const assessment = assess({
      context: session.messages.map(({ role, text }) => ({ role, text })),
      draft: text,
    });
    const turn = nextClientTurn(
      session.scenario,
      session.state,
      classifyReply(assessment),
      rng.current,
      clientLinesSent(session),
    );
    let current = addMessages(session, 'counselor', [text]);
    setSession(current);
    setDraft('');
    const controller = new AbortController();
    pending.current = controller;
    setTyping(true);
    try {
      for (const line of turn.messages) {
        await wait(replyDelayMs(rng.current, options.fast), controller.signal);
        current = addMessages(current, 'client', [line]);
        setSession(current);
      }
      setSession({ ...current, state: turn.state });
    } catch {
      return; // restarted or switched scenario while the client was typing
    } finally {
      if (pending.current === controller) {
        pending.current = null;
        setTyping(false);
      }
    }
  };

  const index = SCENARIOS.findIndex((s) => s.id === session.scenario.id);
  return (
    <PracticeChat
      scenarios={SCENARIOS}
      scenario={session.scenario}
      messages={session.messages}
      typing={typing}
      ending={ending(session)}
      draft={draft}
      onDraft={setDraft}
      onSend={() => void send()}
      onRestart={() => begin(session.scenario.id)}
      onNext={() => begin(SCENARIOS[(index + 1) % SCENARIOS.length]!.id)}
      onPick={(id) => begin(id, false)}
      composerRef={composer}
    />
  );
}
