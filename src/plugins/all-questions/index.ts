import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadedDocs} from '../faq-data';
import type {SidebarNode} from '../faq-data/collect';
import {groupAllQuestions} from './group';

/** Where the all-in-one page lives, under the base URL. */
const ALL_QUESTIONS_PATH = 'all/';

/**
 * One module that imports every answer's Markdown file (each module: the
 * answer, and its question's data `faq`, src/remark/faq-page.ts): one route
 * module instead of one per answer keeps the route table, which every page
 * loads with main.js, small.
 */
function answersModule(sources: Record<string, string>): string {
  const entries = Object.entries(sources);
  return [
    ...entries.map(([, source], i) => `import * as a${i} from ${JSON.stringify(source)};`),
    `export default {${entries.map(([id], i) => `${JSON.stringify(id)}: a${i}`).join(', ')}};`,
  ].join('\n');
}

/**
 * 全部问题一页版 at /all/: every answer on one page, grouped by category. The
 * answers are the docs' own Markdown files, compiled by the docs plugin's
 * loader (route modules), so there is never a second copy of any answer.
 */
export default function allQuestionsPlugin(context: LoadContext): Plugin {
  return {
    name: 'all-questions',
    async allContentLoaded({allContent, actions}) {
      const version = loadedDocs(allContent);
      const sidebar = version.sidebars.faq as SidebarNode[] | undefined;
      if (!sidebar) throw new Error('all-questions: 没有名为 faq 的侧边栏（sidebars.ts）。');
      const {categories, sources} = groupAllQuestions(version.docs, sidebar, context.baseUrl);
      actions.addRoute({
        path: `${context.baseUrl}${ALL_QUESTIONS_PATH}`,
        component: '@site/src/components/AllQuestions/index.tsx',
        exact: true,
        modules: {
          categories: await actions.createData('all-questions.json', JSON.stringify(categories)),
          answers: await actions.createData('answers.js', answersModule(sources)),
        },
      });
    },
  };
}
