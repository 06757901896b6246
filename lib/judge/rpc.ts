import {
  AbortedError,
  EngineFailedError,
  NetworkError,
  WorkerDiedError,
  engineErrorOf,
  isJudgeEngineError,
  type Completion,
  type JudgeEngine,
  type JudgeEngineError,
  type LoadOptions,
  type LoadProgress,
} from './engine';
import {
  RpcCall,
  RpcCancel,
  type RpcMethod,
  type RpcRequest,
  RpcResponse,
  RpcResult,
  type SerializedError,
} from '../../models/judge-rpc';

export type { RpcRequest, RpcResponse, SerializedError };

/**
 * The judge engine across a worker boundary, in our own small protocol (models/judge-rpc.ts): the
 * side panel holds a proxy that implements `JudgeEngine`, the worker holds the real engine. WebLLM
 * is imported only in the worker, so the panel's bundle never carries it (engineering notes: ~6 MB
 * per realm), and a worker that dies (out of memory, a crashed GPU process) is noticed and replaced
 * without the panel going down with it. Each side parses what it receives.
 */

/** The part of `Worker` (and of a MessagePort in tests) the proxy needs. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export function serializeError(error: unknown): SerializedError {
  if (isJudgeEngineError(error)) {
    return {
      kind: error.kind,
      message: error.message,
      ...(error.modelId === undefined ? {} : { modelId: error.modelId }),
      ...(error instanceof NetworkError && error.url ? { url: error.url } : {}),
    };
  }
  return { kind: 'engine_failed', message: error instanceof Error ? error.message : String(error) };
}

export function deserializeError(error: SerializedError): JudgeEngineError {
  return engineErrorOf(error.kind, error.message, error.modelId, error.url);
}

/** Runs one checked call on the engine; its value is what the method's result schema expects. */
async function run(
  engine: JudgeEngine,
  call: RpcCall,
  signal: AbortSignal,
  options: LoadOptions,
): Promise<unknown> {
  switch (call.method) {
    case 'load':
      return engine.load(call.args[0], options, signal);
    case 'complete':
      return engine.complete(call.args[0], { ...call.args[1], signal });
    case 'interrupt':
      return engine.interrupt();
    case 'unload':
      return engine.unload();
    case 'isCached':
      return engine.isCached(call.args[0]);
    case 'deleteCached':
      return engine.deleteCached(call.args[0]);
  }
}

/** The id of a message that failed to parse, when it has one, so its caller hears why. */
function idOf(message: unknown): number | null {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}

/**
 * Worker side: answers requests with `engine`. `post` sends to the panel (the worker's
 * `postMessage`). Returns the message handler to attach to the worker's `message` event; a
 * message that is not a request is answered with an error (when it names a call) and goes no
 * further.
 */
export function serveEngine(
  engine: JudgeEngine,
  post: (response: RpcResponse) => void,
): (message: unknown) => void {
  const running = new Map<number, AbortController>();
  return (message) => {
    const cancelling = typeof message === 'object' && message !== null && 'cancel' in message;
    // Checked as the kind of request it says it is, so a refusal names the field that is wrong.
    const parsed = (cancelling ? RpcCancel : RpcCall).safeParse(message);
    if (!parsed.success) {
      const id = idOf(message);
      const problem = parsed.error.issues[0];
      const error = new EngineFailedError(
        `The model worker refused a request: ${problem?.path.join('.') || 'request'}: ${problem?.message}`,
      );
      if (id !== null)
        post({ id, ok: false, error: serializeError(error), loadedModelId: engine.loadedModelId });
      return;
    }
    const request = parsed.data;
    if ('cancel' in request) {
      running.get(request.id)?.abort();
      // A generation stops through the engine, not a signal.
      engine.interrupt();
      return;
    }
    const { id } = request;
    const controller = new AbortController();
    running.set(id, controller);
    const options: LoadOptions = { onProgress: (progress) => post({ id, progress }) };
    run(engine, request, controller.signal, options)
      .then((value) => post({ id, ok: true, value: value ?? null, loadedModelId: engine.loadedModelId }))
      .catch((error: unknown) =>
        post({ id, ok: false, error: serializeError(error), loadedModelId: engine.loadedModelId }),
      )
      .finally(() => running.delete(id));
  };
}

