/**
 * Traditional characters in a query, as simplified ones (帳號 → 帐号), so that
 * a query pasted from a Taiwanese or Hong Kong phone finds the pages.
 * opencc-js's own converter carries all its dictionaries (about 50 KB
 * gzipped); the search needs only the pairs that lead to the site's
 * characters (src/plugins/search-simplified makes that table from
 * opencc-js's data at build time), applied here by longest match.
 */

/** Traditional word or character → its simplified form. */
export type SimplifiedTable = Record<string, string>;

/** A function that converts a text with `table`. */
export function simplifier(table: SimplifiedTable): (text: string) => string {
  const pairs = new Map(Object.entries(table));
  const longest = Math.max(0, ...[...pairs.keys()].map((key) => key.length));
  return (text) => {
    let out = '';
    for (let at = 0; at < text.length;) {
      let length = Math.min(longest, text.length - at);
      while (length > 0 && !pairs.has(text.slice(at, at + length))) length -= 1;
      out += length === 0 ? text[at] : pairs.get(text.slice(at, at + length));
      at += Math.max(length, 1);
    }
    return out;
  };
}
