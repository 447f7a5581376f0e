import {describe, expect, it} from 'vitest';
import {corrected, grams, highlight, search, terms, type Entry, type OfflineIndex} from './search';

const entry = (u: string, fields: Partial<Entry>): Entry => ({u, t: '', c: '', d: '', k: '', b: '', ...fields});

const ENTRIES: Entry[] = [
  entry('accounts', {
    t: '杭州市实名制平台账号说明',
    c: '杭州实名制 › 登录类问题',
    b: '登录名：统一社会信用代码 初始密码：统一社会信用代码后六位',
  }),
  entry('reset', {
    t: '杭州市实名制重置密码说明',
    c: '杭州实名制 › 登录类问题',
    d: '企业密码由建管站重置。',
    k: '忘记密码 找回密码',
    b: '施工、分包单位企业密码重置：外地企业联系建管站。',
  }),
  entry('site-code', {t: '杭州工地码扫码不在范围内', c: '杭州实名制 › 杭州工地码', b: '扫码时请确认定位权限已打开。'}),
  entry('xs-login', {
    t: '萧山云平台登录问题',
    c: '萧山云平台 › 登录问题',
    d: '萧山云平台的账号和密码由品茗技术服务团队重置。',
  }),
  entry('cache', {t: '清缓存方法', c: '通用问题', k: '白屏 浏览器', b: '电脑端清理缓存方法快捷键：Ctrl+Shift+Delete'}),
];

const INDEX: OfflineIndex = {entries: ENTRIES, synonyms: {登陆: '登录', 秘码: '密码'}};

const urls = (query: string) => search(INDEX, query).map((h) => h.entry.u);

describe('terms and grams', () => {
  it('splits a query at spaces and punctuation, in lower case, full-width letters as ASCII', () => {
    expect(terms(' 萧山，密码？ ＣＴＲＬ  密码')).toEqual(['萧山', '密码', 'ctrl']);
  });

  it('cuts a word into character pairs', () => {
    expect(grams('忘记密码')).toEqual(['忘记', '记密', '密码']);
    expect(grams('码')).toEqual(['码']);
  });
});

describe('search', () => {
  it('finds nothing for an empty query or a topic the site lacks', () => {
    expect(urls('')).toEqual([]);
    expect(urls('  ，')).toEqual([]);
    expect(urls('火星旅游')).toEqual([]);
  });

  it('ranks title and keywords over description over the answer', () => {
    expect(urls('忘记密码')[0]).toBe('reset');
    expect(urls('密码')).toEqual(['reset', 'xs-login', 'accounts']);
  });

  it('finds a question typed as people ask it, ignoring 怎么办 and the like', () => {
    expect(urls('忘记密码怎么办')[0]).toBe('reset');
    expect(urls('工地码扫不了')[0]).toBe('site-code');
  });

  it('uses the category to tell the platforms apart', () => {
    expect(urls('萧山 密码')[0]).toBe('xs-login');
  });

  it('matches Latin letters in any case', () => {
    expect(urls('ctrl')).toEqual(['cache']);
  });

  it('corrects common misspellings before searching, as the site does', () => {
    expect(corrected('忘记秘码 登陆', INDEX.synonyms)).toBe('忘记密码 登录');
    expect(urls('萧山 登陆')[0]).toBe('xs-login');
    expect(search({...INDEX, synonyms: {}}, '登陆')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(search(INDEX, '杭州', 2)).toHaveLength(2);
  });

  it('gives a snippet from the description when it matches, else from the answer, with the match marked', () => {
    const [reset] = search(INDEX, '建管站');
    expect(reset!.snippet).toEqual([
      {text: '企业密码由', mark: false},
      {text: '建管站', mark: true},
      {text: '重置。', mark: false},
    ]);
    const [accounts] = search(INDEX, '信用代码');
    expect(accounts!.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['信用代码', '信用代码']);
  });
});

describe('highlight', () => {
  it('marks overlapping needles as one run, in any case', () => {
    expect(highlight('按Ctrl+Shift', ['ctrl', 'rl+s'])).toEqual([
      {text: '按', mark: false},
      {text: 'Ctrl+S', mark: true},
      {text: 'hift', mark: false},
    ]);
  });
});
