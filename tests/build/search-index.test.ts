import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {buildFiles, PUBLIC_BUILD} from './site';

/** The URLs the local search indexes, and the indexed text. */
function searchIndex(): {urls: Set<string>; text: string} {
  const file = buildFiles(PUBLIC_BUILD).find((f) => /search-index[^/]*\.json$/.test(f));
  if (!file) throw new Error('build/ 中没有搜索索引 search-index*.json');
  const text = readFileSync(file, 'utf8');
  return {urls: new Set([...text.matchAll(/"u":"([^"]+)"/g)].map((m) => m[1]!)), text};
}

describe('search index (public build)', () => {
  const {urls, text} = searchIndex();

  it('has every question page', () => {
    const paths = currentPaths(loadRegistry());
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) expect(urls, path).toContain(path);
  });

  it('leaves out the all-in-one page and the support page, which would outrank the questions', () => {
    expect(urls.size).toBeGreaterThan(30);
    expect(urls).not.toContain('/all/');
    expect(urls).not.toContain('/support/');
  });

  it('leaves out the related questions and contact blocks (data-search-ignore), and keeps menu-path words', () => {
    expect(text).not.toContain('相关问题');
    expect(text).not.toContain('本站不掌握节假日安排');
    expect(text).toContain('实名制管理›项目报备›未报备');
  });
});
