import lunr from 'lunr';
import {applySynonyms, normalizeQuery, tokenize, type Synonyms} from './query';
import {simplifier, type SimplifiedTable} from './simplify';

/**
 * FAQ search over the index that @easyops-cn/docusaurus-search-local builds
 * (jieba-segmented at build time). The plugin's own query logic requires
 * every word of a query to be on a page, so a colloquial sentence with one
 * unknown word finds nothing, and it lists a page once per field. Here every
 * known word of the query counts, fields are weighted, and each page appears
 * once.
 */

/** One of the plugin's five indexes, as serialised in search-index.json. */
export type RawIndex = {documents: RawDocument[]; index: object};
type RawDocument = {i: number; t: string; u: string; b?: string[]; s?: string; h?: string; p?: number};

/** The plugin's index order: title, heading, description, keywords, content. */
const FIELD_BOOST = [8, 3, 3, 5, 1] as const;
const TITLE = 0;
const CONTENT = 4;

export type SearchResult = {
  url: string;
  title: string;
  /** Category path from the plugin's breadcrumb, e.g. ["杭州实名制", "登录类问题"]. */
  crumbs: string[];
  /** Text around the best match, for the result list. */
  snippet: string;
  /** The query words found on this page, for highlighting. */
  terms: string[];
  score: number;
  /** A placeholder page (整理中): no answer yet. */
  pending: boolean;
};

type Page = {
  id: number;
  url: string;
  title: string;
  crumbs: string[];
  content: string;
  /** Title and content in lower case, to look for query phrases in. */
  text: string;
};

/** A piece of the query: a word of the index, part of one, or a character found nowhere. */
export type Term = {value: string; exact: boolean; unknown?: boolean};

/** Below this share of the query found on a page, the page is not a result. */
const MIN_COVERAGE = 0.3;
/** What a character found nowhere in the index counts for, against coverage. */
const UNKNOWN_WEIGHT = 0.4;
/** Extra score, per pair of neighbouring query words found side by side on a page (项目暂停). */
const PHRASE_BOOST = 0.3;

export type EngineOptions = {
  synonyms?: Synonyms;
  /** Traditional → simplified, applied to a query first (帳號 → 帐号). */
  simplified?: SimplifiedTable;
  fillerWords?: string[];
  /** URLs of placeholder pages (整理中): never above a page with an answer that matches as many words. */
  placeholders?: string[];
};

const SNIPPET_LENGTH = 60;

/** A page of the index: one per title document, with the text of its content documents. */
export type PageEntry = {id: number; url: string; title: string; crumbs: string[]; content: string};

/**
 * What the engine searches: the pages, the Chinese words of the index (to
 * cut queries into) and, per field, a lunr index and the page each of its
 * refs is on. The whole index gives all of it at once (wholeIndex); a split
 * one (./split.ts) gives the same lunr indexes holding only the terms that
 * the queries so far needed, loading more in `prepare`.
 */
export interface IndexSource {
  pages: PageEntry[];
  words: string[];
  fields: {index: lunr.Index; refs: Map<string, number>}[];
  /** Loads what searching for these terms needs. */
  prepare?(terms: Term[]): Promise<void>;
  /** Whether `search` can answer for these terms now, without `prepare`. */
  ready?(terms: Term[]): boolean;
}

/** The pages of the plugin's index (pages of the title index, text of the content index), in its order. */
export function pagesOf(raw: RawIndex[]): PageEntry[] {
  const pages = new Map<number, PageEntry>();
  for (const d of raw[TITLE]!.documents) {
    pages.set(d.i, {id: d.i, url: d.u, title: d.t, crumbs: uniqueCrumbs(d.b ?? []), content: ''});
  }
  for (const d of raw[CONTENT]!.documents) {
    const page = pages.get(d.p ?? d.i);
    if (page) page.content += (page.content ? ' ' : '') + d.t;
  }
  return [...pages.values()];
}

/** Per field: document ref → the page it is on. */
export function refsOf(raw: RawIndex[]): Map<string, number>[] {
  return raw.map(
    ({documents}, field) => new Map(documents.map((d) => [String(d.i), field === TITLE ? d.i : (d.p ?? d.i)])),
  );
}

export function checkFormat(raw: unknown[]): void {
  if (raw.length !== FIELD_BOOST.length) throw new Error('search-index.json: unexpected format');
}

/** Chinese words among these terms of the index. */
export function chineseWords(terms: Iterable<string>): string[] {
  return [...terms].filter((term) => /^\p{Unified_Ideograph}+$/u.test(term));
}

