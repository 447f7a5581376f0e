/**
 * What a reader who followed a dead link probably meant, guessed from the
 * address alone: a short number (/q/12/, /12/, q12), a question id or an old
 * path of the registry anywhere in it, or an id typed or cut short
 * (/hangzhou/login/reset-pasword/, /hangzhou/login/reset-pa).
 */

export type Guessable = {id: string; n: number; title: string; permalink: string};

export type GuessInput = {
  /** The address as the browser has it (may be percent-encoded). */
  pathname: string;
  baseUrl: string;
  questions: Guessable[];
  /** Old paths (without the base URL) and retired ids of the registry, each to the live question's id. */
  aliases: Record<string, string>;
  /** Category paths (without the base URL, /hangzhou/) and labels, for the search words. */
  categories: {path: string; label: string}[];
};

export type Guess = {
  /** The likeliest questions, best first, at most GUESS_MAX. */
  questions: Guessable[];
  /** Words to search for: the best guess's title, or the Chinese words and category names in the address. */
  words: string;
};

export const GUESS_MAX = 3;
/** A typed or cut-short id is only a guess when it is at least this long. */
const MIN_FUZZY = 4;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Edit distance, for typed ids (one line of our own: no such library among our dependencies). */
function distance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** How much a segment of the address looks like `id`: 0 for not at all. */
function likeness(segment: string, id: string): number {
  if (segment === id) return 90;
  if (segment.length < MIN_FUZZY) return 0;
  // Cut short (QQ stops a link at the first Chinese character, readers copy half of it).
  if (id.startsWith(segment)) return 60 + segment.length / id.length;
  const d = distance(segment, id);
  return d <= Math.max(1, Math.floor(id.length / 5)) ? 50 - 10 * d : 0;
}

export function guessFromAddress({pathname, baseUrl, questions, aliases, categories}: GuessInput): Guess {
  let path = decode(pathname);
  if (path.startsWith(baseUrl)) path = `/${path.slice(baseUrl.length)}`;
  // The part a link can carry (ASCII); anything after it is text stuck to the link.
  const ascii = /^[\x21-\x7e]*/.exec(path)![0].toLowerCase();
  const chinese = path.match(/[\p{Unified_Ideograph}]+/gu) ?? [];
  const segments = ascii
    .replace(/(?:index)?\.(?:html?|md)$/, '')
    .split(/[/?#&=]+/)
    .map((s) => s.replace(/^\d+-(?=[a-z])/, '').replace(/[^a-z0-9-]+$/, ''))
    .filter(Boolean);

  const byId = new Map(questions.map((q) => [q.id, q]));
  const byNumber = new Map(questions.map((q) => [String(q.n), q]));
  const scores = new Map<string, number>();
  const score = (id: string | undefined, value: number) => {
    if (id && byId.has(id) && value > (scores.get(id) ?? 0)) scores.set(id, value);
  };

  const cleanPath = `/${segments.join('/')}/`;
  score(aliases[cleanPath], 95);
  segments.forEach((segment, i) => {
    const number = /^q?(\d+)$/.exec(segment)?.[1];
    if (number && (i === 0 || segments[i - 1] === 'q' || segment.startsWith('q'))) {
      score(byNumber.get(String(Number(number)))?.id, 100);
    }
    // An id anywhere (an old path's folders differ); typed or cut short, only as the last part.
    const like = (id: string) => (i === segments.length - 1 ? likeness(segment, id) : segment === id ? 90 : 0);
    for (const [alias, id] of Object.entries(aliases)) {
      if (!alias.startsWith('/')) score(id, like(alias) - 1);
    }
    for (const q of questions) score(q.id, like(q.id));
  });

  const ranked = [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, GUESS_MAX)
    .map(([id]) => byId.get(id)!);
  const named = categories.filter((c) => segments[0] && c.path === `/${segments[0]}/`).map((c) => c.label);
  return {questions: ranked, words: ranked[0]?.title ?? [...named, ...chinese].join(' ')};
}
