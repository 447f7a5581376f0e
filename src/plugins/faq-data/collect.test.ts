import {describe, expect, it} from 'vitest';
import {collectFaqData, type DocInput, type SidebarNode} from './collect';

/** One question: "category/section/id", its keywords, and whether it is a placeholder. */
type Spec = [path: string, keywords?: string[], pending?: boolean];

/** Docs, a sidebar (category → section → doc) and numbers made from specs, in order. */
function site(specs: Spec[]) {
  const docs: DocInput[] = specs.map(([path, keywords = [], pending]) => ({
    id: path,
    title: `T ${path}`,
    permalink: `/${path}`,
    frontMatter: {id: path.split('/').pop(), keywords, ...(pending ? {pending} : {})},
  }));
  const sidebar: SidebarNode[] = [];
  for (const {id} of docs) {
    const [cat, section] = id.split('/') as [string, string];
    let catNode = sidebar.find((n) => n.type === 'category' && n.label === cat);
    if (!catNode)
      sidebar.push(
        (catNode = {type: 'category', label: cat, items: [], link: {type: 'generated-index', permalink: `/${cat}/`}}),
      );
    const items = (catNode as Extract<SidebarNode, {type: 'category'}>).items;
    let sectionNode = items.find((n) => n.type === 'category' && n.label === section);
    if (!sectionNode) items.push((sectionNode = {type: 'category', label: section, items: []}));
    (sectionNode as Extract<SidebarNode, {type: 'category'}>).items.push({type: 'doc', id});
  }
  const numbers = new Map(docs.map((d, i) => [d.frontMatter.id!, i + 1]));
  return {docs, sidebar, numbers};
}

function relatedOf(specs: Spec[]) {
  const {docs, sidebar, numbers} = site(specs);
  const {questions} = collectFaqData(docs, sidebar, numbers);
  return (id: string) => questions[id]!.related;
}

const basic: Spec[] = [
  ['general/all/a', ['清缓存']],
  ['general/all/b', ['截图']],
  ['general/all/k', ['截图']],
  ['general/all/m'],
  ['hz/login/c', ['密码', '登录']],
  ['hz/login/d', ['密码']],
  ['hz/login/e'],
  ['hz/stats/f', ['登录']],
  ['hz/stats/g'],
];

describe('collectFaqData', () => {
  const {docs, sidebar, numbers} = site(basic);
  const data = collectFaqData(docs, sidebar, numbers);

  it('counts the questions of each category, in sidebar order', () => {
    expect(data.categories).toEqual([
      {key: 'general', label: 'general', permalink: '/general/', count: 4, pending: 0},
      {key: 'hz', label: 'hz', permalink: '/hz/', count: 5, pending: 0},
    ]);
  });

  it('counts placeholder questions apart from answers', () => {
    const pending = site([['xs/a/p', [], true], ['xs/a/q', [], true], ['xs/b/r'], ['xs/b/s'], ['xs/b/t'], ['xs/b/u']]);
    expect(collectFaqData(pending.docs, pending.sidebar, pending.numbers).categories).toEqual([
      {key: 'xs', label: 'xs', permalink: '/xs/', count: 4, pending: 2},
    ]);
  });

  it('gives each question its number, category and permalink', () => {
    expect(data.questions.c).toMatchObject({
      id: 'c',
      n: 5,
      category: 'hz',
      permalink: '/hz/login/c',
      title: 'T hz/login/c',
    });
  });

  it('relates questions of the same sub-section first, then by shared keywords', () => {
    expect(data.questions.c!.related).toEqual(['d', 'e', 'f']);
  });

  it('fills up to three with questions of the same category, in sidebar order', () => {
    // g (same section) and c (登录) are strong; d is the first other question of 杭州.
    expect(data.questions.f!.related).toEqual(['g', 'c', 'd']);
  });

  it('fails for a question without a number', () => {
    expect(() => collectFaqData(docs, sidebar, new Map())).toThrow('问题 a 没有短链接编号');
  });
});

describe('related questions', () => {
  it('are at most five, the closest first', () => {
    const related = relatedOf([
      ['hz/login/a', ['密码']],
      ['hz/login/b'],
      ['hz/login/c'],
      ['hz/login/d'],
      ['hz/login/e'],
      ['hz/login/f'],
      ['hz/login/g', ['密码']],
    ]);
    expect(related('a')).toEqual(['g', 'b', 'c', 'd', 'e']);
    expect(related('b')).toHaveLength(5);
  });

  it('match a keyword of three or more characters inside a longer one, and shorter ones only when equal', () => {
    const related = relatedOf([
      ['general/all/a', ['浏览器', '登录']],
      ['general/all/b'],
      ['general/all/x'],
      ['general/all/y'],
      ['hz/basics/d', ['登录名']],
      ['hz/basics/c', ['浏览器打不开']],
      ['hz/basics/e'],
      ['hz/basics/f'],
    ]);
    // c matches by 浏览器 (in 浏览器打不开); d does not by 登录 (in 登录名: too short).
    expect(related('a')).toEqual(['b', 'x', 'y', 'c']);
  });

  it('never suggest a placeholder page (pending), which gets real answers as related', () => {
    const related = relatedOf([
      ['xs/basics/p', ['萧山云平台', '联系方式'], true],
      ['xs/login/q', ['萧山云平台', '登录'], true],
      ['xs/quality/a', ['验收']],
      ['xs/personnel/b', ['萧山云平台']],
      ['xs/personnel/c', ['联系方式']],
      ['xs/personnel/d'],
    ]);
    for (const id of ['p', 'q', 'a', 'b', 'c', 'd']) {
      expect(related(id)).not.toContain('p');
      expect(related(id)).not.toContain('q');
      expect(related(id).length).toBeGreaterThanOrEqual(3);
    }
    expect(related('p')).toEqual(['b', 'c', 'a']);
  });

  it('come from the same platform or the general questions, never from the other platform', () => {
    const related = relatedOf([
      ['general/all/a', ['登录']],
      ['general/all/b', ['登录', '密码']],
      ['hz/login/c', ['登录', '密码']],
      ['hz/login/d', ['密码']],
      ['hz/login/e', ['密码']],
      ['xs/login/f', ['登录', '密码']],
      ['xs/quality/g', ['登录']],
      ['xs/quality/h', ['登录']],
    ]);
    // f shares 登录 and 密码 with c, d and e of 杭州, and c shares them with f: neither is suggested on the other's page.
    expect(related('f')).toEqual(['b', 'g', 'h', 'a']);
    expect(related('c')).toEqual(['d', 'e', 'b', 'a']);
    // A general question may suggest either platform's.
    expect(related('a')).toEqual(['b', 'c', 'f', 'g', 'h']);
  });

  it('fail the build for a question with fewer than three', () => {
    expect(() => relatedOf([['general/all/a'], ['general/all/b'], ['hz/login/c']])).toThrow(
      '问题 a 只找到 1 个相关问题（至少 3 个）',
    );
  });
});
