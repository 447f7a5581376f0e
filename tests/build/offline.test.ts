import {readFileSync} from 'node:fs';
import path from 'node:path';
import {runInNewContext} from 'node:vm';
import {unzipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {ZIP_FOLDER} from '../../scripts/offline/build-offline';
import {filesOf} from '../../src/lib/files';
import {checkOffline} from '../../scripts/offline/check';
import {DATA_GLOBAL, search, type OfflineIndex} from '../../scripts/offline/search';
import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {loadRestricted} from '../../src/remark/restricted';
import {OFFLINE_BUILD, PUBLIC_BUILD, buildFiles, sitemapPaths} from './site';

const questions = currentPaths(loadRegistry()).map((p) => `${p.slice(1)}index.html`);

describe('the offline copy (build-offline/)', () => {
  const report = checkOffline(OFFLINE_BUILD);

  it('has only relative addresses to files that exist, and none of the site scripts', () => {
    expect(buildFiles(OFFLINE_BUILD).length).toBeGreaterThan(50);
    expect(report.checked).toBeGreaterThan(1000);
    expect(report.problems).toEqual([]);
  });

  it('reaches every question, and every page of the sitemap but the server search page, by links from index.html', () => {
    expect(questions.length).toBeGreaterThan(30);
    expect(questions.filter((q) => !report.reachable.has(q))).toEqual([]);
    const pages = sitemapPaths(PUBLIC_BUILD)
      .filter((p) => p !== 'search/')
      .map((p) => `${p}index.html`);
    expect(pages.filter((p) => !report.reachable.has(p))).toEqual([]);
  });

  it('has every question in its search index, and finds the answer to common questions', () => {
    const window: Record<string, OfflineIndex> = {};
    runInNewContext(readFileSync(path.join(OFFLINE_BUILD, 'search-data.js'), 'utf8'), {window});
    const index = window[DATA_GLOBAL]!;
    const entries = index.entries;
    expect(entries.map((e) => e.u).sort()).toEqual([...questions].sort());
    for (const entry of entries) {
      expect(entry.t, entry.u).not.toBe('');
      expect(entry.c, entry.u).not.toBe('');
      expect(entry.b, entry.u).not.toBe('');
    }
    const top = (query: string) => search(index, query)[0]?.entry.t;
    expect(top('忘记密码')).toBe('杭州市实名制重置密码说明');
    expect(top('工地码扫不了')).toMatch(/工地码/);
    expect(top('清缓存')).toBe('清缓存方法');
    // A misspelling the site's search corrects (src/data/search-words.ts).
    expect(top('考情率')).toBe('考勤率：有考勤人员/在场人员');
    expect(top('萧山 密码')).toMatch(/萧山|^登录问题/);
  });

  it('has none of the restricted values (it is made from the public build)', () => {
    const values = Object.values(loadRestricted());
    expect(values.length).toBeGreaterThan(0);
    const files = buildFiles(OFFLINE_BUILD);
    for (const value of values) expect(files.filter((file) => readFileSync(file).includes(value))).toEqual([]);
  });

  it('is also a zip of the same files in one folder', () => {
    const zip = unzipSync(readFileSync(`${OFFLINE_BUILD}.zip`));
    expect(Object.keys(zip).sort()).toEqual(
      filesOf(OFFLINE_BUILD)
        .map((f) => `${ZIP_FOLDER}/${f}`)
        .sort(),
    );
  });
});