/** The whole search-index.json, loaded at once. */
export function wholeIndex(raw: RawIndex[]): IndexSource {
  checkFormat(raw);
  const indexes = raw.map(({index}) => lunr.Index.load(index));
  const refs = refsOf(raw);
  const words = new Set<string>();
  for (const index of indexes) {
    for (const word of chineseWords(Object.keys((index as unknown as {invertedIndex: object}).invertedIndex))) {
      words.add(word);
    }
  }
  return {pages: pagesOf(raw), words: [...words], fields: indexes.map((index, n) => ({index, refs: refs[n]!}))};
}

export class SearchEngine {
  private readonly source: IndexSource;
  private readonly pages = new Map<number, Page>();
  /** Chinese words of the index, to cut a query into. */
  private readonly words: string[];

  private readonly synonyms: Synonyms;
  private readonly simplify: (text: string) => string;
  private readonly fillerWords: Set<string>;
  private readonly placeholders: Set<string>;

  constructor(
    raw: RawIndex[] | IndexSource,
    {synonyms = {}, simplified = {}, fillerWords = [], placeholders = []}: EngineOptions = {},
  ) {
    this.synonyms = synonyms;
    this.simplify = simplifier(simplified);
    this.fillerWords = new Set(fillerWords);
    this.placeholders = new Set(placeholders);
    this.source = Array.isArray(raw) ? wholeIndex(raw) : raw;
    for (const {id, url, title, crumbs, content} of this.source.pages) {
      const text = `${title} ${content}`.normalize('NFKC').toLowerCase();
      this.pages.set(id, {id, url, title, crumbs, content, text});
    }
    this.words = this.source.words;
  }

  /** Loads what searching for `query` needs (the parts of a split index); at once for a whole index. */
  async prepare(query: string): Promise<void> {
    await this.source.prepare?.(this.indexTerms(query));
  }

  /** Whether `search(query)` can answer now (a split index has the parts it needs). */
  ready(query: string): boolean {
    return this.source.ready?.(this.indexTerms(query)) ?? true;
  }

  /** The pieces of `query` that are words of the index (what a split index loads). */
  private indexTerms(query: string): Term[] {
    return this.terms(query).filter((t) => !t.unknown);
  }

  /** Whether some word of the index contains `text`. */
  private known(text: string): boolean {
    return this.words.some((word) => word.includes(text));
  }

  /**
   * Cuts a run of Chinese characters into the longest pieces that are, or
   * are part of, a word of the index; characters that fit nowhere are left
   * out, so that a chatty sentence keeps only the words that can match.
   */
  cut(token: string): Term[] {
    const terms: Term[] = [];
    let at = 0;
    while (at < token.length) {
      let length = Math.min(token.length - at, 8);
      while (length >= 2 && !this.known(token.slice(at, at + length))) length -= 1;
      if (length < 2) {
        if (token.length === 1 && this.words.includes(token)) terms.push({value: token, exact: true});
        else terms.push({value: token[at]!, exact: false, unknown: true});
        at += 1;
        continue;
      }
      const value = token.slice(at, at + length);
      terms.push({value, exact: this.words.includes(value)});
      at += length;
    }
    return terms;
  }

  /** Query terms: ASCII words as they are, Chinese runs (simplified, corrected) cut against the index's words. */
  terms(query: string): Term[] {
    const terms = new Map<string, Term>();
    for (const token of tokenize(applySynonyms(this.simplify(normalizeQuery(query)), this.synonyms))) {
      const found = /^[a-z0-9_]+$/.test(token) ? [{value: token, exact: true}] : this.cut(token);
      for (const term of found) terms.set(term.value, term);
    }
    return [...terms.values()];
  }

  /** How well each page matches one term: field-weighted lunr scores. */
  private termScores(term: Term): Map<number, number> {
    const chinese = !/^[a-z0-9_]+$/.test(term.value);
    const scores = new Map<number, number>();
    this.source.fields.forEach(({refs, index}, field) => {
      const hits = index.query((q) => {
        if (term.exact) q.term(term.value, {});
        if (chinese) {
          // Jieba may have kept a longer word (萧山云平台 for 萧山).
          q.term(term.value, {wildcard: lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING, boost: 0.9});
        } else if (/^[a-z]{3,}$/.test(term.value)) {
          // An ASCII word may be the start of a longer one (app → appid).
          q.term(term.value, {wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5});
        }
      });
      for (const hit of hits) {
        const pageId = refs.get(hit.ref);
        if (pageId === undefined) continue;
        scores.set(pageId, (scores.get(pageId) ?? 0) + FIELD_BOOST[field]! * hit.score);
      }
    });
    return scores;
  }

