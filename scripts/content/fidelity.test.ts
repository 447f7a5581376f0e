import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkFidelity, normalize, parseSeed, type BuiltPage} from './fidelity';

const seed = readFileSync(new URL('./__fixtures__/fidelity-seed.md', import.meta.url), 'utf8');
const fixes = [{from: '早与', to: '早于'}];

const faithful: BuiltPage[] = [
  {
    path: '/general/clear-cache/',
    crumbs: ['通用问题'],
    title: '清缓存方法',
    text: '清缓存方法 请清理缓存后再重新登录。 快捷键：ctrl+shift+delete',
  },
  {
    path: '/p/basics/url/',
    crumbs: ['平台', '基础问题'],
    title: '登录网址',
    text: '网址：http://example.test/ 已加群不要重复加',
  },
  {path: '/p/empty/', crumbs: ['平台'], title: '空栏目（整理中）', text: '正在整理中'},
  {
    path: '/p/stats/rate/',
    crumbs: ['平台', '统计问题'],
    title: '考勤率',
    text: '进场时间不能早于退场时间 第一步 第二步',
  },
];

describe('parseSeed', () => {
  it('finds ### questions and ## sections without ###, skipping an empty ###', () => {
    expect(parseSeed(seed).map((q) => [q.crumbs.join('/'), q.title])).toEqual([
      ['通用问题', '清缓存方法'],
      ['平台/基础问题', '登录网址'],
      ['平台', '空栏目'],
      ['平台/统计问题', '考勤率'],
    ]);
  });
});

describe('checkFidelity', () => {
  it('passes pages that carry every line, with the listed typo fixes', () => {
    expect(checkFidelity(seed, faithful, fixes)).toEqual([]);
  });

  it('fails when a line is removed from a page, naming the seed line', () => {
    const pages = faithful.map((p) => (p.title === '登录网址' ? {...p, text: '网址：http://example.test/'} : p));
    expect(checkFidelity(seed, pages, fixes)).toEqual([
      '种子第 10 行缺失：页面 /p/basics/url/（登录网址）中找不到：- 已加群不要重复加',
    ]);
  });

  it('fails when lines are out of order', () => {
    const pages = faithful.map((p) =>
      p.title === '考勤率' ? {...p, text: '进场时间不能早于退场时间 第二步 第一步'} : p,
    );
    expect(checkFidelity(seed, pages, fixes)[0]).toMatch(/种子第 18 行顺序不对/);
  });

  it('fails when a typo is fixed without being listed', () => {
    expect(checkFidelity(seed, faithful, [])).toEqual([
      expect.stringMatching(/种子第 16 行缺失.*进场时间不能早与退场时间/),
    ]);
  });

  it('fails when a question has no page, and when a listed fix is stale', () => {
    const problems = checkFidelity(seed, faithful.slice(1), [...fixes, {from: '考情', to: '考勤'}]);
    expect(problems).toContain('订正“考情 → 考勤”在种子中找不到，请从订正列表中删除。');
    expect(problems).toContain('种子第 2 行的问题“清缓存方法”（通用问题）没有对应标题的页面。');
  });

  it('ignores whitespace, punctuation and Markdown marks', () => {
    expect(normalize('- **初始**密码：后六位（区分大小写）')).toBe(normalize('初始 密码 后六位 区分大小写'));
  });
});
