import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {HELDOUT_FILE, loadQueries, QUERIES_FILE} from '../../scripts/search-queries';
import {compareSplit} from '../../src/lib/search/compare';
import {createSearchEngine} from '../../src/lib/search/create';
import {SHARD_DIR, SPLIT_META_FILE} from '../../src/lib/search/files';
import {FAQ_BUILD, OFFLINE_BUILD, PUBLIC_BUILD} from './site';
import {siteSearchData, splitSiteIndex} from './search';

/**
 * The split index the site fetches (search-meta.json and its shards,
 * src/lib/search/split.ts) answers every benchmark query exactly as the
 * whole search-index.json: the same pages, in the same order, with the same
 * scores and snippets. Each query gets a fresh engine that has only the
 * shards it asked for. (src/lib/search/split.test.ts shows that the
 * comparison fails on a tampered or missing shard.)
 */
const queries = [...loadQueries(QUERIES_FILE), ...loadQueries(HELDOUT_FILE)].map((q) => q.q);

describe.each([PUBLIC_BUILD, FAQ_BUILD])('split search index of %s', (dir) => {
  it('gives the whole index’s results for every query of both benchmark sets, postings inline or from shards', async () => {
    expect(queries.length).toBeGreaterThan(200);
    const data = siteSearchData(dir);
    const whole = createSearchEngine(data);
    const {meta, readShard} = splitSiteIndex(dir);
    // This site's postings are small: the first file carries them (INLINE_POSTINGS_MAX), and no query fetches a shard.
    expect(meta.postings).toBeDefined();
    const withoutPostings = {...meta, postings: undefined};
    for (const [served, fetches] of [
      [meta, false],
      [withoutPostings, true],
    ] as const) {
      const {differences, fetched} = await compareSplit({
        whole,
        meta: served,
        readShard,
        engine: (index) => createSearchEngine({...data, index}),
        queries,
      });
      expect(differences).toEqual([]);
      const files = fetched.map((f) => f.files.length);
      if (!fetches) expect(Math.max(...files)).toBe(0);
      else {
        // A query fetches a few shards, not the index.
        const shards = meta.shards.filter(Boolean).length;
        expect(shards).toBeGreaterThan(100);
        expect(Math.max(...files)).toBeGreaterThan(0);
        expect(Math.max(...files)).toBeLessThan(shards / 10);
      }
    }
    const found = queries.reduce((sum, q) => sum + whole.search(q).length, 0);
    expect(found).toBeGreaterThan(queries.length);
  }, 60_000);

  it('serves each shard under a name made of its content, precompressed like the other files', () => {
    const {meta} = splitSiteIndex(dir);
    const files = meta.shards.filter(Boolean);
    for (const file of files) {
      expect(file.startsWith(`${SHARD_DIR}/`), file).toBe(true);
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(file, 'hash').toContain(`.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`);
      if (text.length >= 256) expect(gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).toString()).toBe(text);
    }
    expect(existsSync(path.join(dir, `${SPLIT_META_FILE}.gz`))).toBe(true);
  });
});

it('is not in the offline copy, which carries the whole index in search-data.js', () => {
  expect(existsSync(path.join(OFFLINE_BUILD, SPLIT_META_FILE))).toBe(false);
  expect(existsSync(path.join(OFFLINE_BUILD, SHARD_DIR))).toBe(false);
});
