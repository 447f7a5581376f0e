import {searchFillerWords, searchSynonyms} from '../../data/search-words';
import {SearchEngine, type IndexSource, type RawIndex} from './engine';
import type {SimplifiedTable} from './simplify';

// The site's loader (./load.ts) takes both from this one chunk.
export {SplitIndex} from './split';

/** What a built site gives its search: the same for the site and for its offline copy. */
export type SearchData = {
  /**
   * The site's search-index.json (INDEX_FILE), whole (the offline copy, the
   * tools), or split and loaded as queries need it (the site: SplitIndex of
   * ./split.ts over SPLIT_META_FILE and its shards).
   */
  index: RawIndex[] | IndexSource;
  /** The site's search-simplified.json (SIMPLIFIED_FILE). */
  simplified: SimplifiedTable;
  /** Site paths (with the base) of the placeholder pages (整理中), ranked below answers. */
  placeholders: string[];
};

/**
 * The search engine with the site's words (src/data/search-words.ts): the
 * one way the site, its offline copy and the tools make it.
 */
export function createSearchEngine({index, simplified, placeholders}: SearchData): SearchEngine {
  return new SearchEngine(index, {
    synonyms: searchSynonyms,
    fillerWords: searchFillerWords,
    simplified,
    placeholders,
  });
}
