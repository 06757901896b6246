/**
 * The instant, on-device analyzer: rules and lexicons plus compact models trained on AnnoMI,
 * EPITOME and the project's own chat-phrased sets.
 * Same code in the content script, the side panel, workers and the Node CLI (no browser API).
 */
import {
  AnalyzerWeights,
  type ReplyWeights,
  type RiskWeights,
  type AssessInput,
  type Assessment,
  type Message,
  type SessionSummary,
} from '../../models';
import { type Analyzer, createAnalyzer } from './analyzer';
import replyWeights from './reply-weights.json';
import riskWeights from './risk-weights.json';
import bundledWeights from './weights.json';

export { createAnalyzer, type Analyzer } from './analyzer';

let shared: Analyzer | undefined;

/** The analyzer with the weights shipped in this build, decoded on first use. */
export function defaultAnalyzer(): Analyzer {
  // The weights file is a build artefact checked against its zod schema by the tests; parsing it
  // here would put zod into every bundle that analyses text.
  shared ??= createAnalyzer(
    bundledWeights as AnalyzerWeights,
    riskWeights as RiskWeights,
    replyWeights as ReplyWeights,
  );
  return shared;
}

export function assess(input: AssessInput): Assessment {
  return defaultAnalyzer().assess(input);
}

export function summarizeSession(messages: readonly Message[]): SessionSummary {
  return defaultAnalyzer().summarizeSession(messages);
}
