import type {SearchEngine} from './engine';
import {SIMPLIFIED_FILE, SPLIT_META_FILE} from './files';

let loading: Promise<SearchEngine> | undefined;

async function fetchJson(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The search engine, loaded once, on first use (the focus of a search box):
 * the engine code and lunr are a separate chunk; the split index's first
 * file (search-meta.json) and search-simplified.json separate files, so
 * pages that are only read never load them. The shards a query needs are
 * fetched by the engine's `prepare` (src/lib/search/split.ts).
 */
export function loadSearchEngine(baseUrl: string, placeholders: string[]): Promise<SearchEngine> {
  loading ??= (async () => {
    const [{createSearchEngine, SplitIndex}, meta, simplified] = await Promise.all([
      import('./create'),
      fetchJson(`${baseUrl}${SPLIT_META_FILE}`),
      fetchJson(`${baseUrl}${SIMPLIFIED_FILE}`),
    ]);
    const index = new SplitIndex(meta, (file) => fetchJson(`${baseUrl}${file}`));
    return createSearchEngine({index, simplified, placeholders});
  })();
  // Let a later attempt retry after a failed load (e.g. a dropped connection).
  loading.catch(() => (loading = undefined));
  return loading;
}
