/** The files the search reads from the site's root, beside its pages. */

/** The index @easyops-cn/docusaurus-search-local builds. */
export const INDEX_FILE = 'search-index.json';
/** Traditional → simplified characters for queries (src/plugins/search-simplified). */
export const SIMPLIFIED_FILE = 'search-simplified.json';
