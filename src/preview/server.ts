import { createReadStream } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { OUTPUT_FORMATS } from '../writers/index.js';
import { indexPage, type PreviewState } from './page.js';

export interface PreviewServer {
  url: string;
  /** Tells every open page to reload (a build finished, or failed). */
  reload(): void;
  close(): Promise<void>;
}

/**
 * Serves the preview on 127.0.0.1: the index page (`/`, `?show=<name>`), the outputs the manifest
 * lists (`/files/<file>`, nothing else from the folder), and `/events`, a server-sent event stream
 * that says `reload` after each build.
 */
export async function startServer(outDir: string, state: () => PreviewState, port: number): Promise<PreviewServer> {
  const listeners = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(indexPage(state(), url.searchParams.get('show')));
    }
    if (url.pathname === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    const file = url.pathname.startsWith('/files/') ? decodeURIComponent(url.pathname.slice('/files/'.length)) : undefined;
    const entry = state().outputs.find((output) => output.file === file);
    if (!entry) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end('not found: the preview serves the outputs listed on its index page\n');
    }
    const format = OUTPUT_FORMATS[entry.format];
    const headers: Record<string, string> = { 'content-type': format.mediaType, 'cache-control': 'no-store' };
    if (format.preview === 'download') headers['content-disposition'] = `attachment; filename="${entry.file}"`;
    response.writeHead(200, headers);
    createReadStream(path.join(outDir, entry.file))
      .on('error', () => response.destroy())
      .pipe(response);
  });
  await listen(server, port);
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return {
    url,
    reload() {
      for (const listener of listeners) listener.write('event: reload\ndata: \n\n');
    },
    close() {
      for (const listener of listeners) listener.end();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new UsageError(`--port ${port}: the port is in use: choose another, or leave --port out for a free one`) : error),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
