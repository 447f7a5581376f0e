import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {INDEX_FILE, SHARD_DIR, SPLIT_META_FILE} from '../../lib/search/files';
import {INLINE_POSTINGS_MAX, placeShards, splitIndex, type SplitMeta} from '../../lib/search/split';

/**
 * The search plugin's search-index.json split into a first file and shards
 * (src/lib/search/split.ts), which the site's search fetches instead of the
 * whole index; the postings inline in the first file when they are small
 * (INLINE_POSTINGS_MAX). Run by finish-build, once the search plugin's
 * postBuild has written the index. Returns the first file's size, the shards'
 * total and the postings', gzipped, for the build log.
 */
export function writeSplitIndex(outDir: string): {
  metaGzip: number;
  shards: number;
  shardsGzip: number;
  postingsGzip: number;
  inline: boolean;
} {
  const {meta, shards, postings} = splitIndex(JSON.parse(readFileSync(path.join(outDir, INDEX_FILE), 'utf8')));
  const postingsGzip = gzipSync(JSON.stringify(postings)).length;
  const inline = postingsGzip <= INLINE_POSTINGS_MAX;
  rmSync(path.join(outDir, SHARD_DIR), {recursive: true, force: true});
  mkdirSync(path.join(outDir, SHARD_DIR));
  const placed = placeShards(shards, (n, json) => {
    const file = `${SHARD_DIR}/${n}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    writeFileSync(path.join(outDir, file), json);
    return {file, size: gzipSync(json).length};
  });
  const full: SplitMeta = {...meta, ...placed, ...(inline ? {postings} : {})};
  const json = JSON.stringify(full);
  writeFileSync(path.join(outDir, SPLIT_META_FILE), json);
  return {
    metaGzip: gzipSync(json).length,
    shards: placed.shards.filter(Boolean).length,
    shardsGzip: placed.sizes.reduce((sum, size) => sum + size, 0),
    postingsGzip,
    inline,
  };
}
