/** A piece of text, marked when it is one of the search terms. */
export type Part = {text: string; mark: boolean};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits `text` so that every occurrence of a term (any case) is its own marked part. */
export function highlightParts(text: string, terms: string[]): Part[] {
  const usable = terms.filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [{text, mark: false}];
  const pattern = new RegExp(`(${usable.map(escapeRegExp).join('|')})`, 'gi');
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({text: part, mark: usable.some((t) => t.toLowerCase() === part.toLowerCase())}));
}

export const HIGHLIGHT_PARAM = '_highlight';

/** The link to a result, carrying the terms to highlight on the page. */
export function resultHref(url: string, terms: string[]): string {
  const params = new URLSearchParams();
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return query ? `${url}?${query}` : url;
}
