import {readFileSync} from 'node:fs';
import path from 'node:path';
import {runInNewContext} from 'node:vm';
import {load} from 'cheerio';
import {createSearchEngine, type SearchData} from '../../src/lib/search/create';
import type {SearchEngine} from '../../src/lib/search/engine';
import {INDEX_FILE, SIMPLIFIED_FILE, SPLIT_META_FILE} from '../../src/lib/search/files';
import type {Shard, SplitMeta} from '../../src/lib/search/split';
import {PENDING_ITEM_CLASS} from '../../src/plugins/faq-data/sidebar';
import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {DATA_GLOBAL, type OfflineData} from '../../src/lib/offline/data';
import {OFFLINE_BUILD, PUBLIC_BUILD} from './site';

const readJson = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

/**
 * The site's search as a reader's browser makes it: the files it fetches,
 * and the placeholders (整理中) the site marks, as its sidebar shows them.
 */
export function siteSearch(dir = PUBLIC_BUILD): SearchEngine {
  return createSearchEngine(siteSearchData(dir));
}

/** What the site's search is made of: its whole index, its traditional → simplified table, its placeholders. */
export function siteSearchData(dir = PUBLIC_BUILD): SearchData {
  return {
    index: readJson(dir, INDEX_FILE),
    simplified: readJson(dir, SIMPLIFIED_FILE),
    placeholders: sitePlaceholders(dir),
  };
}

/** The placeholders (整理中) the site's sidebars mark. */
function sitePlaceholders(dir: string): string[] {
  // A page's sidebar shows the categories around it: together, they show every placeholder.
  const placeholders = new Set<string>();
  for (const page of currentPaths(loadRegistry())) {
    const $ = load(readFileSync(path.join(dir, page, 'index.html'), 'utf8'));
    $(`nav .${PENDING_ITEM_CLASS} > a`).each((_, a) => void placeholders.add($(a).attr('href')!));
  }
  if (placeholders.size === 0) throw new Error(`${dir}: 没有一页的侧边栏里有标为整理中的问题`);
  return [...placeholders];
}

/** The split index as the site serves it: its first file, and its shards read from the build. */
export function splitSiteIndex(dir = PUBLIC_BUILD): {meta: SplitMeta; readShard: (file: string) => Shard} {
  return {meta: readJson(dir, SPLIT_META_FILE), readShard: (file) => readJson(dir, file)};
}

/** The offline copy's data (search-data.js), as its pages load it. */
export function offlineData(dir = OFFLINE_BUILD): OfflineData {
  const window: Record<string, OfflineData> = {};
  runInNewContext(readFileSync(path.join(dir, 'search-data.js'), 'utf8'), {window});
  return window[DATA_GLOBAL]!;
}
