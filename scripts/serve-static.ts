/**
 * The built site as an intranet server would serve it, for npm start, the
 * end-to-end tests and the benchmark: under a base path, index.html for
 * folders, a redirect to the trailing slash, 404.html for what is missing,
 * gzip, and deploy/nginx.conf's cache headers. serve-handler (what
 * `docusaurus serve` uses) serves the files and keeps requests inside the
 * folder; compression gzips.
 *
 *   tsx scripts/serve-static.ts --dir build --port 4173 --base /faq/
 */
import {createServer, type Server} from 'node:http';
import path from 'node:path';
import {parseArgs} from 'node:util';
import compression from 'compression';
import handler from 'serve-handler';

export type ServeOptions = {dir: string; port: number; base?: string};

// Docusaurus's hashed files are in assets/ at the root, the search index's shards (named by content)
// in search-index/ (as in deploy/nginx.conf).
const FOR_GOOD = [{key: 'Cache-Control', value: 'public, max-age=31536000, immutable'}];
const CACHE_HEADERS = [
  {source: '**', headers: [{key: 'Cache-Control', value: 'no-cache'}]},
  {source: 'assets/**', headers: FOR_GOOD},
  {source: 'search-index/**', headers: FOR_GOOD},
];

export function serveStatic({dir, port, base = '/'}: ServeOptions): Promise<Server> {
  // As deploy/nginx.conf: gzip_comp_level 6, gzip_min_length 256.
  const gzip = compression({level: 6, threshold: 256});
  const server = createServer((req, res) => {
    gzip(req as never, res as never, () => {
      const {pathname, search} = new URL(req.url ?? '/', 'http://localhost');
      const inSite = pathname.startsWith(base) && !pathname.includes('%00');
      // serve-handler's own redirects would leave out the base path, so it makes none: folders get their slash here.
      if (inSite && !pathname.endsWith('/') && !path.posix.extname(pathname)) {
        res.writeHead(301, {Location: `${pathname}/${search}`}).end();
        return;
      }
      // Outside the base path (or a NUL, which fs refuses): a name no build has, so the site's 404 page.
      const file = inSite ? pathname.slice(base.length - 1) : '/.outside-base';
      req.url = file.endsWith('/') ? `${file}index.html` : file;
      void handler(req, res, {
        public: path.resolve(dir),
        cleanUrls: false,
        directoryListing: false,
        headers: CACHE_HEADERS,
      });
    });
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
