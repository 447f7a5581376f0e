/**
 * The search of the offline copy (opened from a folder, file://), where the
 * browser allows no fetch, XHR or worker: the index is a script file
 * (search-data.js) that sets a global, and this code runs on the page.
 *
 * This file has no imports: build-offline.ts transpiles it to one plain
 * script (offline-search.js). The ranking functions are unit-tested.
 */

/** One question of the index (short keys keep search-data.js small). */
export type Entry = {
  /** Path of the page from the root of the copy, e.g. "hangzhou/login/x/index.html". */
  u: string;
  /** Title. */
  t: string;
  /** Category path, e.g. "杭州实名制 › 登录类问题". */
  c: string;
  /** Description (the one-line answer). */
  d: string;
  /** Keywords, space separated. */
  k: string;
  /** Answer text. */
  b: string;
};

/** What search-data.js sets: the questions, and common misspellings → the words the answers use (src/data/search-words.ts). */
export type OfflineIndex = {entries: Entry[]; synonyms: Record<string, string>};

export type Segment = {text: string; mark: boolean};
export type Hit = {entry: Entry; score: number; snippet: Segment[]};

/** Global set by search-data.js. */
export const DATA_GLOBAL = '__FAQ_OFFLINE_SEARCH__';

// Parts of questions as people type them that say nothing about the topic.
const STOP_GRAMS = new Set([
  '怎么',
  '么办',
  '什么',
  '为什',
  '如何',
  '不了',
  '一下',
  '请问',
  '是否',
  '可以',
  '没有',
  '时候',
  '的时',
  '了吗',
]);
const FIELDS: [keyof Entry, number][] = [
  ['t', 8],
  ['k', 6],
  ['c', 3],
  ['d', 3],
  ['b', 1],
];

/** Lower case, full-width letters and digits as ASCII; keeps the length, so offsets carry over. */
export function normalize(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
}

/** The query with its misspellings corrected (登陆 → 登录), as the site's search does. */
export function corrected(query: string, synonyms: Record<string, string>): string {
  return Object.entries(synonyms).reduce((text, [from, to]) => text.replaceAll(from, to), normalize(query));
}

/** The words of a query: split at spaces and punctuation. */
export function terms(query: string): string[] {
  const words = normalize(query)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  return [...new Set(words)];
}

/** Character pairs of a word ("忘记密码" → 忘记 记密 密码); a one-character word is itself. */
export function grams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** The pairs that carry meaning, or all of them when none does ("怎么"). */
function queryGrams(words: string[]): string[] {
  const all = [...new Set(words.flatMap(grams))];
  const meaningful = all.filter((g) => !STOP_GRAMS.has(g));
  return meaningful.length > 0 ? meaningful : all;
}

/**
 * Questions for a query, best first: each character pair of the query scores
 * the weight of the best field it occurs in (title over keywords over
 * category and description over answer), and a whole word found in a field
 * scores again. A question must contain at least a third of the pairs.
 */
export function search({entries, synonyms}: OfflineIndex, query: string, limit = 8): Hit[] {
  const words = terms(corrected(query, synonyms));
  const pairs = queryGrams(words);
  if (pairs.length === 0) return [];
  const needed = Math.max(1, Math.ceil(pairs.length / 3));
  const hits: Hit[] = [];
  for (const entry of entries) {
    const fields = FIELDS.map(([key, weight]) => [normalize(entry[key]), weight] as const);
    let found = 0;
    let score = 0;
    for (const pair of pairs) {
      const best = Math.max(0, ...fields.filter(([text]) => text.includes(pair)).map(([, weight]) => weight));
      if (best > 0) found += 1;
      score += best;
    }
    if (found < needed) continue;
    for (const word of words) {
      if ([...word].length < 2) continue;
      for (const [text, weight] of fields) if (text.includes(word)) score += weight * grams(word).length;
    }
    hits.push({entry, score, snippet: snippet(entry, words, pairs)});
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Marks every occurrence of the query's words and pairs in a text. */
export function highlight(text: string, needles: string[]): Segment[] {
  const lower = normalize(text);
  // A few letters change length in lower case; such a text gets no marks.
  if (lower.length !== text.length) return [{text, mark: false}];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const needle of needles) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      marked.fill(true, at, at + needle.length);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const last = segments[segments.length - 1];
    if (last && last.mark === marked[i]) last.text += text[i];
    else segments.push({text: text[i]!, mark: marked[i]!});
  }
  return segments;
}

