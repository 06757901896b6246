import { assess } from '../analysis';
import { mechanismKeys, type Message } from '../../models';
import {
  VERDICT_EXPLANATION_MAX_CHARS,
  VERDICT_QUOTE_MAX_CHARS,
  VERDICT_RISK_KINDS_MAX,
  VERDICT_SUGGESTION_MAX_CHARS,
  type Verdict,
} from '../../models/verdict';
import { ScriptedEngine } from './scripted-engine';
import { safeCut } from '../analysis/text';

/**
 * A stand-in for the on-device model where no GPU or weights exist (these build machines, a demo
 * on a locked-down laptop, the browser tests and the judge benchmark page): a scripted engine that
 * answers in the verdict format by restating the instant rules' reading, token by token, with a
 * prefill pause. It exercises everything around the model (worker-free panel wiring, parsing,
 * evidence checks, caching, cancelling) and says plainly that it is not a model.
 */
export const DEMO_MODEL_ID = 'Llama-3.2-1B-Instruct-q4f32_1-MLC';

/** At most `max` characters, never ending inside a surrogate pair. */
const cap = (text: string, max: number): string => text.slice(0, safeCut(text, max));
/** A free text as the grammar would let the model write it: no double quote, backslash or newline. */
const plain = (text: string, max: number): string => cap(text, max).replace(/["\\\n]/g, "'");

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
  // The instant rules' risk, restated: the demo never raises it, as a real model may.
  const risk = assessment.client?.risk ?? { level: 'none' as const, evidence: [] };
  const riskCue = risk.evidence[0];
  const riskQuote = riskCue ? (context[riskCue.message]?.text.slice(riskCue.start, riskCue.end) ?? '') : '';
  return {
    resistance: cue?.behaviour ?? 'collaboration',
    mechanisms,
    explanation: plain(explanation, VERDICT_EXPLANATION_MAX_CHARS),
    evidence: {
      client: cap(clientQuote, VERDICT_QUOTE_MAX_CHARS),
      draft: cap(draftQuote, VERDICT_QUOTE_MAX_CHARS),
    },
    suggestion: plain(hint?.try ?? '', VERDICT_SUGGESTION_MAX_CHARS),
    risk: {
      client: cap(riskQuote, VERDICT_QUOTE_MAX_CHARS),
      kinds: [...new Set(risk.evidence.map((e) => e.kind))].slice(0, VERDICT_RISK_KINDS_MAX),
      level: risk.level,
    },
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
