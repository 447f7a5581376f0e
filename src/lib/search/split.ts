import lunr from 'lunr';
import {
  checkFormat,
  chineseWords,
  pagesOf,
  refsOf,
  type IndexSource,
  type PageEntry,
  type RawIndex,
  type Term,
} from './engine';

/**
 * The search index split so that a query fetches only what it needs (as
 * Pagefind splits its index into chunks). A first file, SPLIT_META_FILE,
 * holds what every query needs: the pages (title, address, category, text
 * for the snippet and the phrase check) and each field's terms, in the
 * order of lunr's term numbers. The postings (which documents hold a term,
 * and the term's weight there: lunr's field-vector entry) are in shards by
 * character: a term is in the shard of each character it contains, so every
 * term that contains a query word (what lunr's `*word*` expands to) is in
 * the shard of any one of the word's characters, and a word needs one
 * shard. While all the postings are small (INLINE_POSTINGS_MAX), the first
 * file carries them too, each term once, and no query fetches a shard.
 *
 * The engine then queries lunr indexes that hold the same token sets as
 * the whole index, and, for the terms loaded, the same postings and vector
 * entries: lunr's score is the dot product of the query vector with the
 * document's field vector, over the query's terms only, divided by the
 * query vector's length, so the scores are the same, to the bit
 * (tests/build/search-split.test.ts compares every benchmark query).
 */

/** Shards: a character goes to shard (code point mod SHARDS). */
export const SHARDS = 256;

export type SplitMeta = {
  version: 1;
  /** Per shard: its file, from the site's root ('' when no term is in it), and its size in bytes. */
  shards: string[];
  sizes: number[];
  /** Per field (title, heading, description, keywords, content): lunr's field name, search pipeline and terms. */
  fields: {name: string; pipeline: string[]; terms: string[]; refs: number[]}[];
  /** The pages: id, address, title, categories, text. */
  pages: [number, string, string, string[], string][];
  /**
   * Every term's postings, each once, when they are small enough to come with
   * this file (INLINE_POSTINGS_MAX): then no query waits for a shard.
   */
  postings?: Shard;
};

/**
 * Postings up to this size, gzipped, come inline in the first file. A shard
 * costs a query one round trip after the keystroke (150 ms on npm run bench's
 * slow phone); inline, the reader's first query and every later one are
 * answered at once. The first search may fetch 80 KB (issue 16); the rest
 * of it (the engine, the first file without postings, the questions) is about
 * 41 KB here and 51 KB with ten times the questions (npm run bench:scale).
 */
export const INLINE_POSTINGS_MAX = 24 * 1024;

/** Per field: runs of [term number, count, ref, weight, ref, weight, …]. */
export type Shard = number[][];

const shardOf = (char: string) => char.codePointAt(0)! % SHARDS;

/** lunr's serialised index, as the plugin writes it. */
type SerialisedIndex = {
  fields: string[];
  pipeline: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, {_index: number} & Record<string, Record<string, unknown>>][];
};

/**
 * The whole index (search-index.json) cut into the first file (without file
 * names and postings yet) and the shards; and every term's postings once, for
 * a first file that carries them inline.
 */
export function splitIndex(raw: RawIndex[]): {
  meta: Omit<SplitMeta, 'shards' | 'sizes' | 'postings'>;
  shards: Shard[];
  postings: Shard;
} {
  checkFormat(raw);
  const shards: Shard[] = Array.from({length: SHARDS}, () => raw.map(() => []));
  const postings: Shard = raw.map(() => []);
  const refs = refsOf(raw);
  const fields = raw.map(({index}, field) => {
    const {fields: names, pipeline, fieldVectors, invertedIndex} = index as SerialisedIndex;
    if (names.length !== 1)
      throw new Error(`search-index.json：第 ${field} 个索引有 ${names.length} 个字段，应为 1 个`);
    const name = names[0]!;
    const weights = new Map(
      fieldVectors.map(([ref, elements]) => {
        const byTerm = new Map<number, number>();
        for (let i = 0; i < elements.length; i += 2) byTerm.set(elements[i]!, elements[i + 1]!);
        return [ref, byTerm];
      }),
    );
    const terms: string[] = [];
    for (const [term, posting] of invertedIndex) {
      const number = posting._index;
      if (terms[number] !== undefined) throw new Error(`search-index.json：词号 ${number} 重复`);
      terms[number] = term;
      const run: number[] = [number, 0];
      // Object.keys, as lunr reads them: refs are whole numbers, so in ascending order.
      for (const ref of Object.keys(posting[name] ?? {})) {
        const weight = weights.get(`${name}/${ref}`)?.get(number);
        if (!/^\d+$/.test(ref) || weight === undefined) {
          throw new Error(`search-index.json：${term} 在文档 ${ref} 中没有权重`);
        }
        run.push(Number(ref), weight);
        run[1] += 1;
      }
      for (const shard of new Set([...term].map(shardOf))) shards[shard]![field]!.push(...run);
      postings[field]!.push(...run);
    }
    if (terms.length !== invertedIndex.length) throw new Error('search-index.json：词号不连续');
    return {name, pipeline, terms, refs: [...refs[field]!].flatMap(([ref, page]) => [Number(ref), page])};
  });
  const pages = pagesOf(raw).map(({id, url, title, crumbs, content}): SplitMeta['pages'][number] => [
    id,
    url,
    title,
    crumbs,
    content,
  ]);
  return {meta: {version: 1, fields, pages}, shards, postings};
}