const SNIPPET_BEFORE = 20;
const SNIPPET_LENGTH = 80;

/** The description if it matches, else the part of the answer around the first match. */
function snippet(entry: Entry, words: string[], pairs: string[]): Segment[] {
  const needles = [...words.filter((w) => [...w].length >= 2), ...pairs];
  const description = normalize(entry.d);
  const body = normalize(entry.b);
  const at = needles.map((n) => body.indexOf(n)).find((i) => i >= 0);
  if (at === undefined || needles.some((n) => description.includes(n))) {
    return highlight(entry.d || entry.b.slice(0, SNIPPET_LENGTH), needles);
  }
  const start = Math.max(0, at - SNIPPET_BEFORE);
  const end = start + SNIPPET_LENGTH;
  return highlight(`${start > 0 ? '…' : ''}${entry.b.slice(start, end)}${end < entry.b.length ? '…' : ''}`, needles);
}

/**
 * The search boxes of the page ([data-offline-search]): loads the index
 * (root + "search-data.js") on first use and lists the matching questions.
 */
export function mountOfflineSearch(doc: Document, root: string) {
  const boxes = Array.from(doc.querySelectorAll<HTMLElement>('[data-offline-search]'));
  let loading = false;
  const index = () => (window as unknown as Record<string, OfflineIndex | undefined>)[DATA_GLOBAL];

  const render = (box: HTMLElement) => {
    const input = box.querySelector('input')!;
    const list = box.querySelector<HTMLElement>('[role="listbox"]')!;
    list.replaceChildren();
    const query = input.value.trim();
    const data = index();
    if (query === '' || !data) {
      list.hidden = true;
      return;
    }
    const hits = search(data, query);
    if (hits.length === 0) {
      const empty = doc.createElement('p');
      empty.className = 'offline-search__empty';
      empty.textContent = `没有找到与“${query}”相关的问题，换个说法试试，或按分类查看。`;
      list.append(empty);
    }
    for (const {entry, snippet: segments} of hits) {
      const link = doc.createElement('a');
      link.className = 'offline-search__hit';
      link.setAttribute('role', 'option');
      link.href = root + entry.u;
      const title = doc.createElement('span');
      title.className = 'offline-search__title';
      title.textContent = entry.t;
      const path = doc.createElement('span');
      path.className = 'offline-search__path';
      path.textContent = entry.c;
      const text = doc.createElement('span');
      text.className = 'offline-search__snippet';
      for (const segment of segments) {
        const part = segment.mark ? doc.createElement('mark') : doc.createTextNode(segment.text);
        if (segment.mark) part.textContent = segment.text;
        text.append(part);
      }
      link.append(title, path, text);
      list.append(link);
    }
    list.hidden = false;
  };

  const load = () => {
    if (index() || loading) return;
    loading = true;
    const script = doc.createElement('script');
    script.src = `${root}search-data.js`;
    script.onload = () => boxes.forEach(render);
    doc.head.append(script);
  };

  doc.addEventListener('click', (event) => {
    for (const box of boxes) {
      if (!box.contains(event.target as Node)) box.querySelector<HTMLElement>('[role="listbox"]')!.hidden = true;
    }
  });
  for (const box of boxes) {
    const input = box.querySelector('input')!;
    input.addEventListener('focus', () => {
      load();
      render(box);
    });
    input.addEventListener('input', () => {
      load();
      render(box);
    });
    input.addEventListener('keydown', (event) => {
      const first = box.querySelector<HTMLAnchorElement>('a.offline-search__hit');
      if (event.key === 'Enter' && first) window.location.href = first.href;
      if (event.key === 'Escape') {
        input.value = '';
        render(box);
      }
    });
  }
}
