/**
 * The search benchmark's queries (bench/*.json) and how an answer is
 * judged: shared by npm run bench:search, npm run bench, the ranking test
 * in Node (tests/build/search-ranking.test.ts) and the browser test of the
 * search box (tests/e2e/search-quality.spec.ts).
 */
import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {loadRegistry, targetId} from '../src/plugins/short-links/registry';
import {median} from './bench-report';

export type BenchQuery = {q: string; expect: string; kind: string; alsoOk?: string[]; note?: string};
export type Outcome = {query: BenchQuery; got: string[]; ms: number; top1: boolean; top3: boolean};

/** The queries the search's words were tuned on. */
export const QUERIES_FILE = 'bench/search-queries.json';
/** Queries written apart from the tuning, never tuned on: how the search does on new wordings. */
export const HELDOUT_FILE = 'bench/search-heldout.json';

export function loadQueries(file = QUERIES_FILE): BenchQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as {queries: BenchQuery[]}).queries;
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

/** How a query did, from the links it got, in order. */
export function judge(query: BenchQuery, hrefs: string[], ms = 0): Outcome {
  const got = hrefs.map(questionIdOf);
  const accepted = [query.expect, ...(query.alsoOk ?? [])];
  return {
    query,
    got,
    ms,
    top1: accepted.includes(got[0] ?? ''),
    top3: got.slice(0, 3).some((id) => accepted.includes(id)),
  };
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
      // The dropdown for this query, once the box has its results (a query may wait for shards of the index).
      const shown = () =>
        document.querySelector(
          `[data-search-ready="true"] [data-testid="search-dropdown"][data-query="${CSS.escape(q)}"]`,
        );
      // React renders a typed character's results without yielding to a timer when its shards
      // are in; fall back to timers (shards to fetch) so that a bug shows up as a slow query, not a hang.
      for (let i = 0; !shown() && i < 1000; i += 1) await Promise.resolve();
      while (!shown() && performance.now() - start < 10_000) await new Promise((resolve) => setTimeout(resolve, 1));
      const elapsed = performance.now() - start;
      const links = [...document.querySelectorAll('[data-testid="search-dropdown"] [data-testid="search-result"]')];
      return {ms: elapsed, hrefs: links.map((a) => a.getAttribute('href') ?? '')};
    }, query.q);
    outcomes.push(judge(query, hrefs, ms));
  }
  return outcomes;
}
