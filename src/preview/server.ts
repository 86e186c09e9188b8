/**
 * The preview's HTTP server: loopback only, a fixed table of routes (the page, its script and style,
 * one document's state and pages, the event stream). No part of a URL is ever used as a file path;
 * anything else is 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAGE_CSS, PAGE_HTML } from './page.js';
import { PAGE_JS } from './client.js';
import type { PreviewHub } from './hub.js';
import type { DocumentState, PreviewSession } from './session.js';

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** Starts the server on 127.0.0.1:`port` (0: a free port). Rejects with the listen error (EADDRINUSE…). */
export function startServer(hub: PreviewHub, port: number): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    handle(hub, req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Kesalahan internal pratinjau.'));
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

/** Pages carried in an event at most (bytes of SVG); more are fetched by the page. */
const PUSHED_PAGES_MAX = 2_000_000;

/**
 * What an event tells the page after a rebuild: the document list and the state (as /api/state), and
 * the pages that were not among the ones shown before, so the page needs no request for them.
 */
function update(hub: PreviewHub, session: PreviewSession, before: readonly string[]): { id: string; version: number; documents: ReturnType<PreviewHub['documents']>; state: DocumentState; pages: Record<string, string> } {
  const state = session.current;
  const shown = new Set(before);
  const pages: Record<string, string> = {};
  let size = 0;
  for (const tid of state.pageIds) {
    const svg = shown.has(tid) ? undefined : session.page(tid);
    if (svg === undefined || size + svg.length > PUSHED_PAGES_MAX) continue;
    pages[tid] = svg;
    size += svg.length;
  }
  return { id: session.id, version: state.version, documents: hub.documents(), state, pages };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...HEADERS, 'content-type': type });
  res.end(body);
}

async function handle(hub: PreviewHub, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Metode tidak diizinkan.');
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const doc = url.searchParams.get('doc') ?? hub.defaultId;
  switch (url.pathname) {
    case '/':
      return send(res, 200, 'text/html; charset=utf-8', PAGE_HTML);
    case '/app.js':
      return send(res, 200, 'text/javascript; charset=utf-8', PAGE_JS);
    case '/app.css':
      return send(res, 200, 'text/css; charset=utf-8', PAGE_CSS);
    case '/api/state': {
      const session = await hub.session(doc);
      if (!session) return send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ error: `Dokumen ${doc} tidak ada.` }));
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ documents: hub.documents(), state: session.current }));
    }
    case '/api/glyphs': {
      const session = await hub.session(doc);
      if (!session) return send(res, 404, 'text/plain; charset=utf-8', `Dokumen ${doc} tidak ada.`);
      return send(res, 200, 'image/svg+xml; charset=utf-8', session.head);
    }
    case '/api/page': {
      // A page is named by its content hash; a hash that is no longer current is 404 (the page refetches the state).
      const page = (await hub.session(doc))?.page(url.searchParams.get('tid') ?? '');
      if (page === undefined) return send(res, 404, 'text/plain; charset=utf-8', 'Halaman tidak ada.');
      return send(res, 200, 'image/svg+xml; charset=utf-8', page);
    }
    case '/events': {
      res.writeHead(200, { ...HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
      res.write(': naskah preview\n\n');
      const stop = hub.subscribe((session, before) => res.write(`event: update\ndata: ${JSON.stringify(update(hub, session, before))}\n\n`));
      req.on('close', stop);
      return;
    }
    default:
      return send(res, 404, 'text/plain; charset=utf-8', 'Tidak ditemukan.');
  }
}
