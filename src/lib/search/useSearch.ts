import {useCallback, useEffect, useMemo, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SearchEngine, SearchResult} from './engine';
import {useFaqGlobalData} from '@site/src/plugins/faq-data/client';
import {loadSearchEngine} from './load';

/** 'updating': `results` are the last answered query's, while this query's shards are fetched. */
export type SearchStatus = 'idle' | 'loading' | 'updating' | 'ready' | 'error';

const NONE: SearchResult[] = [];

/**
 * Results for `query`. The engine is loaded when `load()` is first called
 * (on focus of a search box), or at once when `eager` is set (the search page).
 * A query that needs shards of the index not fetched yet (src/lib/search/split.ts)
 * is 'updating' until they are in (the results of the last query answered stay
 * meanwhile, so the list does not flash a loading line at each new word), then
 * 'ready' with its results.
 */
export function useSearch(query: string, limit: number, eager = false) {
  const baseUrl = useBaseUrl('/');
  const [requested, setRequested] = useState(eager);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  // Counts the shard loads that finished, so that a query waiting for them is answered again.
  const [shardsLoaded, setShardsLoaded] = useState(0);
  const [shardsFailedFor, setShardsFailedFor] = useState<string | null>(null);
  const load = useCallback(() => setRequested(true), []);
  useEffect(() => {
    if (!requested) return undefined;
    let current = true;
    loadSearchEngine(baseUrl).then(
      (loaded) => current && setEngine(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [requested, baseUrl]);
  const searching = query.trim() !== '';
  const warmUpQuery = useFaqGlobalData().popular[0]?.title;
  // A page's first search costs several times a later one: the browser compiles the engine's and lunr's code
  // while running it. With nothing typed yet when the engine comes in, one search for the most asked question's
  // title (thrown away; its shards stay) makes the reader's query the second (npm run bench:scale).
  useEffect(
    () => {
      if (!engine || searching || !warmUpQuery) return;
      engine.prepare(warmUpQuery).then(
        () => engine.search(warmUpQuery, limit),
        () => undefined,
      );
    },
    // Once, when the engine comes in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine],
  );
  // The fetch of the shards the query still needs (null: none), started while rendering the query,
  // not after the next paint (when Preact runs effects); prepare keeps one fetch per shard.
  const waiting = useMemo(
    () => {
      if (!engine || !searching || engine.ready(query)) return null;
      const fetching = engine.prepare(query);
      fetching.catch(() => undefined);
      return fetching;
    },
    // shardsLoaded: the engine's state changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, query, searching, shardsLoaded],
  );
  useEffect(() => {
    if (!waiting) return undefined;
    let current = true;
    waiting.then(
      () => current && setShardsLoaded((n) => n + 1),
      () => current && setShardsFailedFor(query),
    );
    return () => {
      current = false;
    };
  }, [waiting, query]);
  const answerable = waiting === null;
  const results: SearchResult[] = useMemo(
    () => (engine && searching && answerable ? engine.search(query, limit) : []),
    [engine, query, limit, searching, answerable],
  );
  // The results of the last query answered (state kept from earlier renders, as React's docs do it).
  const [lastAnswered, setLastAnswered] = useState(NONE);
  const answered = !searching ? NONE : engine && answerable ? results : lastAnswered;
  if (answered !== lastAnswered) setLastAnswered(answered);
  const status: SearchStatus = engine
    ? answerable
      ? 'ready'
      : shardsFailedFor === query
        ? 'error'
        : lastAnswered.length > 0
          ? 'updating'
          : 'loading'
    : failed
      ? 'error'
      : requested
        ? 'loading'
        : 'idle';
  return {status, results: status === 'updating' ? lastAnswered : results, load};
}
