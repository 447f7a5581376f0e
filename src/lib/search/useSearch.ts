import {useCallback, useEffect, useMemo, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SearchEngine, SearchResult} from './engine';
import {loadSearchEngine} from './load';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Results for `query`. The index is loaded when `load()` is first called
 * (on focus of a search box), or at once when `eager` is set (the search page).
 */
export function useSearch(query: string, limit: number, eager = false) {
  const baseUrl = useBaseUrl('/');
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [status, setStatus] = useState<SearchStatus>('idle');
  const load = useCallback(() => {
    if (status === 'loading' || status === 'ready') return;
    setStatus('loading');
    loadSearchEngine(baseUrl).then(
      (loaded) => {
        setEngine(loaded);
        setStatus('ready');
      },
      () => setStatus('error'),
    );
  }, [baseUrl, status]);
  useEffect(() => {
    if (eager) load();
  }, [eager, load]);
  const results: SearchResult[] = useMemo(
    () => (engine && query.trim() ? engine.search(query, limit) : []),
    [engine, query, limit],
  );
  return {status, results, load};
}
