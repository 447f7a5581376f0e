import type {SearchEngine} from './engine';
import {loadAllQuestions, withSlash} from '@site/src/plugins/faq-data/client';
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
 * fetched by the engine's `prepare` (src/lib/search/split.ts). Every question
 * is loaded with it: placeholders (整理中) rank below answers, and the
 * results' copy buttons need each question's number.
 */
export function loadSearchEngine(baseUrl: string): Promise<SearchEngine> {
  loading ??= (async () => {
    const [{createSearchEngine, SplitIndex}, meta, simplified, all] = await Promise.all([
      import('./create'),
      fetchJson(`${baseUrl}${SPLIT_META_FILE}`),
      fetchJson(`${baseUrl}${SIMPLIFIED_FILE}`),
      loadAllQuestions(),
    ]);
    const placeholders = Object.values(all.questions)
      .filter((q) => q.pending)
      .map((q) => withSlash(q.permalink));
    const index = new SplitIndex(meta, (file) => fetchJson(`${baseUrl}${file}`));
    return createSearchEngine({index, simplified, placeholders});
  })();
  // Let a later attempt retry after a failed load (e.g. a dropped connection).
  loading.catch(() => (loading = undefined));
  return loading;
}
