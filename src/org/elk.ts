/**
 * Runs the Eclipse Layout Kernel (elkjs) synchronously. elkjs's public API answers through a Promise
 * because it may run in a Web Worker; in Node it runs in-process through its FakeWorker, whose
 * dispatcher computes the layout synchronously. Calling that dispatcher directly keeps the resolve
 * phase synchronous (loadDocument is) while using the same layered algorithm and options.
 */
import { createRequire } from 'node:module';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { sha256Hex, VerifiedCache } from '../util/cache.js';

interface Dispatcher {
  saveDispatch(event: { data: Record<string, unknown> }): void;
}
interface FakeWorker {
  onmessage: (message: { data: { id: number; data?: unknown; error?: unknown } }) => void;
  dispatcher: Dispatcher;
}

let worker: FakeWorker | undefined;
let nextId = 0;

function post(message: Record<string, unknown>): unknown {
  worker ??= createWorker();
  let answer: { data?: unknown; error?: unknown } | undefined;
  worker.onmessage = (m) => (answer = m.data);
  worker.dispatcher.saveDispatch({ data: { ...message, id: nextId++ } });
  if (!answer) throw new Error('elkjs did not answer synchronously');
  if (answer.error) throw new Error(`elkjs: ${String((answer.error as { message?: string }).message ?? answer.error)}`);
  return answer.data;
}

function createWorker(): FakeWorker {
  const require = createRequire(import.meta.url);
  const { Worker } = require('elkjs/lib/elk-worker.min.js') as { Worker: new () => FakeWorker };
  const w = new Worker();
  worker = w;
  post({ cmd: 'register', algorithms: ['layered'] });
  return w;
}

let cache: VerifiedCache<ElkNode> | undefined;

/**
 * Layouts already computed on this machine, by elkjs version and the SHA-256 of the input graph, in the
 * private verified cache of src/util/cache.ts. ELK is deterministic, so a hit gives exactly what a new
 * layout would; it spares loading elkjs (a large bundle) and the layout itself on every `check` and
 * `build` while the structure is unchanged.
 */
function layoutCache(): VerifiedCache<ElkNode> {
  const require = createRequire(import.meta.url);
  const version = (require('elkjs/package.json') as { version: string }).version;
  cache ??= new VerifiedCache<ElkNode>('elk', `elkjs@${version}`);
  return cache;
}

/** Lays out `graph` with ELK Layered; returns the same graph with coordinates filled in. */
export function elkLayout(graph: ElkNode): ElkNode {
  const input = JSON.stringify(graph);
  const key = sha256Hex(input);
  const hit = layoutCache().get(key);
  if (hit) return hit;
  const result = post({ cmd: 'layout', graph: JSON.parse(input) as ElkNode, layoutOptions: {}, options: {} }) as ElkNode;
  layoutCache().set(key, result);
  return result;
}

/** The cache file that holds (or would hold) the layout of a serialised input graph; null without a cache. */
export function layoutCachePath(input: string): string | null {
  return layoutCache().entryPath(sha256Hex(input));
}
