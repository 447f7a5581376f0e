import type {SearchEngine} from './engine';
import {INDEX_FILE, SIMPLIFIED_FILE} from './files';

let loading: Promise<SearchEngine> | undefined;

async function fetchJson(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The search engine with its index, fetched once, on first use: the engine
 * code and lunr are a separate chunk, search-index.json and
 * search-simplified.json separate files, so pages that are only read never
 * load them.
 */
export function loadSearchEngine(baseUrl: string, placeholders: string[]): Promise<SearchEngine> {
  loading ??= (async () => {
    const [{createSearchEngine}, index, simplified] = await Promise.all([
      import('./create'),
      fetchJson(`${baseUrl}${INDEX_FILE}`),
      fetchJson(`${baseUrl}${SIMPLIFIED_FILE}`),
    ]);
    return createSearchEngine({index, simplified, placeholders});
  })();
  // Let a later attempt retry after a failed load (e.g. a dropped connection).
  loading.catch(() => (loading = undefined));
  return loading;
}
