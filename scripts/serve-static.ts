/**
 * A plain static file server for the built site, as an intranet server would
 * serve it: under a base path, index.html for folders, a redirect to the
 * trailing slash, 404.html for what is missing, and gzip.
 *
 *   tsx scripts/serve-static.ts --dir build --port 4173 --base /faq/
 */
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {createGzip} from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /\.(html|js|css|json|xml|txt|svg)$/;

export type ServeOptions = {dir: string; port: number; base?: string};

export function serveStatic({dir, port, base = '/'}: ServeOptions): Promise<Server> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const send = (file: string, status = 200) => {
      const ext = path.extname(file);
      const headers: Record<string, string> = {'Content-Type': TYPES[ext] ?? 'application/octet-stream'};
      // Docusaurus's hashed files are in assets/ at the root (as in deploy/nginx.conf).
      headers['Cache-Control'] = path.relative(root, file).startsWith(`assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(status, {...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding'});
        createReadStream(file).pipe(createGzip()).pipe(res);
      } else {
        res.writeHead(status, {...headers, 'Content-Length': String(statSync(file).size)});
        createReadStream(file).pipe(res);
      }
    };
    const notFound = () => {
      const page = path.join(root, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404).end('404');
    };
    if (!pathname.startsWith(base) || pathname.includes('\0')) return notFound();
    // Decoding turns "..%2f" into "../": a path that leaves the folder is not in the site.
    const file = path.join(root, pathname.slice(base.length));
    const inside = path.relative(root, file);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, {Location: `${url.pathname}/${url.search}`}).end();
        return;
      }
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(index) : notFound();
    }
    return existsSync(file) ? send(file) : notFound();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1]?.endsWith('serve-static.ts')) {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string', default: 'build'},
      port: {type: 'string', default: '4173'},
      base: {type: 'string', default: '/'},
    },
  });
  const options = {dir: values.dir, port: Number(values.port), base: values.base};
  void serveStatic(options).then(() =>
    console.log(`Serving ${options.dir} at http://127.0.0.1:${options.port}${options.base}`),
  );
}
