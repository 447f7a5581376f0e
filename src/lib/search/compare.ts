import type {IndexSource, RawIndex, SearchEngine, SearchResult} from './engine';
import {placeShards, splitIndex, SplitIndex, type Shard, type SplitMeta} from './split';

/**
 * Checks that the split index answers as the whole one: for the tests
 * (src/lib/search/split.test.ts, tests/build/search-split.test.ts). Not
 * part of the site.
 */

/**
 * A split index in memory, as finish-build would write it (shards named by
 * number, sized by their JSON), with its postings inline in the first file or not.
 */
export function splitInMemory(
  raw: RawIndex[],
  {inline}: {inline: boolean},
): {meta: SplitMeta; readShard: (file: string) => Shard} {
  const {meta, shards, postings} = splitIndex(raw);
  const placed = placeShards(shards, (n, json) => ({file: `shard-${n}`, size: json.length}));
  return {
    meta: {...meta, ...placed, ...(inline ? {postings} : {})},
    readShard: (file) => shards[Number(file.slice('shard-'.length))]!,
  };
}

export type Comparison = {
  /** The queries whose results differ, with both lists, or the split engine's error. */
  differences: {query: string; whole: SearchResult[]; split: SearchResult[] | string}[];
  /** Per query, the shards the split engine fetched. */
  fetched: {query: string; files: string[]}[];
};

/**
 * Runs every query through the whole index's engine and through a split
 * engine made afresh for each query (so that it has only the shards that
 * query asked for), and lists where they differ.
 */
export async function compareSplit({
  whole,
  meta,
  readShard,
  engine,
  queries,
  limit = 10,
}: {
  whole: SearchEngine;
  meta: SplitMeta;
  readShard: (file: string) => Shard;
  /** The engine over an index, with the same options as `whole`. */
  engine: (index: IndexSource) => SearchEngine;
  queries: string[];
  limit?: number;
}): Promise<Comparison> {
  const result: Comparison = {differences: [], fetched: []};
  for (const query of queries) {
    const files: string[] = [];
    const split = engine(
      new SplitIndex(meta, async (file) => {
        files.push(file);
        return readShard(file);
      }),
    );
    const expected = whole.search(query, limit);
    let found: SearchResult[] | string;
    try {
      await split.prepare(query);
      found = split.search(query, limit);
    } catch (e) {
      found = e instanceof Error ? e.message : String(e);
    }
    if (JSON.stringify(found) !== JSON.stringify(expected)) {
      result.differences.push({query, whole: expected, split: found});
    }
    result.fetched.push({query, files});
  }
  return result;
}
