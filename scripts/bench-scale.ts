/**
 * npm run bench:scale -- --times 10 — what the site costs with ten times
 * its questions. Builds, in a temporary folder, a copy of the project whose
 * docs/ has every question N times (the copies with new ids, new files
 * beside the real ones, and new short-link numbers in the copy's registry),
 * and the same copy with its questions once, for comparison; then prints
 * for each: build time, what a question page loads until its app is ready, main.js
 * gzipped, the bytes the first search fetches and its keystroke-to-results
 * time on npm run bench's slow-phone profile, and later keystrokes'.
 *
 * The first search (changed 2026-12-03, with the split index): the reader
 * taps the box, and the query comes TYPING_MS later; bytes are counted from
 * the tap, time from the keystroke (the input event) to the results painted,
 * measured in the page. Before, the query was typed at the instant of the
 * tap (Playwright's fill) and timed from Node: that made "keystroke to
 * results" include everything loaded on focus, which no reader's typing
 * allows (an input method needs the keyboard up and several keys first).
 * The old measure is still printed beside it ("聚焦的同时输入"), so that
 * what focus loading hides can be seen.
 *
 *   npm run bench:scale -- --times 10
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium, type Browser} from '@playwright/test';
import {INDEX_FILE, SIMPLIFIED_FILE, SPLIT_META_FILE} from '../src/lib/search/files';
import {REGISTRY_FILE, type Registry} from '../src/plugins/short-links/registry';
import {CPU_SLOWDOWN, NETWORK, PHONE, slowPhonePage, timedBuild} from './bench';
import {median, ms, table} from './bench-report';
import {kb} from './budget';
import {loadQuestions, sitePath} from './content/questions';
import {CHROMIUM_ARGS, chromiumPath} from './ensure-tools';
import {fileGzipSize, pageWeight, waitForHydration} from './page-weight';
import {HELDOUT_FILE, loadQueries, runSearchQueries, summarize} from './search-queries';
import {serveStatic} from './serve-static';

const PORT = Number(process.env.BENCH_PORT ?? 4310) + 2;
/** A question page of npm run bench, there in every copy. */
const QUESTION_PAGE = '/hangzhou/login/reset-password/';
const FIRST_QUERY = '忘记密码';
/** What the copy leaves out of the project: outputs, caches, history. */
const LEFT_OUT = /^(node_modules|\.git|\.docusaurus|build.*|test-results|playwright-report)$/;

type Measure = {
  questions: number;
  buildMs: number;
  pageBytes: number;
  mainJsGz: number;
  indexGz: number;
  metaGz: number;
  firstSearchBytes: number;
  firstSearchMs: number;
  atOnceBytes: number;
  atOnceMs: number;
  keystrokeMs: number;
};

/**
 * A copy of the project in `dir` with each question `times` times: the copy
 * k of a question is a file beside it, id `<id>-x<k>`, title `<title>（k）`,
 * with the next free short-link number.
 */
function makeCopy(dir: string, times: number): number {
  for (const name of readdirSync('.').filter((n) => !LEFT_OUT.test(n))) {
    cpSync(name, path.join(dir, name), {recursive: true});
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  const registry = JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) as Registry;
  let next = Math.max(...Object.keys(registry).map(Number)) + 1;
  const questions = loadQuestions(path.join(dir, 'docs'), dir).filter(
    (q) => typeof q.frontMatter.id === 'string' && !q.file.endsWith('/index.md'),
  );
  for (const q of questions) {
    const text = readFileSync(path.join(dir, q.file), 'utf8');
    for (let k = 2; k <= times; k += 1) {
      const id = `${q.frontMatter.id as string}-x${k}`;
      const file = q.file.replace(/\.mdx?$/, `-x${k}.md`);
      writeFileSync(
        path.join(dir, file),
        text
          .replace(/^id: .*$/m, `id: ${id}`)
          .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title}（${k}）`),
      );
      registry[String(next)] = {id, paths: [sitePath(file, 'docs', id)]};
      next += 1;
    }
  }
  writeFileSync(path.join(dir, REGISTRY_FILE), `${JSON.stringify(registry, null, 2)}\n`);
  // Docusaurus reads each page's last update from Git (showLastUpdateTime): the copy is a repository of one commit.
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], {cwd: dir});
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}（${dir}）：${String(result.stderr)}`);
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'copy');
  return loadQuestions(path.join(dir, 'docs'), dir).length;
}

