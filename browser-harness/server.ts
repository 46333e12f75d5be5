/**
 * A loopback static server for e2e tests: the only host the browsers may reach.
 *
 *   /real/<file>   tests/fixtures/real-pages/<file>      (saved real news pages)
 *   /pages/<file>  tests/fixtures/pages/<file>           (hand-written test pages)
 *   /gen/<name>    pages registered at run time with `addPage`
 *
 * Anything else is a 404, so a saved page's relative assets fail fast.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { realPagesDir, testPagesDir } from './paths';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly origin: string;
  /** URL of a saved real page, by file name (`abcnews.go.com.html`). */
  real(file: string): string;
  /** URL of a page in tests/fixtures/pages/, by file name. */
  page(file: string): string;
  /** Serves `body` at `/gen/<name>` from now on and returns its URL. */
  addPage(name: string, body: string, contentType?: string): string;
  /** True for URLs this server answers (same origin). */
  owns(url: string): boolean;
  close(): Promise<void>;
}

/** Resolves `rel` inside `root`, refusing `..` escapes. */
function inside(root: string, rel: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(rel)));
  return path.startsWith(root + sep) ? path : undefined;
}

/** Starts the server on 127.0.0.1 at a free port. */
export async function startServer(): Promise<StaticServer> {
  const generated = new Map<string, { body: string; type: string }>();
  const roots: Record<string, string> = { real: realPagesDir, pages: testPagesDir };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [, root = '', ...rest] = path.split('/');
    const rel = rest.join('/');
    const gen = root === 'gen' ? generated.get(rel) : undefined;
    if (gen) {
      res.writeHead(200, { 'content-type': gen.type, 'cache-control': 'no-store' });
      res.end(gen.body);
      return;
    }
    const base = roots[root];
    const file = base ? inside(base, rel) : undefined;
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = types[extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    real: (file) => `${origin}/real/${encodeURIComponent(file)}`,
    page: (file) => `${origin}/pages/${encodeURIComponent(file)}`,
    addPage(name, body, contentType = 'text/html; charset=utf-8') {
      generated.set(name, { body, type: contentType });
      return `${origin}/gen/${name}`;
    },
    owns: (url) => url.startsWith(`${origin}/`) || url === origin,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
