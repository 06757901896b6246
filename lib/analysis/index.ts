// TEMPORARY placeholder (2026-11-21) while the analyzer is being written in this folder.
import type { AssessInput, Assessment, Message, SessionSummary } from '../../models';

export function assess(input: AssessInput): Assessment {
  void input;
  return { client: null, draft: null, engine: 'rules' };
}

export function summarizeSession(messages: readonly Message[]): SessionSummary {
  return {
    turns: messages.length,
    reflectionToQuestion: null,
    percentComplexReflections: null,
    percentOpenQuestions: null,
    miAdherent: 0,
    miNonAdherent: 0,
    resistanceMoments: 0,
    score: 0,
  };
}
