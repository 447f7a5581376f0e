/**
 * npm run bench:search — runs every query of the tuned set
 * (bench/search-queries.json) and of the held-out set
 * (bench/search-heldout.json) through the search box of the built site in
 * Chromium, and prints for each set its misses, the top-1 and top-3 rates
 * and the milliseconds from the keystroke to the results on screen. Build
 * first (npm run build).
 */
import {statSync} from 'node:fs';
import {chromium} from '@playwright/test';
import {INDEX_FILE, SIMPLIFIED_FILE, SPLIT_META_FILE} from '../src/lib/search/files';
import {CHROMIUM_ARGS, chromiumPath} from './ensure-tools';
import {fileGzipSize} from './page-weight';
import {HELDOUT_FILE, loadQueries, QUERIES_FILE, runSearchQueries, summarize, type Outcome} from './search-queries';
import {serveStatic} from './serve-static';

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

function printSet(name: string, outcomes: Outcome[]) {
  console.log(`\n${name}`);
  for (const o of outcomes.filter((x) => !x.top1)) {
    console.log(
      `  ${o.top3 ? 'top-3 only' : 'MISS      '}  ${o.query.q}  → want ${o.query.expect}, got ${o.got.slice(0, 3).join(', ') || '(nothing)'}`,
    );
  }
  const s = summarize(outcomes);
  console.log(`  queries            ${s.queries}`);
  console.log(`  top-1              ${percent(s.top1)}`);
  console.log(`  top-3              ${percent(s.top3)}`);
  console.log(`  keystroke→results  median ${s.medianMs.toFixed(2)} ms, max ${s.maxMs.toFixed(2)} ms`);
}

async function main() {
  const dir = process.env.BENCH_BUILD_DIR ?? 'build';
  const port = Number(process.env.BENCH_PORT ?? 4190);
  const server = await serveStatic({dir, port});
  const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const loadStart = Date.now();
    const tuned = await runSearchQueries(page, loadQueries(QUERIES_FILE));
    const firstUse = Date.now() - loadStart;
    printSet(`tuned set (${QUERIES_FILE})`, tuned);
    printSet(`held-out set (${HELDOUT_FILE}, never tuned on)`, await runSearchQueries(page, loadQueries(HELDOUT_FILE)));
    console.log('');
    for (const file of [INDEX_FILE, SPLIT_META_FILE, SIMPLIFIED_FILE]) {
      const bytes = statSync(`${dir}/${file}`).size;
      console.log(
        `${file.padEnd(24)} ${(bytes / 1024).toFixed(1)} KB, ${(fileGzipSize(`${dir}/${file}`) / 1024).toFixed(1)} KB gzipped`,
      );
    }
    console.log(`first use                ${firstUse} ms (focus, index load, the tuned set's queries)`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
