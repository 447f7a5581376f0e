import {readFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {filesOf} from '../../lib/files';
import {SIMPLIFIED_FILE} from '../../lib/search/files';
import {searchFillerWords, searchSynonyms} from '../../data/search-words';
import {simplifiedTable} from './table';

/**
 * The Chinese characters a query can match: those of the pages' sources
 * and of the search's own words (src/data/search-words.ts: misspellings
 * such as 帐号, filler words such as 怎么办).
 */
export function siteCharacters(docsDir: string): Set<string> {
  const text = filesOf(docsDir)
    .map((file) => readFileSync(path.join(docsDir, file), 'utf8'))
    .concat(Object.entries(searchSynonyms).flat(), searchFillerWords)
    .join('');
  return new Set(text.match(/\p{Unified_Ideograph}/gu));
}

/**
 * search-simplified.json: the traditional → simplified table the search
 * applies to queries (src/lib/search/simplify.ts), fetched with the index.
 */
export default function searchSimplifiedPlugin(context: LoadContext): Plugin {
  return {
    name: 'search-simplified',
    async postBuild({outDir}) {
      const table = simplifiedTable(siteCharacters(path.join(context.siteDir, 'docs')));
      await writeFile(path.join(outDir, SIMPLIFIED_FILE), JSON.stringify(table));
    },
  };
}
