// Own code: it runs the shipped deploy/nginx.conf itself, adapted to a port and a temp folder; no package does that.
/**
 * Serves a build with real nginx and the shipped deploy/nginx.conf, for the
 * end-to-end tests: the config's `listen` and `alias` (and its base path, if
 * another) are adapted to a loopback port and the build folder; pid, logs and
 * temp files go to a temp folder, removed when nginx stops (Ctrl+C or SIGTERM);
 * the access logs (access.log and the config's faq-events.log) to --logs,
 * emptied at start, if given, for a test to read.
 *
 *   tsx scripts/serve-nginx.ts --dir build-faq --base /faq/ --port 4275 --logs e2e-logs/nginx
 */
import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {TOOLS} from './ensure-tools';

export const SITE_CONFIG = 'deploy/nginx.conf';
/** The base path deploy/nginx.conf is written for. */
const CONFIG_BASE = '/faq/';

function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${SITE_CONFIG} 中应有且只有一处 "${from}"（现在 ${count} 处），测试无法改写它。`);
  return text.replace(from, to);
}

/** The block that answers 404 outside the site; at BASE_URL=/ the site is everything (see the config's notes). */
const OUTSIDE_SITE = `    location / {
        return 404;
    }
`;
const SITE_FOLDER = '@SITE_FOLDER@';
/** Where the end-to-end tests' nginx writes its logs (playwright.config.ts, tests/e2e/nginx.spec.ts). */
export const E2E_LOGS = 'e2e-logs/nginx';
/** Where deploy/nginx.conf writes the events' own log. */
export const EVENTS_LOG = '/var/log/nginx/faq-events.log';

/** deploy/nginx.conf listening on a loopback port, serving the folder `dir`, under `base`, logging to `logs`. */
export function adaptSiteConfig(
  config: string,
  {dir, port, base, logs}: {dir: string; port: number; base: string; logs: string},
): string {
  let adapted = replaceOnce(config, 'listen 80;', `listen 127.0.0.1:${port};`);
  adapted = replaceOnce(adapted, EVENTS_LOG, path.join(path.resolve(logs), path.basename(EVENTS_LOG)));
  adapted = replaceOnce(adapted, `alias /var/www${CONFIG_BASE};`, `alias ${SITE_FOLDER};`);
  if (!adapted.includes(`location ^~ ${CONFIG_BASE} {`)) {
    throw new Error(`${SITE_CONFIG} 中找不到 "location ^~ ${CONFIG_BASE} {"，测试无法改写它。`);
  }
  if (base === '/') adapted = replaceOnce(adapted, OUTSIDE_SITE, '');
  return adapted
    .split(CONFIG_BASE)
    .join(base)
    .replace(SITE_FOLDER, `${path.resolve(dir)}/`);
}

/**
 * The main nginx.conf around the site config: everything in `dir`. Started
 * as root, the workers stay root, so that they can read a checkout in a
 * private home folder (this is a loopback test server, not a deployment).
 */
export function mainConfig(dir: string, asRoot: boolean, logs = dir): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${dir}/${t};`)
    .join('\n');
  return `# Written by scripts/serve-nginx.ts for the end-to-end tests.
${asRoot ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${path.resolve(logs)}/access.log;
${temp}
  include ${dir}/site.conf;
}
`;
}

export function serveNginx({dir, port, base, logs}: {dir: string; port: number; base: string; logs?: string}) {
  const nginx = TOOLS.nginx!.binary;
  if (!existsSync(nginx)) throw new Error(`找不到 ${nginx}：运行 tsx scripts/ensure-tools.ts nginx`);
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}/index.html 不存在：先构建网站`);
  const temp = mkdtempSync(path.join(tmpdir(), 'faq-nginx-'));
  chmodSync(temp, 0o755);
  if (logs) {
    rmSync(logs, {recursive: true, force: true});
    mkdirSync(logs, {recursive: true});
  }
  const logDir = logs ?? temp;
  writeFileSync(
    path.join(temp, 'site.conf'),
    adaptSiteConfig(readFileSync(SITE_CONFIG, 'utf8'), {dir, port, base, logs: logDir}),
  );
  writeFileSync(path.join(temp, 'nginx.conf'), mainConfig(temp, process.getuid?.() === 0, logDir));
  const args = ['-p', temp, '-c', path.join(temp, 'nginx.conf')];
  const cleanUp = () => rmSync(temp, {recursive: true, force: true});

  const test = spawnSync(nginx, ['-t', '-q', ...args], {encoding: 'utf8'});
  if (test.status !== 0) {
    cleanUp();
    throw new Error(`nginx 拒绝了配置：\n${test.stderr}`);
  }
  const child = spawn(nginx, args, {stdio: ['ignore', 'inherit', 'inherit']});
  let stopping = false;
  const stop = () => {
    stopping = true;
    child.kill('SIGQUIT');
  };
  child.on('exit', (code, signal) => {
    const log = existsSync(path.join(temp, 'error.log')) ? readFileSync(path.join(temp, 'error.log'), 'utf8') : '';
    cleanUp();
    if (!stopping) {
      console.error(`nginx 意外退出（${signal ?? code}）：\n${log}`);
      process.exit(1);
    }
    process.exit(0);
  });
  return {stop, temp};
}

if (process.argv[1]?.endsWith('serve-nginx.ts')) {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string', default: 'build'},
      port: {type: 'string', default: '4175'},
      base: {type: 'string', default: '/'},
      logs: {type: 'string'},
    },
  });
  try {
    const server = serveNginx({dir: values.dir, port: Number(values.port), base: values.base, logs: values.logs});
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, server.stop);
    console.log(
      `nginx serving ${values.dir} at http://127.0.0.1:${values.port}${values.base} (config: ${SITE_CONFIG}, temp: ${server.temp})`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
