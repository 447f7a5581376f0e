import {questionId, type DocInput, type SidebarNode} from '../faq-data/collect';

/** A question on the all-in-one page; its answer is its own Markdown file. */
export type AllQuestion = {id: string; title: string; permalink: string};

export type AllSection = {id: string; label: string; questions: AllQuestion[]};

/** A category: its questions in sidebar order, in sub-sections or (single pages) on their own. */
export type AllCategory = {id: string; label: string; items: (AllSection | AllQuestion)[]};

/** The docs of the sidebar as the all-in-one page groups them, with each doc's source file. */
export type AllQuestionsData = {categories: AllCategory[]; sources: Record<string, string>};

type Doc = DocInput & {source: string};

/** An ASCII anchor from a permalink: /hangzhou/login/ → hangzhou-login. */
function anchorOf(permalink: string, baseUrl: string): string {
  return permalink.slice(baseUrl.length).replace(/\/$/, '').split('/').join('-');
}

/** Every heading anchor of the page, in order. */
export function anchorsOf(categories: AllCategory[]): string[] {
  return categories.flatMap((c) => [
    c.id,
    ...c.items.flatMap((i) => ('questions' in i ? [i.id, ...i.questions.map((q) => q.id)] : [i.id])),
  ]);
}

/**
 * Categories, sub-sections and questions in sidebar order, with ASCII ids
 * for the anchors (category key, category-section, question id).
 */
export function groupAllQuestions(docs: Doc[], sidebar: SidebarNode[], baseUrl: string): AllQuestionsData {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const sources: Record<string, string> = {};
  const question = (docId: string): AllQuestion => {
    const doc = byId.get(docId);
    if (!doc) throw new Error(`all-questions: 侧边栏中的文档 ${docId} 不存在。`);
    const id = questionId(doc);
    sources[id] = doc.source;
    return {id, title: doc.title, permalink: doc.permalink};
  };
  const questionsIn = (node: SidebarNode): AllQuestion[] =>
    node.type === 'category'
      ? node.items.flatMap(questionsIn)
      : node.type === 'doc' || node.type === 'ref'
        ? [question(node.id)]
        : [];

  const categories = sidebar.map((node): AllCategory => {
    if (node.type !== 'category' || !node.link?.permalink)
      throw new Error('all-questions: 侧边栏顶层只能是带索引页的分类。');
    const items = node.items.flatMap((child): (AllSection | AllQuestion)[] => {
      if (child.type !== 'category') return questionsIn(child);
      const id = child.link?.permalink ? anchorOf(child.link.permalink, baseUrl) : '';
      if (!id) throw new Error(`all-questions: 栏目“${child.label}”没有索引页，无法生成锚点。`);
      return [{id, label: child.label, questions: questionsIn(child)}];
    });
    return {id: anchorOf(node.link.permalink, baseUrl), label: node.label, items};
  });
  const seen = new Set<string>();
  for (const id of anchorsOf(categories)) {
    if (seen.has(id))
      throw new Error(`all-questions: 锚点 #${id} 重复（问题 id 与分类或栏目的网址相同），请改用不同的 id。`);
    seen.add(id);
  }
  return {categories, sources};
}
