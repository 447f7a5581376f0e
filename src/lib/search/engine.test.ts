import {describe, expect, it} from 'vitest';
import {SearchEngine, snippet} from './engine';
import {normalizeQuery, tokenize} from './query';
import {highlightParts, resultHref} from './highlight';
import {buildIndex, pages} from './__fixtures__/small-index';

const engine = new SearchEngine(buildIndex(pages), {
  synonyms: {考情: '考勤', 帐号: '账号'},
  simplified: {帳: '帐', 號: '号', 說: '说', 記: '记', 碼: '码'},
  fillerWords: ['怎么', '一直'],
});
const urls = (query: string) => engine.search(query).map((r) => r.url);

describe('SearchEngine', () => {
  it('puts the page whose title and keywords match first, and lists each page once', () => {
    const found = urls('忘记密码');
    expect(found[0]).toBe('/hangzhou/login/reset-password/');
    expect(new Set(found).size).toBe(found.length);
  });

  it('keeps the words it knows from a chatty sentence', () => {
    expect(urls('请问考勤率怎么算')[0]).toBe('/hangzhou/stats/attendance-rate/');
  });

  it('finds nothing when most of the query is found nowhere', () => {
    expect(urls('火星上今天的天气预报人员')).toEqual([]);
  });

  it('corrects common misspellings', () => {
    expect(urls('考情率')[0]).toBe('/hangzhou/stats/attendance-rate/');
    expect(urls('帐号说明')[0]).toBe('/hangzhou/login/accounts/');
  });

  it('reads traditional characters as simplified ones, before correcting misspellings (帳號 → 帐号 → 账号)', () => {
    expect(urls('帳號說明')).toEqual(urls('账号说明'));
    expect(urls('帳號說明')[0]).toBe('/hangzhou/login/accounts/');
    expect(urls('忘記密碼')[0]).toBe('/hangzhou/login/reset-password/');
  });

  it('finds a word inside a longer indexed word and ASCII facts', () => {
    expect(urls('萧山')[0]).toBe('/xiaoshan/personnel/xs-support/');
    expect(urls('8044')[0]).toBe('/xiaoshan/personnel/xs-support/');
    expect(urls('ＱＱ群')[0]).toBe('/xiaoshan/personnel/xs-support/');
  });

  it('prefers the page that has neighbouring query words side by side', () => {
    const two = new SearchEngine(
      buildIndex([
        {...pages[1]!, url: '/apart/', title: '甲 说明', content: '按钮 项目 库 暂停'},
        {...pages[1]!, url: '/together/', title: '乙 说明', content: '关闭 项目 暂停 功能 按钮'},
      ]),
    );
    expect(two.search('项目暂停按钮').map((r) => r.url)[0]).toBe('/together/');
  });

  it('ranks a placeholder page below an answer that matches as well, and marks it', () => {
    const twins = [
      {...pages[0]!, url: '/placeholder/'},
      {...pages[0]!, url: '/answer/'},
    ];
    const results = (placeholders: string[]) => new SearchEngine(buildIndex(twins), {placeholders}).search('密码');
    expect(results(['/placeholder/']).map((r) => [r.url, r.pending])).toEqual([
      ['/answer/', false],
      ['/placeholder/', true],
    ]);
    expect(results(['/answer/'])[0]!.url).toBe('/placeholder/');
  });

  it('never ranks a placeholder above an answer that matches as many of the words, however much better', () => {
    const strong = {...pages[0]!, url: '/placeholder/', title: '初始密码', keywords: '初始密码'};
    const weak = {
      url: '/answer/',
      title: '其他',
      description: '其他',
      keywords: '其他',
      content: '初始密码',
      crumbs: [],
    };
    const found = new SearchEngine(buildIndex([strong, weak]), {placeholders: ['/placeholder/']}).search('初始密码');
    expect(found.map((r) => r.url)).toEqual(['/answer/', '/placeholder/']);
  });

  it('ranks a placeholder that matches every word above answers that match only some (萧山登录)', () => {
    const placeholder = {
      url: '/xs/login/',
      title: '登录 问题',
      description: '',
      keywords: '萧山 登录',
      content: '萧山 登录',
      crumbs: [],
    };
    const answers = [0, 1].map((i) => ({...pages[i]!, title: `登录 账号 ${i}`, keywords: '登录'}));
    const engine = new SearchEngine(buildIndex([...answers, placeholder]), {placeholders: ['/xs/login/']});
    expect(engine.search('萧山登录').map((r) => [r.url, r.pending])[0]).toEqual(['/xs/login/', true]);
    expect(engine.search('登录账号').at(-1)).toMatchObject({url: '/xs/login/', pending: true});
  });

  it('gives the category path once per label, a snippet and the matched terms', () => {
    const [first] = engine.search('初始密码');
    expect(first).toMatchObject({crumbs: ['杭州实名制', '登录类问题'], terms: ['初始密码']});
    expect(first!.snippet).toContain('初始密码');
  });

  it('finds nothing, without failing, for hostile or empty input', () => {
    for (const query of [
      '',
      '   ',
      '<script>alert(1)</script>',
      '.*+?^${}()|[]\\',
      '😀😀',
      '，。！？',
      'x'.repeat(500),
    ]) {
      expect(() => engine.search(query)).not.toThrow();
    }
    expect(urls('<script>alert(1)</script>')).toEqual([]);
    expect(urls('   ')).toEqual([]);
  });
});

describe('query helpers', () => {
  it('normalises width and case and caps the length', () => {
    expect(normalizeQuery('  ＡｐｐＩＤ  ')).toBe('appid');
    expect(normalizeQuery('字'.repeat(500))).toHaveLength(100);
    expect(tokenize('open.api 的 appid')).toEqual(['open', 'api', '的', 'appid']);
  });

  it('cuts a snippet around the densest matches', () => {
    const text = `${'前'.repeat(100)}关键词 和 另一个关键词${'后'.repeat(100)}`;
    const s = snippet(text, ['关键词']);
    expect(s.startsWith('…')).toBe(true);
    expect(s).toContain('关键词 和 另一个关键词');
  });

  it('marks terms without interpreting them as patterns', () => {
    expect(highlightParts('a.b (c)', ['(c)', '.'])).toEqual([
      {text: 'a', mark: false},
      {text: '.', mark: true},
      {text: 'b ', mark: false},
      {text: '(c)', mark: true},
    ]);
    expect(resultHref('/a/', ['密码', 'x&y'])).toBe('/a/?_highlight=%E5%AF%86%E7%A0%81&_highlight=x%26y');
  });
});