/**
 * The first file's list of shards: each shard that has a term stored by
 * `place` (given its number and JSON), which says its file and size; an
 * empty shard has no file ('') and size 0.
 */
export function placeShards(
  shards: Shard[],
  place: (n: number, json: string) => {file: string; size: number},
): Pick<SplitMeta, 'shards' | 'sizes'> {
  const placed = shards.map((shard, n) =>
    shard.every((field) => field.length === 0) ? {file: '', size: 0} : place(n, JSON.stringify(shard)),
  );
  return {shards: placed.map((p) => p.file), sizes: placed.map((p) => p.size)};
}

/** lunr's TokenSet.Builder, which lunr.Index.load uses (not in lunr's type definitions). */
const TokenSetBuilder = (
  lunr.TokenSet as unknown as {
    Builder: new () => {insert(word: string): void; finish(): void; root: lunr.TokenSet};
  }
).Builder;

type Field = {
  name: string;
  index: lunr.Index;
  refs: Map<string, number>;
  terms: string[];
  /** What lunr reads of the loaded terms: the postings, the documents' vectors. */
  invertedIndex: Record<string, Record<string, number | Record<string, object>>>;
  fieldVectors: Record<string, lunr.Vector>;
};

/**
 * A split index in the browser: lunr indexes with the whole index's token
 * sets, that receive the postings of a shard when a query needs it, or all
 * of them at once when the first file carries them.
 */
export class SplitIndex implements IndexSource {
  readonly pages: PageEntry[];
  readonly words: string[];
  readonly fields: Field[];
  private readonly loaded = new Set<number>();
  private readonly loading = new Map<number, Promise<void>>();

  constructor(
    private readonly meta: SplitMeta,
    private readonly fetchShard: (file: string) => Promise<Shard>,
  ) {
    this.pages = meta.pages.map(([id, url, title, crumbs, content]) => ({id, url, title, crumbs, content}));
    const words = new Set<string>();
    this.fields = meta.fields.map(({name, pipeline, terms, refs}) => {
      for (const word of chineseWords(terms)) words.add(word);
      const invertedIndex = Object.create(null) as Field['invertedIndex'];
      const fieldVectors: Field['fieldVectors'] = {};
      // lunr.Index.load inserts the terms in the order lunr serialised them: sorted.
      const builder = new TokenSetBuilder();
      for (const term of [...terms].sort()) builder.insert(term);
      builder.finish();
      const tokenSet = builder.root;
      const index = new lunr.Index({
        invertedIndex,
        fieldVectors,
        tokenSet,
        fields: [name],
        pipeline: lunr.Pipeline.load(pipeline),
      } as unknown as lunr.Index.Attributes);
      const refMap = new Map<string, number>();
      for (let i = 0; i < refs.length; i += 2) refMap.set(String(refs[i]), refs[i + 1]!);
      return {name, index, refs: refMap, terms, invertedIndex, fieldVectors};
    });
    this.words = [...words];
    if (meta.postings) this.addRuns(meta.postings);
    meta.shards.forEach((file, shard) => (file === '' || meta.postings) && this.loaded.add(shard));
  }

  /**
   * The shards a query's terms need: for each, one of the shards of its
   * characters (every term it can match contains them all; an ASCII word's
   * stem and longer words keep only its first letter for sure), preferring
   * one already loaded or chosen, then the smallest.
   */
  shardsFor(terms: Term[]): number[] {
    const chosen = new Set<number>();
    for (const {value} of terms) {
      const candidates = [...new Set([...(/^[a-z0-9_]+$/.test(value) ? [value[0]!] : value)].map(shardOf))];
      const have = candidates.find((s) => this.loaded.has(s) || chosen.has(s));
      if (have !== undefined) continue;
      chosen.add(candidates.reduce((a, b) => (this.meta.sizes[b]! < this.meta.sizes[a]! ? b : a)));
    }
    return [...chosen];
  }

  ready(terms: Term[]): boolean {
    return this.shardsFor(terms).length === 0;
  }

  async prepare(terms: Term[]): Promise<void> {
    await Promise.all(this.shardsFor(terms).map((shard) => this.load(shard)));
  }

  private load(shard: number): Promise<void> {
    let loading = this.loading.get(shard);
    if (!loading) {
      loading = this.fetchShard(this.meta.shards[shard]!).then((data) => this.add(shard, data));
      // A failed fetch (a dropped connection) is tried again by the next query.
      loading.catch(() => this.loading.delete(shard));
      this.loading.set(shard, loading);
    }
    return loading;
  }

  /** Puts a shard's postings into the lunr indexes (a term in several shards once). */
  add(shard: number, data: Shard): void {
    if (this.loaded.has(shard)) return;
    this.addRuns(data);
    this.loaded.add(shard);
  }

  private addRuns(data: Shard): void {
    data.forEach((runs, n) => {
      const {name, terms, invertedIndex, fieldVectors} = this.fields[n]!;
      for (let i = 0; i < runs.length;) {
        const number = runs[i]!;
        const count = runs[i + 1]!;
        const term = terms[number]!;
        const start = i + 2;
        i = start + 2 * count;
        if (invertedIndex[term]) continue;
        const posting: Record<string, object> = {};
        for (let j = start; j < i; j += 2) {
          const ref = String(runs[j]);
          posting[ref] = {};
          (fieldVectors[`${name}/${ref}`] ??= new lunr.Vector([])).insert(number, runs[j + 1]!);
        }
        invertedIndex[term] = {_index: number, [name]: posting};
      }
    });
  }
}
