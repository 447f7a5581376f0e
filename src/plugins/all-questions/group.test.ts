import {describe, expect, it} from 'vitest';
import type {SidebarNode} from '../faq-data/collect';
import {anchorsOf, groupAllQuestions} from './group';

const doc = (id: string) => ({
  id,
  title: `T ${id}`,
  permalink: `/faq/${id}/`,
  source: `@site/docs/${id}.md`,
  frontMatter: {id: id.split('/').pop()},
});
const docs = ['general/a', 'hz/login/b', 'hz/login/c', 'xs/d', 'xs/quality/e'].map(doc);
const sidebar: SidebarNode[] = [
  {
    type: 'category',
    label: '通用问题',
    link: {type: 'generated-index', permalink: '/faq/general/'},
    items: [{type: 'doc', id: 'general/a'}],
  },
  {
    type: 'category',
    label: '杭州实名制',
    link: {type: 'generated-index', permalink: '/faq/hz/'},
    items: [
      {
        type: 'category',
        label: '登录类问题',
        link: {type: 'generated-index', permalink: '/faq/hz/login/'},
        items: [
          {type: 'doc', id: 'hz/login/b'},
          {type: 'doc', id: 'hz/login/c'},
        ],
      },
    ],
  },
  {
    type: 'category',
    label: '萧山云平台',
    link: {type: 'generated-index', permalink: '/faq/xs/'},
    items: [
      {type: 'doc', id: 'xs/d'},
      {
        type: 'category',
        label: '质监问题',
        link: {type: 'generated-index', permalink: '/faq/xs/quality/'},
        items: [{type: 'doc', id: 'xs/quality/e'}],
      },
    ],
  },
];

describe('groupAllQuestions', () => {
  const {categories, sources} = groupAllQuestions(docs, sidebar, '/faq/');

  it('keeps the sidebar order: categories, sub-sections, and single pages in between', () => {
    expect(categories.map((c) => [c.id, c.label])).toEqual([
      ['general', '通用问题'],
      ['hz', '杭州实名制'],
      ['xs', '萧山云平台'],
    ]);
    expect(categories[2]!.items).toEqual([
      {id: 'd', title: 'T xs/d', permalink: '/faq/xs/d/'},
      {
        id: 'xs-quality',
        label: '质监问题',
        questions: [{id: 'e', title: 'T xs/quality/e', permalink: '/faq/xs/quality/e/'}],
      },
    ]);
  });

  it('gives every heading an ASCII anchor', () => {
    const ids = anchorsOf(categories);
    expect(ids).toEqual(['general', 'a', 'hz', 'hz-login', 'b', 'c', 'xs', 'd', 'xs-quality', 'e']);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it("maps each question to its doc's own Markdown file", () => {
    expect(sources).toEqual({
      a: '@site/docs/general/a.md',
      b: '@site/docs/hz/login/b.md',
      c: '@site/docs/hz/login/c.md',
      d: '@site/docs/xs/d.md',
      e: '@site/docs/xs/quality/e.md',
    });
  });

  it('fails for a sub-section without an index page (no anchor to give it)', () => {
    const bad: SidebarNode[] = [
      {
        type: 'category',
        label: '通用问题',
        link: {type: 'generated-index', permalink: '/faq/general/'},
        items: [{type: 'category', label: '栏目', items: [{type: 'doc', id: 'general/a'}]}],
      },
    ];
    expect(() => groupAllQuestions(docs, bad, '/faq/')).toThrow('栏目“栏目”没有索引页');
  });

  it('fails when a question id is also a category or section anchor', () => {
    const clash = [...docs, doc('hz/login/hz-login')];
    const withClash = structuredClone(sidebar);
    (withClash[1] as {items: {items: SidebarNode[]}[]}).items[0]!.items.push({type: 'doc', id: 'hz/login/hz-login'});
    expect(() => groupAllQuestions(clash, withClash, '/faq/')).toThrow('锚点 #hz-login 重复');
  });

  it('fails for a doc missing from the docs', () => {
    const bad: SidebarNode[] = [
      {
        type: 'category',
        label: '通用问题',
        link: {type: 'generated-index', permalink: '/faq/general/'},
        items: [{type: 'doc', id: 'general/zz'}],
      },
    ];
    expect(() => groupAllQuestions(docs, bad, '/faq/')).toThrow('侧边栏中的文档 general/zz 不存在');
  });
});
