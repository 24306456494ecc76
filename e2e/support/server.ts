import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { repoRoot } from './paths';

/** A tiny static server on 127.0.0.1 for the e2e fixtures. Nothing a test starts listens beyond loopback. */
export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Absolute URL of a path on the server (`url('news.html')`). */
  url(pathname: string): string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Folder served; default e2e/fixtures. */
  readonly root?: string;
  /** Extra response headers for a request path (e.g. a strict Content-Security-Policy). */
  readonly headers?: (pathname: string) => Record<string, string> | undefined;
  /** The file served for a path that is not a file (single-page apps); default: 404. */
  readonly fallback?: (pathname: string) => string | undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Fixtures whose name ends in `.csp.html` are served with a CSP that allows no script and no fetch at all. */
const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'";

function defaultHeaders(pathname: string): Record<string, string> | undefined {
  return pathname.endsWith('.csp.html') ? { 'Content-Security-Policy': STRICT_CSP } : undefined;
}

export async function startServer(options: ServerOptions = {}): Promise<FixtureServer> {
  const root = path.resolve(options.root ?? path.join(repoRoot, 'e2e/fixtures'));
  const headersFor = options.headers ?? defaultHeaders;

  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (pathname === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would show up as a console error.
      response.writeHead(204);
      response.end();
      return;
    }
    const candidates = [pathname === '/' ? '/index.html' : pathname];
    const fallback = options.fallback?.(pathname);
    if (fallback) candidates.push(fallback);
    for (const candidate of candidates) {
      const file = path.resolve(root, `.${candidate}`);
      if (!file.startsWith(root + path.sep)) break;
      try {
        const body = await fs.readFile(file);
        response.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          ...headersFor(candidate),
          ...headersFor(pathname),
        });
        response.end(body);
        return;
      } catch {
        // try the next candidate
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('not found');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, `${origin}/`).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
