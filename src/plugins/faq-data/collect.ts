import {REGISTRY_FILE} from '../short-links/registry';
import type {FaqCategory, FaqQuestion} from './types';

/** A question with the ids of its related questions, most related first. */
export type CollectedQuestion = FaqQuestion & {related: string[]};

/** The parts of a loaded doc that the FAQ data is made from. */
export type DocInput = {
  id: string;
  title: string;
  permalink: string;
  /** `pending: true` marks a placeholder page (整理中), never suggested as related. */
  frontMatter: {id?: string; keywords?: string[]; pending?: boolean};
};

/** The parts of a sidebar item that the FAQ data is made from. */
export type SidebarNode =
  | {type: 'category'; label: string; items: SidebarNode[]; link?: {type: string; permalink?: string}}
  | {type: 'doc' | 'ref'; id: string}
  | {type: 'link' | 'html'};

type Placed = {doc: DocInput; category: string; section: string};

const RELATED_MIN = 3;
const RELATED_MAX = 5;
/** The category whose questions apply to both platforms: the only one another platform's questions may suggest. */
export const SHARED_CATEGORY = 'general';

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
    const own = placed.slice(before);
    own.forEach((p) => (p.category = key));
    const pending = own.filter((p) => p.doc.frontMatter.pending).length;
    categories.push({
      key,
      label: node.label,
      permalink: node.link?.permalink ?? placed[before]!.doc.permalink,
      count: own.length - pending,
      pending,
    });
  }
  return {categories, placed};
}

/**
 * A question's id, the one rule for every plugin: its front matter's id (the
 * content lint requires one), else the last part of Docusaurus's doc id.
 */
export function questionId(doc: {id: string; frontMatter: {id?: string}}): string {
  return doc.frontMatter.id ?? doc.id.split('/').pop()!;
}

/** Shortest keyword that also matches the longer keywords containing it (浏览器 in 浏览器打不开接口). */
const CONTAINED_MIN = 3;

/** How many keywords of `a` match one of `b`: equal, or one contains the other. */
function sharedKeywords(a: string[], b: string[]): number {
  const within = (short: string, long: string) => short.length >= CONTAINED_MIN && long.includes(short);
  return a.filter((k) => b.some((l) => k === l || within(k, l) || within(l, k))).length;
}

/** Whether `other` may be suggested on `p`'s page: never one platform's question on the other's (杭州, 萧山). */
function samePlatform(p: Placed, other: Placed): boolean {
  return p.category === other.category || p.category === SHARED_CATEGORY || other.category === SHARED_CATEGORY;
}

/**
 * Related questions, 3 to 5 of them: same sub-section first, then shared
 * keywords, then the same category, in sidebar order when tied. Only the
 * strong ones (sub-section or keywords) go beyond three. Placeholder pages
 * (`pending: true`) are never suggested, nor another platform's questions.
 */
function relatedQuestions(placed: Placed[]): Map<string, string[]> {
  const related = new Map<string, string[]>();
  placed.forEach((p, i) => {
    const keywords = p.doc.frontMatter.keywords ?? [];
    const scored = placed
      .map((other, j) => {
        if (i === j || other.doc.frontMatter.pending || !samePlatform(p, other)) return {j, score: 0};
        const score =
          (other.section === p.section && other.category === p.category ? 4 : 0) +
          2 * sharedKeywords(keywords, other.doc.frontMatter.keywords ?? []) +
          (other.category === p.category ? 1 : 0);
        return {j, score};
      })
      .filter(({score}) => score > 0)
      .sort((a, b) => b.score - a.score || a.j - b.j);
    const strong = scored.filter(({score}) => score > 1).slice(0, RELATED_MAX);
    const chosen = strong.length >= RELATED_MIN ? strong : scored.slice(0, RELATED_MIN);
    if (chosen.length < RELATED_MIN) {
      throw new Error(
        `问题 ${questionId(p.doc)} 只找到 ${chosen.length} 个相关问题（至少 ${RELATED_MIN} 个）：请在 keywords 中补充与其他问题共有的说法。`,
      );
    }
    related.set(
      questionId(p.doc),
      chosen.map(({j}) => questionId(placed[j]!.doc)),
    );
  });
  return related;
}

export function collectFaqData(
  docs: DocInput[],
  sidebar: SidebarNode[],
  numbers: Map<string, number>,
): {categories: FaqCategory[]; questions: Record<string, CollectedQuestion>} {
  const {categories, placed} = placeDocs(sidebar, new Map(docs.map((d) => [d.id, d])));
  const related = relatedQuestions(placed);
  const questions: Record<string, CollectedQuestion> = {};
  for (const {doc, category} of placed) {
    const id = questionId(doc);
    const n = numbers.get(id);
    if (n === undefined) {
      throw new Error(`问题 ${id} 没有短链接编号（${REGISTRY_FILE}）：用 npm run new 新建问题，或在登记表末尾加一条。`);
    }
    questions[id] = {
      id,
      n,
      title: doc.title,
      permalink: doc.permalink,
      category,
      pending: Boolean(doc.frontMatter.pending),
      related: related.get(id)!,
    };
  }
  return {categories, questions};
}
