import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkOffline} from '../../scripts/offline/check';
import {HELDOUT_FILE, loadQueries, QUERIES_FILE} from '../../scripts/search-queries';
import {createSearchEngine} from '../../src/lib/search/create';
import {EVENT_FILE} from '../../src/lib/events/encode';
import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {OFFLINE_BUILD, PUBLIC_BUILD, buildFiles, pagesOfSitemap} from './site';
import {offlineData, siteSearch} from './search';

const questions = currentPaths(loadRegistry()).map((p) => `${p.slice(1)}index.html`);

// Broken addresses and site scripts make build-offline.ts itself fail (checkOffline); here, what it does not check.
describe('the offline copy (build-offline/)', () => {
  const report = checkOffline(OFFLINE_BUILD);

  it('records nothing: no script or page of it names the event file, and no vote buttons show', () => {
    const texts = buildFiles(OFFLINE_BUILD)
      .filter((f) => /\.(html|js)$/.test(f))
      .map((f) => [f, readFileSync(f, 'utf8')] as const);
    expect(texts.length).toBeGreaterThan(50);
    // The site's scripts do name it: the check can find it where it is.
    expect(buildFiles(PUBLIC_BUILD).some((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes(EVENT_FILE))).toBe(true);
    expect(texts.filter(([, text]) => text.includes(EVENT_FILE) || text.includes('有帮助')).map(([f]) => f)).toEqual([]);
  });

  it('reaches every question, and every page of the sitemap but the server search page, by links from index.html', () => {
    expect(questions.length).toBeGreaterThan(30);
    expect(questions.filter((q) => !report.reachable.has(q))).toEqual([]);
    const pages = pagesOfSitemap(readFileSync(path.join(PUBLIC_BUILD, 'sitemap.xml'), 'utf8'))
      .map((p) => p.slice(1))
      .filter((p) => p !== 'search/')
      .map((p) => `${p}index.html`);
    expect(pages.filter((p) => !report.reachable.has(p))).toEqual([]);
  });

  it("carries the site's index and every question's reply, and its search finds the answer to common questions", () => {
    const data = offlineData();
    expect(Object.keys(data.numbers)).toHaveLength(questions.length);
    for (const [url, n] of Object.entries(data.numbers)) {
      expect(questions, url).toContain(`${url.slice(1)}index.html`);
      expect(data.replies[n]!.body.length, url).toBeGreaterThan(0);
    }
    expect(data.placeholders.length).toBeGreaterThan(0);
    expect(data.siteRoot).toMatch(/^https?:\/\/[^/]+\/$/);
    const engine = createSearchEngine(data);
    const top = (query: string) => engine.search(query, 1)[0]?.title;
    expect(top('忘记密码')).toBe('杭州市实名制重置密码说明');
    expect(top('工地码扫不了')).toMatch(/工地码/);
    expect(top('清缓存')).toBe('清缓存方法');
    // A misspelling the site's search corrects (src/data/search-words.ts).
    expect(top('考情率')).toBe('考勤率：有考勤人员/在场人员');
  });

  it("gives the site's results, in the same order, for every query of the search benchmarks", () => {
    const site = siteSearch();
    const offline = createSearchEngine(offlineData());
    const queries = [...loadQueries(QUERIES_FILE), ...loadQueries(HELDOUT_FILE)].map((q) => q.q);
    expect(queries.length).toBeGreaterThan(100);
    let found = 0;
    for (const query of queries) {
      const results = site.search(query);
      found += results.length;
      expect(offline.search(query), query).toEqual(results);
    }
    expect(found).toBeGreaterThan(queries.length);
  });
});
