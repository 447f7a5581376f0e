/**
 * What a reader typed, made ready to search. Kept apart from the engine
 * (and lunr) so that a page can use it without loading the search code.
 */

/** Misspelling or other wording → the word the pages use. */
export type Synonyms = Record<string, string>;

export const MAX_QUERY_LENGTH = 100;

/** Lower case, half-width, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().trim().slice(0, MAX_QUERY_LENGTH);
}

export function applySynonyms(query: string, synonyms: Synonyms): string {
  let text = normalizeQuery(query);
  for (const [from, to] of Object.entries(synonyms)) text = text.split(from).join(to);
  return text;
}

/** Runs of ASCII letters and digits, and runs of Chinese characters. */
export function tokenize(query: string): string[] {
  return normalizeQuery(query).match(/[a-z0-9_]+|\p{Unified_Ideograph}+/gu) ?? [];
}
