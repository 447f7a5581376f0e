/**
 * npm run bench — how fast the production build opens on a phone in QQ over a
 * slow network (issues 6 and 17). Serves build/ with gzip and, in headless
 * Chromium emulating a phone (4× slower CPU, 1.6 Mbps down, 750 Kbps up,
 * 150 ms RTT, cold cache), loads three times each the home page, three
 * question pages, the short link of the first, a plain-HTML copy of each
 * question's answer (written to a temporary folder: the physical limit), and
 * the home and question pages of a VitePress peer built from docs/
 * (scripts/bench-peer.ts); counts bytes before load and until the network is
 * quiet; then times the search, a cold build and Lighthouse's mobile preset,
 * and prints the medians against the budget.
 *
 *   npm run bench                      # print only
 *   npm run bench -- --record          # also write bench/RESULTS.md
 *   npm run bench -- --no-build        # skip the cold build (about 10 s)
 *   npm run bench -- --no-lighthouse   # skip Lighthouse (about 30 s)
 *   npm run bench -- --no-peer         # skip the VitePress peer (install once about 20 s, build about 10 s)
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium, type Browser} from '@playwright/test';
import {load} from 'cheerio';
import * as prettier from 'prettier';
import {defineEsbuildName, loadQueries, runSearchQueries, summarize} from './search-queries';
import {
  type BenchResults,
  budgetRows,
  buildText,
  failingRows,
  type FailingAudit,
  heaviestRows,
  lighthouseRows,
  medianRun,
  type PageKind,
  type PageRun,
  pageRows,
  renderSection,
  searchRows,
  table,
  updateResults,
} from './bench-report';
import {loadRegistry} from '../src/plugins/short-links/registry';
import {buildPeer} from './bench-peer';
import {QUESTION_PAGES, type Scores} from './budget';
import {CHROMIUM_ARGS, chromiumPath} from './ensure-tools';
import {fileGzipSize, kindOf, pageWeight, zeroByKind} from './page-weight';
import {serveStatic} from './serve-static';

const RUNS = 3;
const BUILD_DIR = 'build';
const RESULTS_FILE = 'bench/RESULTS.md';
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const LIGHTHOUSE_PORT = PORT + 1;
const PLAIN_PORT = PORT + 2;
const PEER_PORT = PORT + 3;

export const PHONE = {
  viewport: {width: 360, height: 740},
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 12; V2166A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
    'Version/4.0 Chrome/109.0.5414.86 MQQBrowser/6.2 TBS/047205 Mobile Safari/537.36 V1_AND_SQ_9.0.20_4450_YYB_D QQ/9.0.20.14595 NetType/4G',
};
export const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
export const CPU_SLOWDOWN = 4;
const PROFILE =
  `360×740 手机（DPR 3，触屏，QQ 内置浏览器 UA），CPU 降速 ${CPU_SLOWDOWN}×，` +
  `下行 1.6 Mbps、上行 750 Kbps、往返 150 ms，冷缓存，gzip；每页 ${RUNS} 次取中位数`;

/** A new phone tab on the slow-phone profile (cold cache), with its DevTools session; close `context` after use. */
export async function slowPhonePage(browser: Browser) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
  return {context, page, cdp};
}

/** Notes in window.readyMs when the app has hydrated the page (as text: the bench's functions carry esbuild's helpers). */
const READY_SCRIPT = `(function wait() {
  if (document.documentElement && document.documentElement.dataset.hasHydrated === 'true') window.readyMs = performance.now();
  else setTimeout(wait, 20);
})();`;