interface Pending {
  readonly method: RpcMethod;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Panel side: a `JudgeEngine` whose calls run in a worker made by `createWorker`. When the worker
 * dies, every call in flight fails with `WorkerDiedError` and the next call starts a new worker
 * (with no model loaded: the caller reloads).
 */
export function createWorkerEngine(
  createWorker: () => WorkerLike,
): JudgeEngine & { readonly restarts: number; terminate(): void } {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let loaded: string | null = null;
  let restarts = 0;
  const pending = new Map<number, Pending>();
  let generation: number | null = null;

  const died = (reason: string) => {
    worker?.terminate();
    worker = null;
    loaded = null;
    for (const call of pending.values())
      call.reject(new WorkerDiedError(`The model worker stopped: ${reason}`));
    pending.clear();
  };

  /** A reply from the worker, checked: the response's shape, then its value by the method called. */
  const answer = (data: unknown) => {
    const parsed = RpcResponse.safeParse(data);
    const call = parsed.success ? pending.get(parsed.data.id) : pending.get(idOf(data) ?? 0);
    if (!call) return;
    if (!parsed.success) {
      pending.delete(idOf(data)!);
      call.reject(new EngineFailedError(`The model worker answered in a form Attune does not know.`));
      return;
    }
    const response = parsed.data;
    if ('progress' in response) {
      call.onProgress?.(response.progress);
      return;
    }
    pending.delete(response.id);
    loaded = response.loadedModelId;
    if (!response.ok) return call.reject(deserializeError(response.error));
    const value = RpcResult[call.method].safeParse(response.value);
    if (value.success) call.resolve(value.data);
    else call.reject(new EngineFailedError(`The model worker's answer to ${call.method} is malformed.`));
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    if (nextId > 1) restarts++;
    const created = createWorker();
    created.addEventListener('message', (event: MessageEvent) => answer(event.data));
    created.addEventListener('error', (event: Event) =>
      died((event as ErrorEvent).message || 'an uncaught error in the worker'),
    );
    created.addEventListener('messageerror', () => died('a message could not be read'));
    worker = created;
    return created;
  };

  const call = <T>(
    request: Omit<RpcCall, 'id'>,
    options: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {},
  ): Promise<T> => {
    const target = ensureWorker();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(new AbortedError('Cancelled before it started.'));
        return;
      }
      pending.set(id, {
        method: request.method,
        resolve: resolve as (v: unknown) => void,
        reject,
        onProgress: options.onProgress,
      });
      options.signal?.addEventListener(
        'abort',
        () => target.postMessage({ id, cancel: true } satisfies RpcRequest),
        {
          once: true,
        },
      );
      target.postMessage({ ...request, id } as RpcRequest);
    });
  };

  return {
    get loadedModelId() {
      return loaded;
    },
    get restarts() {
      return restarts;
    },
    load: (modelId, options, signal) =>
      call<void>({ method: 'load', args: [modelId] }, { signal, onProgress: options?.onProgress }),
    complete: async (messages, options) => {
      const { signal, ...rest } = options;
      const id = nextId;
      generation = id;
      try {
        return await call<Completion>({ method: 'complete', args: [messages, rest] }, { signal });
      } finally {
        if (generation === id) generation = null;
      }
    },
    interrupt: () => {
      if (generation !== null && worker)
        worker.postMessage({ id: generation, cancel: true } satisfies RpcRequest);
    },
    unload: () => call<void>({ method: 'unload', args: [] }),
    /** Ends the worker now (a new model source needs a fresh one); calls in flight fail. */
    terminate: () => died('it was closed'),
    isCached: (modelId) => call<boolean>({ method: 'isCached', args: [modelId] }),
    deleteCached: (modelId) => call<void>({ method: 'deleteCached', args: [modelId] }),
  };
}