  search(query: string, limit = 10): SearchResult[] {
    const all = this.terms(query);
    const terms = all.filter((t) => !t.unknown);
    if (terms.length === 0) return [];
    if (this.source.ready && !this.source.ready(terms)) {
      throw new Error(`搜索：索引中“${query}”要用的部分还没有载入（先调用 prepare）`);
    }
    const weightOf = (term: string) => (this.fillerWords.has(term) ? 0.2 : termWeight(term));
    const pages = new Map<number, {score: number; weight: number; terms: string[]}>();
    for (const term of terms) {
      const scores = this.termScores(term);
      if (scores.size === 0) continue;
      // A word on few pages tells more than one on many.
      const rarity = Math.log(1 + this.pages.size / scores.size);
      const best = Math.max(...scores.values());
      for (const [pageId, score] of scores) {
        const entry = pages.get(pageId) ?? {score: 0, weight: 0, terms: []};
        entry.score += weightOf(term.value) * rarity * Math.sqrt(score / best);
        entry.weight += weightOf(term.value);
        entry.terms.push(term.value);
        pages.set(pageId, entry);
      }
    }
    // Neighbouring words of the query, joined: a page that has them side by side matches the phrase.
    const pairs = terms.slice(1).map((term, i) => terms[i]!.value + term.value);
    const totalWeight = all.reduce((sum, t) => sum + (t.unknown ? UNKNOWN_WEIGHT : weightOf(t.value)), 0);
    const matched = [...pages]
      .map(([id, {score, weight, terms: found}]) => {
        const page = this.pages.get(id)!;
        const covered = weight / totalWeight;
        const phrases = pairs.filter((pair) => page.text.includes(pair)).length;
        return {
          url: page.url,
          title: page.title,
          crumbs: page.crumbs,
          snippet: snippet(page.content, found),
          terms: found,
          score: score * covered * (1 + PHRASE_BOOST * phrases),
          pending: this.placeholders.has(page.url),
          covered,
        };
      })
      .filter((r) => r.covered >= MIN_COVERAGE)
      .sort((a, b) => b.score - a.score);
    return matched
      .reduce(placeAfterAnswers<(typeof matched)[number]>, [])
      .slice(0, limit)
      .map(({covered: _, ...result}) => result);
  }
}

type Ranked = {pending: boolean; covered: number};

/**
 * Adds the next result (by score) to the list: an answer goes before every
 * placeholder that matches fewer of the query's words than it does, so that
 * a placeholder (整理中) never ranks above an answer that matches as much.
 * A placeholder that matches more (萧山登录, which only 萧山's 登录问题 covers
 * whole) keeps its place above the answers that match only part of it.
 */
function placeAfterAnswers<T extends Ranked>(list: T[], next: T): T[] {
  const at = next.pending ? -1 : list.findIndex((r) => r.pending && r.covered <= next.covered);
  if (at === -1) list.push(next);
  else list.splice(at, 0, next);
  return list;
}

/** Longer words say more; single characters and digits little. */
function termWeight(term: string): number {
  if (/^\d+$/.test(term)) return term.length >= 4 ? 2 : 0.5;
  const length = [...term].length;
  return length === 1 ? 0.3 : 1 + 0.5 * (length - 2);
}

/** The plugin's breadcrumb repeats the navbar item and the category: keep each label once. */
function uniqueCrumbs(crumbs: string[]): string[] {
  return crumbs.filter((c, i) => c && crumbs.indexOf(c) === i);
}

/** About SNIPPET_LENGTH characters of `text` around the densest run of matched terms. */
export function snippet(text: string, terms: string[]): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const lower = text.toLowerCase();
  let best = 0;
  let bestCount = -1;
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      const start = Math.max(0, at - 15);
      const window = lower.slice(start, start + SNIPPET_LENGTH);
      const count = terms.filter((t) => window.includes(t)).length;
      if (count > bestCount) {
        bestCount = count;
        best = start;
      }
    }
  }
  const end = Math.min(text.length, best + SNIPPET_LENGTH);
  return `${best > 0 ? '…' : ''}${text.slice(best, end)}${end < text.length ? '…' : ''}`;
}