/** One cold load of `url` on the slow-phone profile, counted by the DevTools protocol. */
async function loadOnce(browser: Browser, url: string): Promise<PageRun> {
  const {context, page, cdp} = await slowPhonePage(browser);
  try {
    const started = new Map<string, {url: string; at: number}>();
    const finished = new Map<string, number>();
    let loadAt = Infinity;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (/^https?:/.test(e.request.url)) started.set(e.requestId, {url: e.request.url, at: e.timestamp});
    });
    cdp.on('Network.loadingFinished', (e) => finished.set(e.requestId, e.encodedDataLength));
    cdp.on('Page.loadEventFired', (e) => (loadAt = Math.min(loadAt, e.timestamp)));
    await cdp.send('Page.enable');
    await page.addInitScript({content: READY_SCRIPT});
    await page.goto(url, {waitUntil: 'load', timeout: 60_000});
    await defineEsbuildName(page);
    // Until our app (#__docusaurus), which starts after load (finish-build/late-boot), has hydrated the page.
    await page.waitForFunction(
      () => !document.getElementById('__docusaurus') || (window as {readyMs?: number}).readyMs !== undefined,
      null,
      {timeout: 60_000},
    );
    // Past what the page loads once idle (src/plugins/quiet-prefetch), until nothing moves for 500 ms.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
    await page.waitForLoadState('networkidle', {timeout: 60_000});
    const timing = await page.evaluate(
      () =>
        new Promise<{dclMs: number; loadMs: number; lcpMs: number; readyMs: number}>((resolve) => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const readyMs = (window as {readyMs?: number}).readyMs ?? NaN;
          const done = (lcpMs: number) =>
            resolve({dclMs: nav.domContentLoadedEventStart, loadMs: nav.loadEventStart, lcpMs, readyMs});
          new PerformanceObserver((list) => done(list.getEntries().at(-1)?.startTime ?? NaN)).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
          setTimeout(() => done(NaN), 5000);
        }),
    );
    if (!Number.isFinite(timing.lcpMs)) throw new Error(`${url} 没有 LCP 记录`);
    const bytes = zeroByKind();
    const beforeLoad = [...started].filter(([, r]) => r.at < loadAt);
    for (const [id, r] of beforeLoad) bytes[kindOf(r.url)] += finished.get(id) ?? 0;
    const quietBytes = [...started.keys()].reduce((sum, id) => sum + (finished.get(id) ?? 0), 0);
    return {requests: beforeLoad.length, bytes, quietBytes, ...timing};
  } finally {
    await context.close();
  }
}

/** A page to load: where, what it is, and the question page it stands for. */
type Target = {url: string; path: string; kind: PageKind; of?: string};

/** The short link of a question page, from the registry. */
function shortLinkOf(questionPath: string): string {
  const n = Object.entries(loadRegistry()).find(([, entry]) => entry.paths.at(-1) === questionPath)?.[0];
  if (n === undefined) throw new Error(`${questionPath} 没有短链接（src/data/short-links.json）`);
  return `/q/${n}/`;
}

