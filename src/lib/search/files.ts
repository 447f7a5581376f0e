/** The files the search reads from the site's root, beside its pages. */

/** The index @easyops-cn/docusaurus-search-local builds: whole, for the offline copy and the tools. */
export const INDEX_FILE = 'search-index.json';
/** The same index split (src/lib/search/split.ts): the first file, which names the shards. */
export const SPLIT_META_FILE = 'search-meta.json';
/** The folder of the split index's shards, named by their content (cached for good, deploy/nginx.conf). */
export const SHARD_DIR = 'search-index';
/** Traditional → simplified characters for queries (src/plugins/search-simplified). */
export const SIMPLIFIED_FILE = 'search-simplified.json';
