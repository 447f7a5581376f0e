import path from 'node:path';
import {load} from 'cheerio';
import {BUDGET, kb, QUESTION_PAGES} from '../../scripts/budget';
import {fileGzipSize, kindOf, pageWeight} from '../../scripts/page-weight';
import {expect, navbarBox, test, waitForHydration} from './fixtures';

// Issue 6's budget in bytes, not timings (npm run bench measures those): what
// a question page loads until its app is ready, counted from the build files, gzipped.
const BUILD_DIR = 'build';

// What each of npm run bench's question pages shows in its server-rendered HTML.
const EXPECTED: Record<string, {title: string; answer: string}> = {
  '/hangzhou/login/reset-password/': {title: '杭州市实名制重置密码说明', answer: '本地企业联系企业注册地的住建局'},
  '/hangzhou/stats/attendance-rate/': {
    title: '考勤率：有考勤人员/在场人员',
    answer: '在场人员：人员推送了进场但未退场',
  },
  '/xiaoshan/quality/acceptance/': {title: '项目验收流程', answer: '质量验收针对的是这个项目的单体进行验收'},
};
const QUESTIONS = QUESTION_PAGES.map((p) => {
  const expected = EXPECTED[p];
  if (!expected) throw new Error(`${p}：budget.spec.ts 中没有它的标题和答案`);
  // Relative to the base URL.
  return {path: p.slice(1), ...expected};
});

for (const q of QUESTIONS) {
  test(`${q.path} loads at most ${kb(BUDGET.questionPageBytes)} gzipped until its app is ready, and one stylesheet`, async ({
    page,
    baseURL,
  }) => {
    const weight = await pageWeight(page, new URL(q.path, baseURL).href, BUILD_DIR, '/');
    const list = [...weight.files]
      .sort((a, b) => b.bytes - a.bytes)
      .map((f) => `${new URL(f.url).pathname} ${kb(f.bytes)}`)
      .join('\n');
    expect(weight.byKind.html, 'the page itself was counted').toBeGreaterThan(0);
    expect(weight.byKind.js, 'its scripts were counted').toBeGreaterThan(0);
    expect(weight.total, `${kb(weight.total)} in:\n${list}`).toBeLessThanOrEqual(BUDGET.questionPageBytes);
    expect(weight.files.filter((f) => kindOf(f.url) === 'css')).toHaveLength(1);
  });

  test(`${q.path} has its answer in the server-rendered HTML, before any script`, async ({request}) => {
    const response = await request.get(q.path);
    expect(response.ok()).toBe(true);
    const $ = load(await response.text());
    expect($('h1').text()).toBe(q.title);
    expect($('article .markdown').text()).toContain(q.answer);
  });
}

test('the search index is fetched only once the search box is used', async ({page}) => {
  const indexRequests: string[] = [];
  // The split index's first file (search-meta.json) and shards (search-index/); never the whole search-index.json.
  page.on('request', (r) => /search-(meta|index)/.test(r.url()) && indexRequests.push(r.url()));
  await page.goto(QUESTIONS[0]!.path);
  await waitForHydration(page);
  // Past the prefetching that starts after load, once the page is idle.
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);
  await navbarBox(page).focus();
  // Its first file (with this site's postings inline: src/lib/search/split.ts's INLINE_POSTINGS_MAX).
  await expect.poll(() => indexRequests[0] ?? '').toContain('search-meta.json');
});

// What the site fetches of the index before the first query: the split index's first file (with the postings, here).
test('the search index is at most 60 KB gzipped', () => {
  const bytes = fileGzipSize(path.join(BUILD_DIR, 'search-meta.json'));
  expect(bytes, kb(bytes)).toBeGreaterThan(1024);
  expect(bytes, kb(bytes)).toBeLessThanOrEqual(BUDGET.indexGzBytes);
});
