import { z } from 'zod';

/**
 * The judge engine's protocol across the worker boundary (lib/judge/rpc.ts): panel→worker
 * requests, worker→panel responses. The worker parses every request it receives and the panel
 * every response, as every other boundary in Attune does: a request of the wrong shape is answered
 * with an error, never passed to the engine as a cast.
 */

export const ChatMessage = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const LoadProgress = z.object({
  /** 0..1 over the whole load (download, then loading onto the GPU). */
  fraction: z.number(),
  /** Approximate where the engine reports only a fraction: estimated from the catalog's download size. */
  bytesLoaded: z.number().optional(),
  bytesTotal: z.number().optional(),
  secondsLeft: z.number().optional(),
  /** The engine's own words, for a details line. */
  text: z.string(),
});
export type LoadProgress = z.infer<typeof LoadProgress>;

/** What a completion request asks for, less its abort signal (which the worker makes itself). */
export const CompleteRequestOptions = z.object({
  maxTokens: z.int().positive(),
  temperature: z.number().min(0),
  /** Constrains decoding to this JSON schema (the engine compiles it to a grammar). */
  jsonSchema: z.record(z.string(), z.unknown()).optional(),
});
export type CompleteRequestOptions = z.infer<typeof CompleteRequestOptions>;

export const CompletionUsage = z.object({
  promptTokens: z.number(),
  completionTokens: z.number(),
  prefillTokensPerSecond: z.number().optional(),
  decodeTokensPerSecond: z.number().optional(),
  timeToFirstTokenS: z.number().optional(),
  e2eLatencyS: z.number().optional(),
});
export type CompletionUsage = z.infer<typeof CompletionUsage>;

/** `length`: stopped at maxTokens or the context window; `abort`: interrupted. */
export const FinishReason = z.enum(['stop', 'length', 'abort']);
export type FinishReason = z.infer<typeof FinishReason>;

export const Completion = z.object({
  text: z.string(),
  usage: CompletionUsage,
  finishReason: FinishReason,
});
export type Completion = z.infer<typeof Completion>;

export const ENGINE_ERROR_KINDS = [
  'no_webgpu',
  'shader_f16_missing',
  'device_lost',
  'quota_exceeded',
  'network',
  'broken_download',
  'worker_died',
  'timeout',
  'invalid_output',
  'aborted',
  'engine_failed',
] as const;
export const EngineErrorKind = z.enum(ENGINE_ERROR_KINDS);
export type EngineErrorKind = z.infer<typeof EngineErrorKind>;

/** An engine error as it crosses the boundary; rebuilt into the same typed error on the other side. */
export const SerializedError = z.object({
  kind: EngineErrorKind,
  message: z.string(),
  modelId: z.string().optional(),
  url: z.string().optional(),
});
export type SerializedError = z.infer<typeof SerializedError>;

const ModelId = z.string().min(1).max(200);
const CallId = z.int().positive();

/** panel→worker: one engine call, its arguments checked by method. */
export const RpcCall = z.discriminatedUnion('method', [
  z.object({ id: CallId, method: z.literal('load'), args: z.tuple([ModelId]) }),
  z.object({
    id: CallId,
    method: z.literal('complete'),
    args: z.tuple([z.array(ChatMessage), CompleteRequestOptions]),
  }),
  z.object({ id: CallId, method: z.literal('interrupt'), args: z.tuple([]) }),
  z.object({ id: CallId, method: z.literal('unload'), args: z.tuple([]) }),
  z.object({ id: CallId, method: z.literal('isCached'), args: z.tuple([ModelId]) }),
  z.object({ id: CallId, method: z.literal('deleteCached'), args: z.tuple([ModelId]) }),
]);
export type RpcCall = z.infer<typeof RpcCall>;
export type RpcMethod = RpcCall['method'];

/** panel→worker: abort the call with this id (a load being cancelled, a stale generation). */
export const RpcCancel = z.object({ id: CallId, cancel: z.literal(true) });

export const RpcRequest = z.union([RpcCancel, RpcCall]);
export type RpcRequest = z.infer<typeof RpcRequest>;

/** What each method's successful call answers (the panel parses it by the method it called). */
export const RpcResult = {
  load: z.null(),
  complete: Completion,
  interrupt: z.null(),
  unload: z.null(),
  isCached: z.boolean(),
  deleteCached: z.null(),
} satisfies Record<RpcMethod, z.ZodType>;

const LoadedModelId = z.string().nullable();

/** worker→panel: a call's result, its error, or a load's progress. */
export const RpcResponse = z.union([
  z.object({ id: z.int(), ok: z.literal(true), value: z.unknown(), loadedModelId: LoadedModelId }),
  z.object({ id: z.int(), ok: z.literal(false), error: SerializedError, loadedModelId: LoadedModelId }),
  z.object({ id: z.int(), progress: LoadProgress }),
]);
export type RpcResponse = z.infer<typeof RpcResponse>;
