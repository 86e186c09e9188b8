/**
 * Runs the Eclipse Layout Kernel (elkjs) synchronously. elkjs's public API answers through a Promise
 * because it may run in a Web Worker; in Node it runs in-process through its FakeWorker, whose
 * dispatcher computes the layout synchronously. Calling that dispatcher directly keeps the resolve
 * phase synchronous (loadDocument is) while using the same layered algorithm and options.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

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

/**
 * Layouts already computed on this machine, by elkjs version and the SHA-256 of the input graph. ELK is
 * deterministic, so a hit gives exactly what a new layout would; it spares loading elkjs (a large
 * bundle) and the layout itself on every `check` and `build` while the structure is unchanged.
 */
export function cacheFile(input: string): string {
  const require = createRequire(import.meta.url);
  const version = (require('elkjs/package.json') as { version: string }).version;
  return join(tmpdir(), `naskah-elk-${version}`, `${createHash('sha256').update(input).digest('hex')}.json`);
}

/** Lays out `graph` with ELK Layered; returns the same graph with coordinates filled in. */
export function elkLayout(graph: ElkNode): ElkNode {
  const input = JSON.stringify(graph);
  const file = cacheFile(input);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ElkNode;
  } catch {
    // not cached yet (or unreadable): lay out
  }
  const result = post({ cmd: 'layout', graph: JSON.parse(input) as ElkNode, layoutOptions: {}, options: {} }) as ElkNode;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(result));
    renameSync(temp, file);
  } catch {
    // a cache that cannot be written only costs time
  }
  return result;
}