/** A question's title and answer as a plain page: no script, a few lines of CSS. */
function plainCopy(questionHtml: string): string {
  const $ = load(questionHtml);
  const answer = $('.theme-doc-markdown').first();
  answer.find('[data-search-ignore]').remove();
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${$('title').html() ?? ''}</title>
<style>body{font:16px/1.65 system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:0 1rem}h1{font-size:1.5rem}</style>
</head><body><main>${answer.html() ?? ''}</main></body></html>\n`;
}

/** Writes the plain copy of each question page into `dir`. */
function writePlainCopies(dir: string) {
  for (const p of QUESTION_PAGES) {
    mkdirSync(path.join(dir, p), {recursive: true});
    writeFileSync(
      path.join(dir, p, 'index.html'),
      plainCopy(readFileSync(path.join(BUILD_DIR, p, 'index.html'), 'utf8')),
    );
  }
}

/** Milliseconds from keystroke to results, unthrottled, once the index is loaded. */
async function timeSearch(browser: Browser, origin: string): Promise<BenchResults['search']> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    const s = summarize(await runSearchQueries(page, loadQueries()));
    // What the site fetches of the index on focus: the split index's first file (the shards come per query).
    const index = path.join(BUILD_DIR, 'search-meta.json');
    return {
      indexBytes: statSync(index).size,
      indexGzBytes: fileGzipSize(index),
      medianMs: s.medianMs,
      maxMs: s.maxMs,
      queries: s.queries,
    };
  } finally {
    await page.close();
  }
}

/**
 * The heaviest question page, by page-weight.ts's count of the build files it
 * loads; each page in a new tab, so that no prefetch of the one before counts.
 */
async function heaviestPage(browser: Browser, origin: string): Promise<BenchResults['heaviest']> {
  let heaviest = {path: '', files: [] as {url: string; bytes: number}[], total: -1};
  for (const p of QUESTION_PAGES) {
    const page = await browser.newPage();
    const w = await pageWeight(page, origin + p, BUILD_DIR, '/');
    await page.close();
    if (w.total > heaviest.total) heaviest = {path: p, files: w.files, total: w.total};
  }
  return {path: heaviest.path, files: [...heaviest.files].sort((a, b) => b.bytes - a.bytes)};
}

/** Wall time of `docusaurus build` in `cwd`; throws with its output if it fails. */
export function timedBuild(args: string[] = [], cwd = '.'): number {
  const start = performance.now();
  const result = spawnSync('npx', ['docusaurus', 'build', ...args], {cwd, encoding: 'utf8'});
  if (result.status !== 0) throw new Error(`构建失败（${cwd}）：\n${result.stdout}\n${result.stderr}`);
  return performance.now() - start;
}

/** Wall time of a production build with Docusaurus's caches removed first. */
function coldBuild(): number {
  rmSync('node_modules/.cache', {recursive: true, force: true});
  rmSync('.docusaurus', {recursive: true, force: true});
  const out = mkdtempSync(path.join(tmpdir(), 'faq-bench-build-'));
  try {
    return timedBuild(['--out-dir', out]);
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
}

/** Lighthouse's default (mobile, simulated throttling) run of one page. */
async function runLighthouse(url: string): Promise<NonNullable<BenchResults['lighthouse']>> {
  const {default: lighthouse} = await import('lighthouse');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${LIGHTHOUSE_PORT}`],
  });
  try {
    const result = await lighthouse(url, {
      port: LIGHTHOUSE_PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error('Lighthouse 没有返回结果');
    const {categories, audits} = result.lhr;
    const scores = Object.fromEntries(
      Object.entries(categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]),
    ) as Scores;
    const failing = Object.entries(categories).flatMap(([category, c]) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => ({...audits[ref.id]!, category}))
        .filter((a): a is typeof a & {score: number} => a.score !== null && a.score < 0.9)
        .map(({id, title, score, displayValue}): FailingAudit => ({id, title, category, score, displayValue})),
    );
    return {path: new URL(url).pathname, scores, failing};
  } finally {
    await browser.close();
  }
}

/**
 * The page loads, the search and the heaviest page, in one browser closed
 * before the build and Lighthouse; the peer's pages if `peerOrigin` is given.
 */
async function measureInBrowser(origin: string, plainOrigin: string, peerOrigin?: string): Promise<BenchResults> {
  const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
  const targets: Target[] = [
    {url: `${origin}/`, path: '/', kind: 'home'},
    ...QUESTION_PAGES.map((p): Target => ({url: origin + p, path: p, kind: 'question'})),
    {
      url: origin + shortLinkOf(QUESTION_PAGES[0]!),
      path: shortLinkOf(QUESTION_PAGES[0]!),
      kind: 'short link',
      of: QUESTION_PAGES[0],
    },
    ...QUESTION_PAGES.map((p): Target => ({url: plainOrigin + p, path: p, kind: 'plain', of: p})),
    ...(peerOrigin ? ['/', ...QUESTION_PAGES] : []).map((p): Target => ({
      url: peerOrigin + p,
      path: p,
      kind: 'peer',
      of: p,
    })),
  ];
  try {
    const pages = [];
    // Round after round, so that a change in the machine's load touches every page alike.
    const runs = targets.map((): PageRun[] => []);
    for (let i = 0; i < RUNS; i += 1) {
      for (const [t, target] of targets.entries()) runs[t]!.push(await loadOnce(browser, target.url));
      console.error(`第 ${i + 1}/${RUNS} 轮已测完`);
    }
    for (const [t, target] of targets.entries()) pages.push(medianRun(target.path, runs[t]!, target.kind, target.of));
    return {
      date: new Date().toISOString().slice(0, 10),
      machine: machine(),
      profile: PROFILE,
      pages,
      search: await timeSearch(browser, origin),
      heaviest: await heaviestPage(browser, origin),
    };
  } finally {
    await browser.close();
  }
}