/**
 * A reader taps the box, the keyboard comes up, and the query arrives
 * (an input method commits 忘记密码 in one go) this long after the tap.
 * Typing four characters in pinyin takes longer than this: it is on the
 * short side. The search starts loading at the tap (src/lib/search/useSearch.ts).
 */
export const TYPING_MS = 1000;
/** Cold first searches per measure. */
const RUNS = 3;

/**
 * The first search on a question page, on the slow-phone profile: the bytes
 * fetched from the tap on the box until the results show, and the time
 * from the keystroke (the input event) to the results in the document and
 * painted (the next animation frame), measured in the page. With
 * `typingMs` 0 the query is typed at the instant of the tap (fill), the
 * measure before the index was split.
 */
async function firstSearch(browser: Browser, url: string, typingMs: number, heldOut = false) {
  const {context, page, cdp} = await slowPhonePage(browser);
  try {
    await page.goto(url, {waitUntil: 'networkidle', timeout: 60_000});
    // A value typed before React hydrates the box is lost (the 10× page hydrates later than networkidle).
    await waitForHydration(page, 60_000);
    // What the search asks for (its script, its files), not the prefetching of other pages (type Other).
    const after = new Map<string, string>();
    const fetched: {url: string; bytes: number}[] = [];
    let searching = true;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (searching && e.type !== 'Other') after.set(e.requestId, e.request.url);
    });
    const done = new Set<string>();
    cdp.on('Network.loadingFinished', (e) => {
      const fetchedUrl = after.get(e.requestId);
      if (fetchedUrl) fetched.push({url: new URL(fetchedUrl).pathname, bytes: e.encodedDataLength});
      done.add(e.requestId);
    });
    cdp.on('Network.loadingFailed', (e) => done.add(e.requestId));
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    const box = page.locator('nav input[type="search"]');
    // In the page: the first input event, and the first frame after a result is in the document.
    await page.evaluate(() => {
      const w = window as unknown as {benchTyped?: number; benchShown?: number};
      document.addEventListener('input', () => (w.benchTyped ??= performance.now()), {capture: true});
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="search-result"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.benchShown = performance.now()));
      });
      observer.observe(document.body, {childList: true, subtree: true});
    });
    if (typingMs > 0) {
      await box.focus();
      await page.waitForTimeout(typingMs);
    }
    await box.fill(FIRST_QUERY);
    await page
      .waitForFunction(() => (window as unknown as {benchShown?: number}).benchShown !== undefined, null, {
        timeout: 60_000,
      })
      .catch((e: Error) => {
        throw new Error(`${url}：第一次搜索一分钟内没有结果（${problems.join('；') || '页面没有报错'}）\n${e.message}`);
      });
    const firstMs = await page.evaluate(() => {
      const w = window as unknown as {benchTyped: number; benchShown: number};
      return w.benchShown - w.benchTyped;
    });
    // What the results ask for (replies.json, for 复制答复) counts too: asked within half a second, and waited for.
    await page.waitForTimeout(500);
    searching = false;
    const settled = Date.now() + 30_000;
    while ([...after.keys()].some((id) => !done.has(id)) && Date.now() < settled) await page.waitForTimeout(50);
    // Later keystrokes: the held-out queries (those whose words need shards not fetched yet fetch them).
    const later =
      typingMs > 0 && heldOut ? summarize(await runSearchQueries(page, loadQueries(HELDOUT_FILE))) : undefined;
    console.error(
      `第一次搜索（聚焦后 ${typingMs} ms 输入）下载了：${fetched.map((f) => `${f.url} ${kb(f.bytes)}`).join('，')}`,
    );
    return {bytes: fetched.reduce((sum, f) => sum + f.bytes, 0), firstMs, keystrokeMs: later?.medianMs ?? NaN};
  } finally {
    await context.close();
  }
}

