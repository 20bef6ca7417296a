import {createServer, type Server} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/** Resolves a URL path the way a static host serves a Docusaurus build with trailingSlash: false. */
function resolveFile(root: string, urlPath: string): string | null {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.html`, path.join(clean, 'index.html')]) {
    const file = path.join(root, candidate);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * A static server for the built site that gzips text responses, as a CDN would: Lighthouse and transfer
 * sizes measured behind `docusaurus serve` (no compression) would understate the site.
 */
export function startStaticServer(root: string, port: number): Promise<Server> {
  const cache = new Map<string, Buffer<ArrayBufferLike>>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(root, url.pathname);
    if (!file) {
      response.writeHead(404, {'content-type': 'text/html'}).end(readFileSync(path.join(root, '404.html')));
      return;
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const compressible = /text|javascript|json|svg|xml/.test(type);
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body: Buffer<ArrayBufferLike> = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (compressible && acceptsGzip) {
      const cached = cache.get(file) ?? gzipSync(body, {level: 9});
      cache.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
