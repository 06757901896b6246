export {
  classifyReply,
  isEnd,
  nextClientTurn,
  replyDelayMs,
  seededRng,
  stateOf,
  type ClientTurn,
  type Rng,
} from './engine';
export { SCENARIOS, scenarioById } from './scenarios';
export {
  addMessages,
  clientLinesSent,
  ending,
  hasEnded,
  startSession,
  type ChatMessage,
  type PracticeSession,
} from './session';
