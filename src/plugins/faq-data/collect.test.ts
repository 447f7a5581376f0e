import {describe, expect, it} from 'vitest';
import {collectFaqData, type DocInput, type SidebarNode} from './collect';

const doc = (id: string, keywords: string[] = []): DocInput => ({
  id,
  title: `T ${id}`,
  permalink: `/${id}`,
  frontMatter: {id: id.split('/').pop(), keywords},
});
const docs = [
  doc('general/a', ['缓存']),
  doc('general/b'),
  doc('hz/login/c', ['密码', '登录']),
  doc('hz/login/d', ['密码']),
  doc('hz/login/e'),
  doc('hz/stats/f', ['登录']),
  doc('hz/stats/g'),
];
const category = (label: string, permalink: string, items: SidebarNode[]): SidebarNode => ({
  type: 'category',
  label,
  items,
  link: {type: 'generated-index', permalink},
});
const sidebar: SidebarNode[] = [
  category('通用', '/general/', [
    {type: 'doc', id: 'general/a'},
    {type: 'doc', id: 'general/b'},
  ]),
  category('杭州', '/hz/', [
    category('登录', '/hz/login/', [
      {type: 'doc', id: 'hz/login/c'},
      {type: 'doc', id: 'hz/login/d'},
      {type: 'doc', id: 'hz/login/e'},
    ]),
    category('统计', '/hz/stats/', [
      {type: 'doc', id: 'hz/stats/f'},
      {type: 'doc', id: 'hz/stats/g'},
    ]),
  ]),
];
const numbers = new Map(docs.map((d, i) => [d.frontMatter.id!, i + 1]));

describe('collectFaqData', () => {
  const data = collectFaqData(docs, sidebar, numbers);

  it('counts the questions of each category, in sidebar order', () => {
    expect(data.categories).toEqual([
      {key: 'general', label: '通用', permalink: '/general/', count: 2},
      {key: 'hz', label: '杭州', permalink: '/hz/', count: 5},
    ]);
  });

  it('gives each question its number, category and permalink', () => {
    expect(data.questions.c).toMatchObject({
      id: 'c',
      n: 3,
      category: 'hz',
      permalink: '/hz/login/c',
      title: 'T hz/login/c',
    });
  });

  it('relates questions of the same sub-section first, then by shared keywords', () => {
    expect(data.questions.c!.related).toEqual(['d', 'e', 'f']);
    expect(data.questions.f!.related.slice(0, 2)).toEqual(['g', 'c']);
  });

  it('fails for a question without a number', () => {
    expect(() => collectFaqData(docs, sidebar, new Map())).toThrow('问题 a 没有短链接编号');
  });
});
