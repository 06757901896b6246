import {
  AbortedError,
  NetworkError,
  WorkerDiedError,
  engineErrorOf,
  isJudgeEngineError,
  type ChatMessage,
  type CompleteOptions,
  type Completion,
  type EngineErrorKind,
  type JudgeEngine,
  type JudgeEngineError,
  type LoadOptions,
  type LoadProgress,
} from './engine';

/**
 * The judge engine across a worker boundary, in our own small protocol: the side panel holds a
 * proxy that implements `JudgeEngine`, the worker holds the real engine. WebLLM is imported only
 * in the worker, so the panel's bundle never carries it (engineering notes: ~6 MB per realm), and
 * a worker that dies (out of memory, a crashed GPU process) is noticed and replaced without the
 * panel going down with it.
 */
type Method = 'load' | 'complete' | 'interrupt' | 'unload' | 'isCached' | 'deleteCached';

export type RpcRequest =
  | { readonly id: number; readonly method: Method; readonly args: unknown[] }
  /** Aborts the call with this id (a load being cancelled, a stale generation). */
  | { readonly id: number; readonly cancel: true };

export interface SerializedError {
  readonly kind: EngineErrorKind;
  readonly message: string;
  readonly modelId?: string;
  readonly url?: string;
}

export type RpcResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown; readonly loadedModelId: string | null }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: SerializedError;
      readonly loadedModelId: string | null;
    }
  | { readonly id: number; readonly progress: LoadProgress };

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

/**
 * Worker side: answers requests with `engine`. `post` sends to the panel (the worker's
 * `postMessage`). Returns the message handler to attach to the worker's `message` event.
 */
export function serveEngine(
  engine: JudgeEngine,
  post: (response: RpcResponse) => void,
): (request: RpcRequest) => void {
  const running = new Map<number, AbortController>();
  return (request) => {
    if ('cancel' in request) {
      running.get(request.id)?.abort();
      // A generation stops through the engine, not a signal.
      engine.interrupt();
      return;
    }
    const { id, method, args } = request;
    const controller = new AbortController();
    running.set(id, controller);
    const call = async (): Promise<unknown> => {
      switch (method) {
        case 'load': {
          const options: LoadOptions = { onProgress: (progress) => post({ id, progress }) };
          return engine.load(args[0] as string, options, controller.signal);
        }
        case 'complete': {
          const options = { ...(args[1] as Omit<CompleteOptions, 'signal'>), signal: controller.signal };
          return engine.complete(args[0] as ChatMessage[], options);
        }
        case 'interrupt':
          return engine.interrupt();
        case 'unload':
          return engine.unload();
        case 'isCached':
          return engine.isCached(args[0] as string);
        case 'deleteCached':
          return engine.deleteCached(args[0] as string);
      }
    };
    call()
      .then((value) => post({ id, ok: true, value: value ?? null, loadedModelId: engine.loadedModelId }))
      .catch((error: unknown) =>
        post({ id, ok: false, error: serializeError(error), loadedModelId: engine.loadedModelId }),
      )
      .finally(() => running.delete(id));
  };
}

interface Pending {
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

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    if (nextId > 1) restarts++;
    const created = createWorker();
    created.addEventListener('message', (event: MessageEvent) => {
      const response = event.data as RpcResponse;
      const call = pending.get(response.id);
      if (!call) return;
      if ('progress' in response) {
        call.onProgress?.(response.progress);
        return;
      }
      pending.delete(response.id);
      loaded = response.loadedModelId;
      if (response.ok) call.resolve(response.value);
      else call.reject(deserializeError(response.error));
    });
    created.addEventListener('error', (event: Event) =>
      died((event as ErrorEvent).message || 'an uncaught error in the worker'),
    );
    created.addEventListener('messageerror', () => died('a message could not be read'));
    worker = created;
    return created;
  };

  const call = <T>(
    method: Method,
    args: unknown[],
    options: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {},
  ): Promise<T> => {
    const target = ensureWorker();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(new AbortedError('Cancelled before it started.'));
        return;
      }
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
      options.signal?.addEventListener(
        'abort',
        () => target.postMessage({ id, cancel: true } satisfies RpcRequest),
        {
          once: true,
        },
      );
      target.postMessage({ id, method, args } satisfies RpcRequest);
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
      call<void>('load', [modelId], { signal, onProgress: options?.onProgress }),
    complete: async (messages, options) => {
      const { signal, ...rest } = options;
      const id = nextId;
      generation = id;
      try {
        return await call<Completion>('complete', [messages, rest], { signal });
      } finally {
        if (generation === id) generation = null;
      }
    },
    interrupt: () => {
      if (generation !== null && worker)
        worker.postMessage({ id: generation, cancel: true } satisfies RpcRequest);
    },
    unload: () => call<void>('unload', []),
    /** Ends the worker now (a new model source needs a fresh one); calls in flight fail. */
    terminate: () => died('it was closed'),
    isCached: (modelId) => call<boolean>('isCached', [modelId]),
    deleteCached: (modelId) => call<void>('deleteCached', [modelId]),
  };
}