function machine(): string {
  const cpu = cpus();
  const load = loadavg()[0]!.toFixed(2);
  return `Node ${process.version}，${cpu.length} 核（${cpu[0]?.model.trim() ?? '未知 CPU'}），${process.platform}，开始时 1 分钟平均负载 ${load}`;
}

/** The measured pages (the home page and QUESTION_PAGES) that a built site in `dir` lacks. */
const missingPages = (dir: string) =>
  ['/', ...QUESTION_PAGES].filter((p) => !existsSync(path.join(dir, p, 'index.html')));

async function main() {
  const {values} = parseArgs({
    options: {
      record: {type: 'boolean', default: false},
      'no-build': {type: 'boolean', default: false},
      'no-lighthouse': {type: 'boolean', default: false},
      'no-peer': {type: 'boolean', default: false},
    },
  });
  const [missing] = missingPages(BUILD_DIR);
  if (missing !== undefined) {
    throw new Error(
      `${BUILD_DIR}${missing}index.html 不存在：先运行 npx docusaurus build（或 npm run build）；已经构建过的话，是页面改名了？`,
    );
  }
  const origin = `http://127.0.0.1:${PORT}`;
  const plainDir = mkdtempSync(path.join(tmpdir(), 'faq-bench-plain-'));
  writePlainCopies(plainDir);
  const peerDir = values['no-peer'] ? undefined : buildPeer();
  const peerDist = peerDir === undefined ? undefined : path.join(peerDir, '.vitepress/dist');
  const peerMissing = peerDist === undefined ? [] : missingPages(peerDist);
  if (peerMissing.length > 0) {
    rmSync(peerDir!, {recursive: true, force: true});
    throw new Error(`VitePress 对照没有 ${peerMissing.join('、')}`);
  }
  const server = await serveStatic({dir: BUILD_DIR, port: PORT});
  const plainServer = await serveStatic({dir: plainDir, port: PLAIN_PORT});
  const peerServer = peerDist === undefined ? undefined : await serveStatic({dir: peerDist, port: PEER_PORT});
  let results: BenchResults;
  try {
    results = await measureInBrowser(
      origin,
      `http://127.0.0.1:${PLAIN_PORT}`,
      peerServer ? `http://127.0.0.1:${PEER_PORT}` : undefined,
    );
    if (!values['no-build']) {
      console.error('冷构建…');
      results.buildMs = coldBuild();
    }
    if (!values['no-lighthouse']) {
      console.error('Lighthouse…');
      results.lighthouse = await runLighthouse(origin + QUESTION_PAGES[0]!);
    }
  } finally {
    server.close();
    plainServer.close();
    peerServer?.close();
    rmSync(plainDir, {recursive: true, force: true});
    if (peerDir !== undefined) rmSync(peerDir, {recursive: true, force: true});
  }

  const tables = [
    pageRows(results.pages),
    searchRows(results),
    [['冷构建', buildText(results.buildMs)]],
    ...(results.lighthouse ? [lighthouseRows(results.lighthouse)] : []),
    ...(results.lighthouse?.failing.length ? [failingRows(results.lighthouse.failing)] : []),
    heaviestRows(results.heaviest),
    budgetRows(results),
  ];
  console.log(`\n${results.date}  ${results.machine}\n${results.profile}\n`);
  console.log(tables.map((t) => table(t)).join('\n\n'));
  if (values.record) {
    const existing = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : '';
    const text = updateResults(existing, renderSection(results), results.date);
    const options = {...(await prettier.resolveConfig(RESULTS_FILE)), filepath: RESULTS_FILE};
    writeFileSync(RESULTS_FILE, await prettier.format(text, options));
    console.log(`\n已写入 ${RESULTS_FILE}`);
  }
}

if (process.argv[1]?.endsWith('bench.ts')) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
