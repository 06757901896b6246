import { describe, expect, test, vi } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { WorkerDiedError, type LoadProgress } from '../../lib/judge/engine';
import {
  createWorkerEngine,
  serveEngine,
  type RpcRequest,
  type RpcResponse,
  type WorkerLike,
} from '../../lib/judge/rpc';
import { ScriptedEngine, type ScriptedEngineOptions } from '../../lib/judge/scripted-engine';

/**
 * The panel talks to the engine in its worker through our own protocol. These tests put a
 * scripted engine behind a real message channel: progress, results, typed errors, cancelling,
 * interrupting a stale generation and a worker that dies all cross the boundary intact.
 */
function fakeWorker(
  options: ScriptedEngineOptions,
  log: { workers: number; engines: ScriptedEngine[] },
): WorkerLike {
  const channel = new MessageChannel();
  const engine = new ScriptedEngine(options);
  log.workers++;
  log.engines.push(engine);
  const handle = serveEngine(engine, (response: RpcResponse) => channel.port2.postMessage(response));
  channel.port2.on('message', (request: RpcRequest) => handle(request));
  const errorListeners: ((event: Event) => void)[] = [];
  return {
    postMessage: (message) => channel.port1.postMessage(message),
    addEventListener: ((type: string, listener: (event: never) => void) => {
      if (type === 'message') channel.port1.on('message', (data: unknown) => listener({ data } as never));
      if (type === 'error') errorListeners.push(listener as (event: Event) => void);
    }) as WorkerLike['addEventListener'],
    terminate: () => {
      channel.port1.close();
      channel.port2.close();
    },
    // Test hook: simulate the worker crashing.
    crash: () => errorListeners.forEach((l) => l({ message: 'out of memory' } as unknown as Event)),
  } as WorkerLike & { crash(): void };
}

describe('judge engine across the worker boundary', () => {
  test('load reports progress and the loaded model; complete returns the reply', async () => {
    const log = { workers: 0, engines: [] as ScriptedEngine[] };
    const engine = createWorkerEngine(() =>
      fakeWorker({ script: ['{"ok":true}'], loadSteps: 4, loadMs: 20 }, log),
    );
    const progress: LoadProgress[] = [];
    await engine.load('Llama-3.2-1B-Instruct-q4f32_1-MLC', { onProgress: (p) => progress.push(p) });
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)!.fraction).toBe(1);
    expect(engine.loadedModelId).toBe('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    const reply = await engine.complete([{ role: 'user', content: 'hi' }], { maxTokens: 50, temperature: 0 });
    expect(reply.text).toBe('{"ok":true}');
    expect(reply.finishReason).toBe('stop');
  });

  test('engine errors arrive as the same typed errors', async () => {
    const log = { workers: 0, engines: [] as ScriptedEngine[] };
    const engine = createWorkerEngine(() => fakeWorker({ loadFaults: ['device_lost'] }, log));
    await expect(engine.load('Qwen2.5-1.5B-Instruct-q4f16_1-MLC')).rejects.toMatchObject({
      kind: 'device_lost',
      name: 'DeviceLostError',
    });
    expect(engine.loadedModelId).toBeNull();
  });

  test('an abort signal interrupts a runaway generation in the worker', async () => {
    const log = { workers: 0, engines: [] as ScriptedEngine[] };
    const engine = createWorkerEngine(() => fakeWorker({ script: [{ runaway: 'x ', msPerToken: 2 }] }, log));
    await engine.load('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    const controller = new AbortController();
    const running = engine.complete([{ role: 'user', content: 'hi' }], {
      maxTokens: 100_000,
      temperature: 0,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 30);
    const result = await running.catch((error: unknown) => error);
    // Either form tells the judge the generation stopped early; it never runs to the cap.
    if (result instanceof Error) expect(result).toMatchObject({ kind: 'aborted' });
    else expect(result).toMatchObject({ finishReason: 'abort' });
  });

  test('a worker that dies fails the calls in flight and is replaced on the next call', async () => {
    const log = { workers: 0, engines: [] as ScriptedEngine[] };
    let last: (WorkerLike & { crash(): void }) | null = null;
    const engine = createWorkerEngine(() => {
      last = fakeWorker({ script: [{ runaway: 'x ', msPerToken: 5 }, '{"ok":1}'] }, log) as WorkerLike & {
        crash(): void;
      };
      return last;
    });
    await engine.load('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    const running = engine.complete([{ role: 'user', content: 'hi' }], {
      maxTokens: 100_000,
      temperature: 0,
    });
    setTimeout(() => last!.crash(), 20);
    await expect(running).rejects.toBeInstanceOf(WorkerDiedError);
    expect(engine.loadedModelId).toBeNull();
    // The next call gets a fresh worker; the caller reloads the model there.
    await engine.load('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    expect(log.workers).toBe(2);
    expect(engine.restarts).toBe(1);
  });
});

/** Each side parses what crosses the boundary (models/judge-rpc.ts) instead of casting it. */
describe('the worker protocol is checked on both sides', () => {
  test('the worker answers a malformed request with an error and never calls the engine', async () => {
    const engine = new ScriptedEngine({});
    const load = vi.spyOn(engine, 'load');
    const responses: RpcResponse[] = [];
    const handle = serveEngine(engine, (r) => responses.push(r));
    handle({ id: 7, method: 'load', args: [42] });
    handle({ id: 8, method: 'format-disk', args: [] });
    handle('not a request');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).not.toHaveBeenCalled();
    expect(responses).toEqual([
      expect.objectContaining({
        id: 7,
        ok: false,
        error: expect.objectContaining({ kind: 'engine_failed' }),
      }),
      expect.objectContaining({ id: 8, ok: false }),
    ]);
    expect((responses[0] as { error: { message: string } }).error.message).toMatch(/args/);
  });

  test('the panel refuses a reply of the wrong shape for the method it called', async () => {
    const replies: unknown[] = [
      { id: 1, ok: true, value: 'yes', loadedModelId: null },
      { id: 2, ok: 'maybe' },
    ];
    const engine = createWorkerEngine(() => {
      let listener: ((event: MessageEvent) => void) | undefined;
      return {
        postMessage: (message: unknown) => {
          const { id } = message as { id: number };
          queueMicrotask(() => listener?.({ data: replies[id - 1] } as MessageEvent));
        },
        addEventListener: ((type: string, l: (event: MessageEvent) => void) => {
          if (type === 'message') listener = l;
        }) as WorkerLike['addEventListener'],
        terminate: () => undefined,
      };
    });
    await expect(engine.isCached('m')).rejects.toMatchObject({ kind: 'engine_failed' });
    await expect(engine.isCached('m')).rejects.toMatchObject({ kind: 'engine_failed' });
  });
});
