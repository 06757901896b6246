import { assess } from '../analysis';
import { mechanismKeys, type Message } from '../../models';
import type { Verdict } from '../../models/verdict';
import { ScriptedEngine } from './scripted-engine';

/**
 * A stand-in for the on-device model where no GPU or weights exist (these build machines, a demo
 * on a locked-down laptop, the browser tests and the judge benchmark page): a scripted engine that
 * answers in the verdict format by restating the instant rules' reading, token by token, with a
 * prefill pause. It exercises everything around the model (worker-free panel wiring, parsing,
 * evidence checks, caching, cancelling) and says plainly that it is not a model.
 */
export const DEMO_MODEL_ID = 'Llama-3.2-1B-Instruct-q4f32_1-MLC';

export function demoVerdict(context: readonly Message[], draft: string): Verdict {
  const assessment = assess({ context: [...context], draft });
  const cue = assessment.client?.resistance.cues[0];
  const clientQuote = cue ? (context[cue.message]?.text.slice(cue.start, cue.end) ?? '') : '';
  const mechanisms = assessment.draft?.mechanisms ?? {
    respectForAutonomy: 1,
    stanceAlignment: 1,
    emotionalResonance: 1,
    conversationalOrientation: 1,
  };
  const weakest = mechanismKeys.reduce((a, b) => (mechanisms[b] < mechanisms[a] ? b : a));
  const evidence = assessment.draft?.evidence[weakest]?.[0];
  const draftQuote = evidence ? draft.slice(evidence.start, evidence.end) : '';
  const hint = assessment.draft?.hints[0];
  const explanation = `Demo engine, not a model: it restates the instant rules. ${
    cue ? `The client shows ${cue.behaviour.replace('_', ' ')}.` : 'No resistance found.'
  } ${hint ? hint.message : 'The reply holds up on all four mechanisms.'}`;
  return {
    resistance: cue?.behaviour ?? 'collaboration',
    mechanisms,
    explanation: explanation.slice(0, 240).replace(/["\\\n]/g, "'"),
    evidence: { client: clientQuote.slice(0, 80), draft: draftQuote.slice(0, 80) },
    suggestion: (hint?.try ?? '').slice(0, 120).replace(/["\\\n]/g, "'"),
  };
}

/** `input` returns what the panel is judging now (the demo reads it rather than parsing the prompt). */
export function demoEngine(input: () => { context: readonly Message[]; draft: string }): ScriptedEngine {
  return new ScriptedEngine({
    loadSteps: 10,
    loadMs: 1_500,
    downloadMB: 775,
    cached: [],
    script: () => {
      const { context, draft } = input();
      return { text: JSON.stringify(demoVerdict(context, draft)), msPerToken: 4, prefillMs: 150 };
    },
  });
}
