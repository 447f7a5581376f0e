import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {popularQuestions} from '../../data/popular';
import {loadRegistry, numbersById, registryAliases} from '../short-links/registry';
import {collectFaqData, questionId, type CollectedQuestion, type SidebarNode} from './collect';
import {ALL_QUESTIONS_FILE, pageDataName} from './pages';
import type {FaqAllQuestions, FaqGlobalData, FaqPage, FaqQuestion} from './types';

/** The docs plugin's loaded content, which the FAQ plugins read. */
export function loadedDocs(allContent: Record<string, Record<string, unknown>>) {
  const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
  const version = content?.loadedVersions[0];
  if (!version) throw new Error('faq-data: 没有读到文档内容。');
  return version;
}

const withoutRelated = ({related: _, ...question}: CollectedQuestion): FaqQuestion => question;

/**
 * The FAQ's data, each part where it is needed: categories and the popular
 * questions as global data (every page); each question page's own data
 * (its number, category, related questions) in a file its Markdown imports
 * (src/remark/faq-page.ts); every question and the registry's old paths in
 * one file that the search and the 404 page load when they need it. So no
 * page carries the whole FAQ in main.js, which every page loads.
 */
export default function faqDataPlugin(context: LoadContext): Plugin {
  return {
    name: 'faq-data',
    async allContentLoaded({allContent, actions}) {
      const version = loadedDocs(allContent);
      const sidebar = version.sidebars.faq as SidebarNode[] | undefined;
      if (!sidebar) throw new Error('faq-data: 没有名为 faq 的侧边栏（sidebars.ts）。');
      const registry = loadRegistry();
      const {categories, questions} = collectFaqData(version.docs, sidebar, numbersById(registry));
      const all: FaqAllQuestions = {
        questions: Object.fromEntries(Object.entries(questions).map(([id, q]) => [id, withoutRelated(q)])),
        aliases: registryAliases(registry),
      };
      await actions.createData(ALL_QUESTIONS_FILE, JSON.stringify(all));
      const pageOf = (q: CollectedQuestion): FaqPage => ({
        ...withoutRelated(q),
        related: q.related.map((id) => {
          const {title, permalink} = questions[id]!;
          return {id, title, permalink};
        }),
      });
      await Promise.all(
        version.docs.map((doc) => {
          const question = questions[questionId(doc)];
          const page = question?.permalink === doc.permalink ? pageOf(question) : null;
          const file = path.join(context.siteDir, doc.source.replace(/^@site\//, ''));
          return actions.createData(pageDataName(file), JSON.stringify(page));
        }),
      );
      const popular = popularQuestions.map((id) => {
        const question = all.questions[id];
        if (!question) throw new Error(`src/data/popular.ts：没有 id 为 ${id} 的问题。`);
        return question;
      });
      actions.setGlobalData({categories, popular} satisfies FaqGlobalData);
    },
  };
}