async function measure(dir: string, questions: number, buildMs: number): Promise<Measure> {
  const out = path.join(dir, 'build');
  const main = readdirSync(path.join(out, 'assets', 'js')).find((f) => /^main\.[^.]+\.js$/.test(f))!;
  const server = await serveStatic({dir: out, port: PORT});
  const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
  try {
    const url = `http://127.0.0.1:${PORT}${QUESTION_PAGE}`;
    const page = await browser.newPage();
    const weight = await pageWeight(page, url, out, '/');
    await page.close();
    // Each first search RUNS times in a new tab, cold; the medians (a single run is within noise of the budget).
    const search = await firstSearch(browser, url, TYPING_MS, true);
    const runs = [search];
    const atOnce = [];
    for (let i = 1; i < RUNS; i += 1) runs.push(await firstSearch(browser, url, TYPING_MS));
    for (let i = 0; i < RUNS; i += 1) atOnce.push(await firstSearch(browser, url, 0));
    console.error(
      `按键到结果（聚焦后输入）：${runs.map((r) => Math.round(r.firstMs)).join('、')} ms；同时输入：${atOnce.map((r) => Math.round(r.firstMs)).join('、')} ms`,
    );
    return {
      questions,
      buildMs,
      pageBytes: weight.total,
      mainJsGz: fileGzipSize(path.join(out, 'assets', 'js', main)),
      indexGz: fileGzipSize(path.join(out, INDEX_FILE)),
      metaGz: fileGzipSize(path.join(out, SPLIT_META_FILE)) + fileGzipSize(path.join(out, SIMPLIFIED_FILE)),
      firstSearchBytes: median(runs.map((r) => r.bytes)),
      firstSearchMs: median(runs.map((r) => r.firstMs)),
      atOnceBytes: median(atOnce.map((r) => r.bytes)),
      atOnceMs: median(atOnce.map((r) => r.firstMs)),
      keystrokeMs: search.keystrokeMs,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  const {values} = parseArgs({options: {times: {type: 'string', default: '10'}}});
  const times = Number(values.times);
  if (!Number.isInteger(times) || times < 2) throw new Error('--times 要是不小于 2 的整数，例如 --times 10');
  const results: Measure[] = [];
  for (const n of [1, times]) {
    const dir = mkdtempSync(path.join(tmpdir(), `faq-scale-${n}x-`));
    try {
      const questions = makeCopy(dir, n);
      console.error(`${n}×：${questions} 个 Markdown 文件，构建中（${dir}）…`);
      results.push(await measure(dir, questions, timedBuild([], dir)));
      console.error(JSON.stringify(results.at(-1)));
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  }
  const [once, scaled] = results as [Measure, Measure];
  const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
  const row = (label: string, f: (m: Measure) => number, show: (v: number) => string) => [
    label,
    show(f(once)),
    show(f(scaled)),
    ratio(f(once), f(scaled)),
  ];
  console.log(
    `\n搜索的条件：npm run bench 的手机（${PHONE.viewport.width}×${PHONE.viewport.height}），CPU 降速 ${CPU_SLOWDOWN}×，下行 ${(NETWORK.downloadThroughput * 8) / 1024 / 1024} Mbps、往返 ${NETWORK.latency} ms，冷缓存\n`,
  );
  console.log(
    table([
      ['', '现在的问题（1×）', `${times}×`, '倍数'],
      row('Markdown 文件', (m) => m.questions, String),
      row('冷构建', (m) => m.buildMs, ms),
      row(`问题页到应用就绪（${QUESTION_PAGE}，gzip）`, (m) => m.pageBytes, kb),
      row('main.js（gzip）', (m) => m.mainJsGz, kb),
      row('整个索引 search-index.json（gzip，网站不再下载）', (m) => m.indexGz, kb),
      row('索引的首个文件和繁简表（gzip，聚焦时下载）', (m) => m.metaGz, kb),
      row(`第一次搜索下载（从聚焦到结果，${RUNS} 次的中位数）`, (m) => m.firstSearchBytes, kb),
      row(`第一次搜索：聚焦 ${TYPING_MS} ms 后输入“${FIRST_QUERY}”，按键到结果（中位数）`, (m) => m.firstSearchMs, ms),
      row('同上，聚焦的同时输入（拆分前的测法）：下载', (m) => m.atOnceBytes, kb),
      row('同上，聚焦的同时输入：按键到结果', (m) => m.atOnceMs, ms),
      row(
        '之后的按键到结果（留出的一组，中位数）',
        (m) => m.keystrokeMs,
        (v) => `${v.toFixed(1)} ms`,
      ),
    ]),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
