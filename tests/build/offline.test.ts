import {readFileSync} from 'node:fs';
import path from 'node:path';
import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {checkOffline} from '../../scripts/offline/check';
import {DATA_GLOBAL, type OfflineData} from '../../scripts/offline/search-data';
import {SearchEngine} from '../../src/lib/search/engine';
import {EVENT_FILE} from '../../src/lib/events/encode';
import {searchFillerWords, searchSynonyms} from '../../src/data/search-words';
import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {OFFLINE_BUILD, PUBLIC_BUILD, buildFiles, pagesOfSitemap} from './site';

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
    const window: Record<string, OfflineData> = {};
    runInNewContext(readFileSync(path.join(OFFLINE_BUILD, 'search-data.js'), 'utf8'), {window});
    const data = window[DATA_GLOBAL]!;
    expect(Object.keys(data.numbers)).toHaveLength(questions.length);
    for (const [url, n] of Object.entries(data.numbers)) {
      expect(questions, url).toContain(`${url.slice(1)}index.html`);
      expect(data.replies[n]!.body.length, url).toBeGreaterThan(0);
    }
    expect(data.placeholders.length).toBeGreaterThan(0);
    expect(data.siteRoot).toMatch(/^https?:\/\/[^/]+\/$/);
    const engine = new SearchEngine(data.index, {
      synonyms: searchSynonyms,
      fillerWords: searchFillerWords,
      placeholders: data.placeholders,
    });
    const top = (query: string) => engine.search(query, 1)[0]?.title;
    expect(top('忘记密码')).toBe('杭州市实名制重置密码说明');
    expect(top('工地码扫不了')).toMatch(/工地码/);
    expect(top('清缓存')).toBe('清缓存方法');
    // A misspelling the site's search corrects (src/data/search-words.ts).
    expect(top('考情率')).toBe('考勤率：有考勤人员/在场人员');
  });
});
