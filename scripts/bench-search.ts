/**
 * npm run bench:search — runs every query of bench/search-queries.json
 * through the search box of the built site in Chromium, and prints each
 * miss, the top-1 and top-3 rates, and the milliseconds from the keystroke
 * to the results on screen. Build first (npm run build).
 */
import {readFileSync, statSync} from 'node:fs';
import {chromium, type Page} from '@playwright/test';
import {loadRegistry, targetId} from '../src/plugins/short-links/registry';
import {median} from './bench-report';
import {CHROMIUM_ARGS, chromiumPath} from './ensure-tools';
import {fileGzipSize} from './page-weight';
import {serveStatic} from './serve-static';

export type BenchQuery = {q: string; expect: string; kind: string; alsoOk?: string[]; note?: string};
export type Outcome = {query: BenchQuery; got: string[]; ms: number; top1: boolean; top3: boolean};

export const QUERIES_FILE = 'bench/search-queries.json';

export function loadQueries(): BenchQuery[] {
  return (JSON.parse(readFileSync(QUERIES_FILE, 'utf8')) as {queries: BenchQuery[]}).queries;
}

/** The question id of each path in the short-link registry, read once. */
let idByPath: Map<string, string> | undefined;

/** The question id a result link leads to (whatever the base path). */
export function questionIdOf(href: string): string {
  idByPath ??= new Map(
    Object.values(loadRegistry()).flatMap((entry) => entry.paths.map((p) => [p, targetId(entry)] as const)),
  );
  const path = new URL(href, 'http://x').pathname;
  // The path itself, then without its first folder (the base), and so on.
  for (let i = 0; i !== -1; i = path.indexOf('/', i + 1)) {
    const id = idByPath.get(path.slice(i));
    if (id !== undefined) return id;
  }
  return path;
}

/** tsx (esbuild) names inner functions with a __name helper the page lacks: gives the page one. */
export async function defineEsbuildName(page: Page): Promise<void> {
  await page.evaluate('window.__name = (f) => f');
}

/**
 * Types each query into the navbar search box (the index already loaded)
 * and reads the results the drop-down shows for it.
 */
export async function runSearchQueries(page: Page, queries: BenchQuery[]): Promise<Outcome[]> {
  await defineEsbuildName(page);
  const box = page.locator('nav input[type="search"]');
  await box.focus();
  await page.locator('[data-search-ready="true"]').first().waitFor({state: 'attached', timeout: 10_000});
  const outcomes: Outcome[] = [];
  for (const query of queries) {
    const {ms, hrefs} = await page.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('nav input[type="search"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (value: string) => {
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      };
      type('');
      await new Promise((resolve) => setTimeout(resolve, 0));
      const start = performance.now();
      type(q);
      const shown = () => document.querySelector(`[data-testid="search-dropdown"][data-query="${CSS.escape(q)}"]`);
      // React renders a typed character's results without yielding to a timer;
      // fall back to timers so that a bug shows up as a slow query, not a hang.
      for (let i = 0; !shown() && i < 1000; i += 1) await Promise.resolve();
      while (!shown() && performance.now() - start < 2000) await new Promise((resolve) => setTimeout(resolve, 1));
      const elapsed = performance.now() - start;
      const links = [...document.querySelectorAll('[data-testid="search-dropdown"] [data-testid="search-result"]')];
      return {ms: elapsed, hrefs: links.map((a) => a.getAttribute('href') ?? '')};
    }, query.q);
    const got = hrefs.map(questionIdOf);
    const accepted = [query.expect, ...(query.alsoOk ?? [])];
    outcomes.push({
      query,
      got,
      ms,
      top1: accepted.includes(got[0] ?? ''),
      // An answer accepted first is accepted among the first three too.
      top3: got.slice(0, 3).some((id) => accepted.includes(id)),
    });
  }
  return outcomes;
}

export function summarize(outcomes: Outcome[]) {
  const rate = (ok: number) => ok / outcomes.length;
  const times = outcomes.map((o) => o.ms);
  return {
    queries: outcomes.length,
    top1: rate(outcomes.filter((o) => o.top1).length),
    top3: rate(outcomes.filter((o) => o.top3).length),
    medianMs: median(times),
    maxMs: Math.max(...times),
  };
}

async function main() {
  const dir = process.env.BENCH_BUILD_DIR ?? 'build';
  const indexFile = `${dir}/search-index.json`;
  const indexBytes = statSync(indexFile).size;
  const indexGzBytes = fileGzipSize(indexFile);
  const port = 4190;
  const server = await serveStatic({dir, port});
  const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const loadStart = Date.now();
    const outcomes = await runSearchQueries(page, loadQueries());
    const firstUse = Date.now() - loadStart;
    for (const o of outcomes.filter((x) => !x.top1)) {
      console.log(
        `${o.top3 ? 'top-3 only' : 'MISS      '}  ${o.query.q}  → want ${o.query.expect}, got ${o.got.slice(0, 3).join(', ') || '(nothing)'}`,
      );
    }
    const s = summarize(outcomes);
    console.log(`\nqueries            ${s.queries}`);
    console.log(`top-1              ${(s.top1 * 100).toFixed(1)}%`);
    console.log(`top-3              ${(s.top3 * 100).toFixed(1)}%`);
    console.log(`keystroke→results  median ${s.medianMs.toFixed(2)} ms, max ${s.maxMs.toFixed(2)} ms`);
    console.log(
      `index              ${(indexBytes / 1024).toFixed(1)} KB, ${(indexGzBytes / 1024).toFixed(1)} KB gzipped`,
    );
    console.log(`first use          ${firstUse} ms (focus, index load, all queries)`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1]?.endsWith('bench-search.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
