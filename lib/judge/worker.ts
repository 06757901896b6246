/// <reference lib="webworker" />
import { serveEngine, type RpcResponse } from './rpc';
import { WebLlmEngine } from './webllm-engine';
import { ModelSource } from '../../models/model-source';

/**
 * The judge's worker: the one realm that imports WebLLM. The side panel creates it with the model
 * source as the worker's name (the only data a Worker has before its first message) and talks to
 * it with the protocol in rpc.ts. Top-level code is fine here: this file is a worker bundle, not a
 * WXT entrypoint that is imported at build time.
 */
declare const self: DedicatedWorkerGlobalScope;

const source = ModelSource.parse(JSON.parse(self.name || 'null') ?? {});
const engine = new WebLlmEngine({ source });
const handle = serveEngine(engine, (response: RpcResponse) => self.postMessage(response));
self.addEventListener('message', (event: MessageEvent<unknown>) => handle(event.data));
