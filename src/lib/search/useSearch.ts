import {useCallback, useEffect, useMemo, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SearchEngine, SearchResult} from './engine';
import {useFaqData, withSlash} from '@site/src/plugins/faq-data/client';
import {loadSearchEngine} from './load';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Results for `query`. The index is loaded when `load()` is first called
 * (on focus of a search box), or at once when `eager` is set (the search page).
 */
export function useSearch(query: string, limit: number, eager = false) {
  const baseUrl = useBaseUrl('/');
  const {questions} = useFaqData();
  const [requested, setRequested] = useState(eager);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => setRequested(true), []);
  useEffect(() => {
    if (!requested) return undefined;
    let current = true;
    const placeholders = Object.values(questions)
      .filter((q) => q.pending)
      .map((q) => withSlash(q.permalink));
    loadSearchEngine(baseUrl, placeholders).then(
      (loaded) => current && setEngine(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [requested, baseUrl, questions]);
  const results: SearchResult[] = useMemo(
    () => (engine && query.trim() ? engine.search(query, limit) : []),
    [engine, query, limit],
  );
  const status: SearchStatus = engine ? 'ready' : failed ? 'error' : requested ? 'loading' : 'idle';
  return {status, results, load};
}
