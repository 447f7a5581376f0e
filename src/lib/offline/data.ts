/**
 * search-data.js: what the offline copy's script (client.ts) needs and
 * cannot fetch from file://: the site's own search files and replies, read
 * from the build (scripts/offline/build-offline.ts), set as a global.
 */
import type {SearchData} from '../search/create';
import type {Replies} from '../reply/compose';

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
