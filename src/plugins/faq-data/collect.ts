import type {FaqCategory, FaqData, FaqQuestion} from './types';

/** The parts of a loaded doc that the FAQ data is made from. */
export type DocInput = {
  id: string;
  title: string;
  permalink: string;
  frontMatter: {id?: string; keywords?: string[]};
};

/** The parts of a sidebar item that the FAQ data is made from. */
export type SidebarNode =
  | {type: 'category'; label: string; items: SidebarNode[]; link?: {type: string; permalink?: string}}
  | {type: 'doc' | 'ref'; id: string}
  | {type: 'link' | 'html'};

type Placed = {doc: DocInput; category: string; section: string};

const RELATED_MIN = 3;
const RELATED_MAX = 5;

/** Questions of the sidebar in order, each with its category and sub-section. */
function placeDocs(sidebar: SidebarNode[], docs: Map<string, DocInput>): {categories: FaqCategory[]; placed: Placed[]} {
  const categories: FaqCategory[] = [];
  const placed: Placed[] = [];
  for (const node of sidebar) {
    if (node.type !== 'category') throw new Error('侧边栏顶层只能是分类（docs/ 下的文件夹）。');
    const before = placed.length;
    const walk = (item: SidebarNode, section: string) => {
      if (item.type === 'category') item.items.forEach((child) => walk(child, item.label));
      else if (item.type === 'doc' || item.type === 'ref') {
        const doc = docs.get(item.id);
        if (!doc) throw new Error(`侧边栏中的文档 ${item.id} 不存在。`);
        placed.push({doc, category: '', section});
      }
    };
    node.items.forEach((child) => walk(child, node.label));
    const key = placed[before]?.doc.id.split('/')[0];
    if (!key) throw new Error(`分类“${node.label}”中没有问题。`);
    placed.slice(before).forEach((p) => (p.category = key));
    categories.push({
      key,
      label: node.label,
      permalink: node.link?.permalink ?? placed[before]!.doc.permalink,
      count: placed.length - before,
    });
  }
  return {categories, placed};
}

function slugOf(doc: DocInput): string {
  return doc.frontMatter.id ?? doc.id.split('/').pop()!;
}

/**
 * Related questions: same sub-section first, then shared keywords, then the
 * same category, in sidebar order when tied.
 */
export function relatedQuestions(placed: Placed[]): Map<string, string[]> {
  const keywordSets = placed.map((p) => new Set(p.doc.frontMatter.keywords ?? []));
  const related = new Map<string, string[]>();
  placed.forEach((p, i) => {
    const scored = placed
      .map((other, j) => {
        if (i === j) return {j, score: -1};
        let shared = 0;
        for (const k of keywordSets[j]!) if (keywordSets[i]!.has(k)) shared += 1;
        const score =
          (other.section === p.section && other.category === p.category ? 4 : 0) +
          2 * shared +
          (other.category === p.category ? 1 : 0);
        return {j, score};
      })
      .filter(({score}) => score > 0)
      .sort((a, b) => b.score - a.score || a.j - b.j);
    const strong = scored.filter(({score}) => score > 1);
    const chosen = (strong.length >= RELATED_MIN ? strong : scored).slice(0, RELATED_MAX);
    related.set(
      slugOf(p.doc),
      chosen.map(({j}) => slugOf(placed[j]!.doc)),
    );
  });
  return related;
}

export function collectFaqData(docs: DocInput[], sidebar: SidebarNode[], numbers: Map<string, number>): FaqData {
  const {categories, placed} = placeDocs(sidebar, new Map(docs.map((d) => [d.id, d])));
  const related = relatedQuestions(placed);
  const questions: Record<string, FaqQuestion> = {};
  for (const {doc, category} of placed) {
    const id = slugOf(doc);
    const n = numbers.get(id);
    if (n === undefined) throw new Error(`问题 ${id} 没有短链接编号（${'src/data/short-links.json'}）。`);
    questions[id] = {id, n, title: doc.title, permalink: doc.permalink, category, related: related.get(id)!};
  }
  return {categories, questions};
}
