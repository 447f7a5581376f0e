/**
 * search-data.js: what the offline copy's script (client.ts) needs and
 * cannot fetch from file://: the site's own search files and replies, read
 * from the build, set as a global by a script file.
 */
import type {SearchData} from '../../src/lib/search/create';
import type {Replies} from '../../src/lib/reply/compose';

export type OfflineData = SearchData & {
  /** The site's replies.json (src/plugins/replies). */
  replies: Replies;
  /** The base path the site was built with: the index's URLs start with it. */
  base: string;
  /** Each question's short-link number, by its URL in the index. */
  numbers: Record<string, number>;
  /** The site's address (SITE_URL and base), for the links in copied texts: a folder has none to share. */
  siteRoot: string;
};

/** Global set by search-data.js. */
export const DATA_GLOBAL = '__FAQ_OFFLINE__';

/** search-data.js: a script that sets the data as a global (no fetch from file://). */
export function searchDataScript(data: OfflineData): string {
  // U+2028/2029 are line ends in old JavaScript string literals; "</" must not close a script.
  const json = JSON.stringify(data).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `window.${DATA_GLOBAL} = ${json.replace(/<\//g, '<\\/')};\n`;
}
