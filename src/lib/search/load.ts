import type {SearchEngine} from './engine';

let loading: Promise<SearchEngine> | undefined;

/**
 * The search engine with its index, fetched once, on first use: the engine
 * code and lunr are a separate chunk and search-index.json a separate file,
 * so pages that are only read never load them.
 */
export function loadSearchEngine(baseUrl: string, placeholders: string[]): Promise<SearchEngine> {
  loading ??= (async () => {
    const [{SearchEngine}, words, response] = await Promise.all([
      import('./engine'),
      import('@site/src/data/search-words'),
      fetch(`${baseUrl}search-index.json`),
    ]);
    if (!response.ok) throw new Error(`search-index.json: HTTP ${response.status}`);
    return new SearchEngine(await response.json(), {
      synonyms: words.searchSynonyms,
      fillerWords: words.searchFillerWords,
      placeholders,
    });
  })();
  // Let a later attempt retry after a failed load (e.g. a dropped connection).
  loading.catch(() => (loading = undefined));
  return loading;
}
