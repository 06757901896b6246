import type { ReplyWeights } from '../../models';
import { miAdherentFlags, miNonAdherentFlags } from '../../models/vocabulary';
import type {
  ResistanceBehaviour,
  AnalyzerWeights,
  RiskKind,
  RiskLevel,
  RiskWeights,
  AssessInput,
  Assessment,
  InputType,
  MainBehaviour,
  Message,
  QuestionType,
  ReflectionType,
  SessionSummary,
  TalkType,
} from '../../models';
import { type ClientModels, type ClientReading, readClient } from './client';
import { type Conversation, readConversation } from './context';
import { type BehaviourModels, scoreDraft } from './draft';
import { writeHints } from './hints';
import { LinearModel } from './model';
import type { IgnoreLabel } from './ignores-risk';
import type { RiskModels } from './risk';
import { replyModelsOf } from './reply';
import { type CodedTurn, countFlags, summarize } from './session';

/** How many earlier messages a session summary gives each utterance as context. */
const SESSION_CONTEXT = 8;

export interface Analyzer {
  assess(input: AssessInput): Assessment;
  summarizeSession(messages: readonly Message[]): SessionSummary;
}

/**
 * Builds the instant, on-device analyzer from trained weights. Pure: no I/O, no browser API.
 * Without risk weights, risk is read by the rules alone; without reply weights, the MITI flags and
 * empathy are read from the lexical cues alone.
 */
export function createAnalyzer(
  weights: AnalyzerWeights,
  riskWeights: RiskWeights | null = null,
  replyWeights: ReplyWeights | null = null,
): Analyzer {
  const models: BehaviourModels = {
    main: new LinearModel<MainBehaviour>(weights.models.main),
    question: new LinearModel<QuestionType>(weights.models.question),
    reflection: new LinearModel<ReflectionType>(weights.models.reflection),
    input: new LinearModel<InputType>(weights.models.input),
    ...(riskWeights?.models.ignores && { ignores: new LinearModel<IgnoreLabel>(riskWeights.models.ignores) }),
    ...(replyWeights && { reply: replyModelsOf(replyWeights) }),
  };
  const talk = new LinearModel<TalkType>(weights.models.talk);
  const risk: RiskModels | null = riskWeights && {
    level: new LinearModel<RiskLevel>(riskWeights.models.level),
    kind: new LinearModel<RiskKind>(riskWeights.models.kind),
  };
  const clientModels: ClientModels = {
    talk,
    risk,
    resistance: weights.models.resistance ? new LinearModel<'yes' | 'no'>(weights.models.resistance) : null,
    behaviour: weights.models.behaviour
      ? new LinearModel<ResistanceBehaviour>(weights.models.behaviour)
      : null,
  };

  // The panel assesses on every keystroke of the draft while the conversation stays the same: the
  // client's reading (the costliest part, risk over twelve messages) is kept for the last one.
  let lastClient: { key: string; conversation: Conversation; client: ClientReading | null } | null = null;
  const conversationKey = (context: readonly Message[]) =>
    context.map((m) => `${m.role}\u0000${m.text}`).join('\u0001');

  function assess(input: AssessInput): Assessment {
    const key = conversationKey(input.context);
    if (lastClient?.key !== key) {
      const conversation = readConversation(input.context);
      lastClient = { key, conversation, client: readClient(conversation, clientModels) };
    }
    const { conversation, client } = lastClient;
    const draftText = input.draft ?? '';
    if (draftText.trim().length === 0)
      return { client: client?.assessment ?? null, draft: null, engine: 'rules' };
    const score = scoreDraft(draftText, conversation, client, models);
    return {
      client: client?.assessment ?? null,
      draft: {
        ...score.code,
        flags: score.flags,
        mechanisms: score.mechanisms,
        empathy: score.empathy,
        evidence: score.evidence,
        safety: score.safety,
        hints: writeHints(input.context, draftText, client, score),
      },
      engine: 'rules',
    };
  }

  function summarizeSession(messages: readonly Message[]): SessionSummary {
    const coded: CodedTurn[] = messages.map((m, i) => {
      const context = messages.slice(Math.max(0, i - SESSION_CONTEXT), i);
      if (m.role === 'client') {
        const client = readClient(readConversation([...context, m]), { ...clientModels, risk: null });
        return { role: 'client', resistance: client?.assessment.resistance.present ?? false };
      }
      const conversation = readConversation(context);
      const score = scoreDraft(m.text, conversation, readClient(conversation, { talk }), models);
      const f = score.flags;
      return {
        role: 'counselor',
        ...score.code,
        adherent: countFlags(f, miAdherentFlags),
        nonAdherent: countFlags(f, miNonAdherentFlags),
      };
    });
    return summarize(coded);
  }

  return { assess, summarizeSession };
}
