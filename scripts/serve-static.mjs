// A static file server that behaves like the hosts students meet the app on (GitHub Pages, a
// department web server): correct MIME types, gzip for text when the browser accepts it,
// `Access-Control-Allow-Origin: *` (as GitHub Pages sends), and no cross-origin isolation
// headers (COOP/COEP). `npm test` and `npm run bench`
// serve the build with it, so they measure what users get.
//
//   node scripts/serve-static.mjs <dir> [--port 4173] [--prefix /course/lab/] [--host 127.0.0.1]
//
// Also importable: `startStaticServer({ root, port, prefix, headers })` resolves with the server.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` under `prefix`. `headers(path)` may add headers to a response (e.g. a test's
 * Content-Security-Policy); `onRequest(path)` sees every request path (tests count them), and
 * `onSent(path, bytes)` every body sent, as sent (the bench counts what a visit transferred).
 */
export function startStaticServer({
  root,
  port = 0,
  host = '127.0.0.1',
  prefix = '/',
  headers = () => ({}),
  onRequest = () => {},
  onSent = () => {},
}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    onRequest(path);
    const common = { 'access-control-allow-origin': '*', ...headers(path) };
    if (!path.startsWith(prefix)) {
      res.writeHead(404, common).end('not found');
      return;
    }
    let rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '' || rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(base, rel);
    try {
      if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = MIME[extname(file)] ?? 'application/octet-stream';
      const gzip =
        /^(text\/|application\/(json|manifest)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) body = gzipSync(body);
      if (req.method !== 'HEAD') onSent(path, body.length);
      res
        .writeHead(200, {
          ...common,
          'content-type': type,
          'cache-control': 'no-cache',
          vary: 'accept-encoding',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        })
        .end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, common).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const root = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
  const server = await startStaticServer({
    root,
    port: Number(opt('port', 4173)),
    host: opt('host', '127.0.0.1'),
    prefix: opt('prefix', '/'),
  });
  const { port } = server.address();
  console.log(`Serving ${root} on http://${opt('host', '127.0.0.1')}:${port}${opt('prefix', '/')}`);
}
