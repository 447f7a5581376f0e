import {describe, expect, it} from 'vitest';
import {SearchEngine, type EngineOptions, type IndexSource} from './engine';
import {compareSplit, splitInMemory} from './compare';
import {SHARDS, SplitIndex, splitIndex} from './split';
import {buildIndex, pages} from './__fixtures__/small-index';

const options: EngineOptions = {
  synonyms: {考情: '考勤', 帐号: '账号'},
  simplified: {帳: '帐', 號: '号', 說: '说', 記: '记', 碼: '码'},
  fillerWords: ['怎么', '一直'],
  placeholders: ['/hangzhou/login/accounts/'],
};
const raw = buildIndex(pages);

/** A shard field's runs: term number and its [ref, weight] pairs. */
function runsOf(runs: number[]): {number: number; postings: [number, number][]}[] {
  const out: {number: number; postings: [number, number][]}[] = [];
  for (let i = 0; i < runs.length;) {
    const [number, count] = [runs[i]!, runs[i + 1]!];
    const postings: [number, number][] = [];
    for (let j = 0; j < count; j += 1) postings.push([runs[i + 2 + 2 * j]!, runs[i + 3 + 2 * j]!]);
    out.push({number, postings});
    i += 2 + 2 * count;
  }
  return out;
}
const runsFrom = (runs: ReturnType<typeof runsOf>) =>
  runs.flatMap((r) => [r.number, r.postings.length, ...r.postings.flat()]);
const whole = new SearchEngine(raw, options);
const queries = [
  '忘记密码',
  '请问考勤率怎么算',
  '火星上今天的天气预报人员',
  '考情率',
  '帳號說明',
  '萧山',
  '8044',
  'ＱＱ群',
  '初始密码',
  '密码',
  '人员',
  'app',
  '企业账号登录名',
  '',
  '<script>alert(1)</script>',
];

describe('split index', () => {
  /** Every query, through the whole index and a split one with its postings inline or in shards. */
  const compareAll = async (inline: boolean) => {
    const {meta, readShard} = splitInMemory(raw, {inline});
    const engine = (index: IndexSource) => new SearchEngine(index, options);
    return {meta, ...(await compareSplit({whole, meta, readShard, engine, queries}))};
  };

  it('gives the whole index’s results, scores included, fetching only the shards a query needs', async () => {
    const {meta, differences, fetched} = await compareAll(false);
    expect(differences).toEqual([]);
    expect(queries.filter((q) => whole.search(q).length > 0).length).toBeGreaterThan(8);
    const shards = meta.shards.filter(Boolean).length;
    for (const {query, files} of fetched) expect(files.length, query).toBeLessThan(shards / 4);
    expect(fetched.find((f) => f.query === '忘记密码')!.files).toHaveLength(2);
  });

  it('with its postings inline in the first file, answers every query as the whole index, fetching nothing', async () => {
    const {differences, fetched} = await compareAll(true);
    expect(differences).toEqual([]);
    expect(fetched.flatMap((f) => f.files)).toEqual([]);
    // Each term once: smaller than the shards, which repeat a term in the shard of each of its characters.
    const {shards, postings} = splitIndex(raw);
    expect(JSON.stringify(postings).length).toBeLessThan(JSON.stringify(shards).length / 2);
  });

  it('is told apart from the whole index when a shard is wrong: the comparison can fail', async () => {
    const {meta, readShard} = splitInMemory(raw, {inline: false});
    // The weight of 密码 in its first document of the content field, doubled in every shard that holds it.
    const number = meta.fields[4]!.terms.indexOf('密码');
    const wrong = (file: string) =>
      readShard(file).map((runs, field) =>
        field !== 4
          ? runs
          : runsFrom(
              runsOf(runs).map((r) =>
                r.number === number ? {...r, postings: r.postings.map(([ref, w], i) => [ref, i ? w : w * 2])} : r,
              ),
            ),
      );
    const engine = (index: IndexSource) => new SearchEngine(index, options);
    const tampered = await compareSplit({whole, meta, readShard: wrong, engine, queries: ['密码']});
    expect(tampered.differences.map((d) => d.query)).toEqual(['密码']);
    // A shard left out: the engine says so rather than answering from part of the postings.
    const missing = {...meta, shards: meta.shards.map((f, n) => (n === '密'.codePointAt(0)! % SHARDS ? '' : f))};
    const partial = await compareSplit({whole, meta: missing, readShard, engine, queries: ['密码']});
    expect(partial.differences).toHaveLength(1);
  });

  it('puts each term in the shard of each of its characters, with its documents and weights', () => {
    const {meta, shards} = splitIndex(raw);
    const content = meta.fields[4]!;
    const number = content.terms.indexOf('建管站');
    expect(number).toBeGreaterThanOrEqual(0);
    for (const char of '建管站') {
      const runs = runsOf(shards[char.codePointAt(0)! % SHARDS]![4]!);
      expect(runs.find((r) => r.number === number)?.postings, char).toEqual([[100, expect.any(Number)]]);
    }
    expect(meta.pages.map((p) => p[1])).toEqual(pages.map((p) => p.url));
  });

  it('does not answer before the shards a query needs are in, and fetches each shard once', async () => {
    const {meta, readShard} = splitInMemory(raw, {inline: false});
    const fetched: string[] = [];
    const engine = new SearchEngine(
      new SplitIndex(meta, async (file) => {
        fetched.push(file);
        return readShard(file);
      }),
      options,
    );
    // Words found nowhere need no shard.
    expect(engine.ready('火星')).toBe(true);
    expect(engine.ready('忘记密码')).toBe(false);
    expect(() => engine.search('忘记密码')).toThrow(/prepare/);
    await Promise.all([engine.prepare('忘记密码'), engine.prepare('密码忘记')]);
    expect(engine.ready('忘记密码')).toBe(true);
    expect(engine.search('忘记密码')).toEqual(whole.search('忘记密码'));
    expect(fetched.length).toBeGreaterThan(0);
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});
