import { z } from 'zod';
import { Message, RiskKind, RiskLevel } from '../../models';

/** One line of data/risk/*.jsonl (see data/risk/GUIDELINES.md). */
export const RiskLine = z.object({
  id: z.string(),
  context: z.array(Message).min(1),
  gold: z.object({ client: z.object({ risk: RiskLevel, kinds: z.array(RiskKind) }) }),
  tag: z.string().optional(),
});
export type RiskLine = z.infer<typeof RiskLine>;

/** One line of shared/data/cssrs-dev.jsonl. */
export const CssrsLine = z.object({
  id: z.string(),
  context: z.array(Message),
  gold: z.object({
    client: z.object({
      risk: RiskLevel,
      cssrs: z.enum(['Supportive', 'Indicator', 'Ideation', 'Behavior', 'Attempt']),
    }),
  }),
});
export type CssrsLine = z.infer<typeof CssrsLine>;

/** A line of shared/data/mibot-turns.jsonl (client lines carry `gold.client`; only those are read). */
export const MibotClientLine = z.object({
  id: z.string(),
  context: z.array(Message).min(1),
  gold: z.object({ client: z.object({ talk: z.string() }).optional() }),
});
export type MibotClientLine = z.infer<typeof MibotClientLine>;

/** One line of shared/data/diasafety-risk-dev.jsonl. */
export const DiaSafetyLine = z.object({
  id: z.string(),
  context: z.array(Message).min(1),
  draft: z.string(),
  gold: z.object({ draft: z.object({ ignoresRisk: z.boolean() }) }),
});
export type DiaSafetyLine = z.infer<typeof DiaSafetyLine>;

/** The project's own chat-phrased sets: thirty-three writers' sets to train on, another writer's held out. */
export const RISK_DATA_DIR = new URL('../../data/risk/', import.meta.url).pathname;
export const RISK_TRAIN_FILES = [
  'chat-a.jsonl',
  'chat-b.jsonl',
  'chat-c.jsonl',
  'chat-d.jsonl',
  'chat-e.jsonl',
  'chat-f.jsonl',
  'chat-g.jsonl',
  'chat-h.jsonl',
  'chat-i.jsonl',
  'chat-j.jsonl',
  'chat-k.jsonl',
  'chat-l.jsonl',
  'chat-m.jsonl',
  'chat-n.jsonl',
  'chat-o.jsonl',
  'chat-p.jsonl',
  'chat-q.jsonl',
  'chat-r.jsonl',
  'chat-s.jsonl',
  'chat-t.jsonl',
  'chat-u.jsonl',
  'chat-v.jsonl',
  'chat-w.jsonl',
  'chat-x.jsonl',
  'chat-y.jsonl',
  'chat-z.jsonl',
  'chat-aa.jsonl',
  'chat-al.jsonl',
  'chat-am.jsonl',
  'chat-an.jsonl',
  // The objects and body words of danger in ordinary life beside acts with them (2026-12-02).
  'chat-ap.jsonl',
  'chat-aq.jsonl',
  'chat-ar.jsonl',
  // Health-behaviour coaching chats (smoking, drinking, diet, medicines) with their words of
  // risk used harmlessly, beside risk raised inside such a chat (2026-12-03): the model alone read
  // MI chats' "yes ill take note" and "i have tried patches and pills" as risk.
  'chat-av.jsonl',
] as const;
export const RISK_HELDOUT_FILE = 'heldout.jsonl';
/**
 * Another writer's check-in conversations (a counselor's risk questions and the client's answers),
 * written after the answer rules were, and only ever measured.
 */
export const RISK_HELDOUT_CHECKINS_FILE = 'heldout-checkins.jsonl';
/**
 * Writers' sets written after the model was trained and kept out of it: what a new writer's
 * wording meets. Understating adults and youth with risk in passing (their misses were read, no
 * rule was written from them); whole text-line conversations, ordinary adult life admin beside
 * real preparations, and the frames of suicidal thinking mostly completed harmlessly (2026-12-02,
 * only their totals ever read).
 */
export const RISK_UNSEEN_WRITER_FILES = [
  'heldout-adults.jsonl',
  'heldout-youth.jsonl',
  'heldout-conversations.jsonl',
  'heldout-lifeadmin.jsonl',
  'heldout-frames.jsonl',
  // Risk words used harmlessly beside disclosures in the same words (2026-12-02, after three
  // writers' look-alike sets joined the training; only its totals are read).
  'heldout-lookalikes.jsonl',
  // Everyday objects, places and body words of danger (ropes, guns, pills, heights) beside
  // disclosures with them (2026-12-02, written beside the training set `chat-ap`; totals only).
  'heldout-means.jsonl',
  // Health and lifestyle coaching chats by another writer, written beside `chat-av` (2026-12-03;
  // totals only).
  'heldout-health.jsonl',
] as const;
/**
 * Writers' sets rules were written from, read line by line (so no longer unseen) and not trained
 * on: suicidal thinking said through its frame (`chat-af`, the sixth round), understating older
 * and formal adults and youth with risk in passing (`chat-ai`, `chat-aj`, the seventh). With
 * `chat-af` in training, C-SSRS supportive users flagged rose 0.314 → 0.353 and MIBot's lines
 * read as risk 0.040 → 0.045; with `chat-ai` and `chat-aj`, the five unseen writers' sets gained
 * 5 of 605 risk lines found for one more false alarm, C-SSRS supportive 0.314 → 0.333, MIBot
 * 0.040 → 0.043. Neither was worth it.
 */
export const RISK_RULES_DEV_FILES = [
  'chat-af.jsonl',
  'chat-ai.jsonl',
  'chat-aj.jsonl',
  'chat-ak.jsonl',
  // Health talk and danger at home (2026-12-03): the symptom rules (lexicon/risk-symptoms.ts) and
  // the ninth round of risk-sideways.ts were written from their misses. As training they gained
  // nothing on the other writers (three seeds each), so they stay out of the model.
  'chat-as.jsonl',
  'chat-at.jsonl',
  'chat-au.jsonl',
] as const;
