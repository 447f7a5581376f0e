import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {loadRegistry, numbersById, registryAliases} from '../short-links/registry';
import {collectFaqData, type SidebarNode} from './collect';
import type {FaqData} from './types';

/** The docs plugin's loaded content, which the FAQ plugins read. */
export function loadedDocs(allContent: Record<string, Record<string, unknown>>) {
  const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
  const version = content?.loadedVersions[0];
  if (!version) throw new Error('faq-data: 没有读到文档内容。');
  return version;
}

/**
 * Publishes categories, questions, short numbers and related questions as
 * global data, for the home page, the 404 page and every question page.
 */
export default function faqDataPlugin(_context: LoadContext): Plugin {
  return {
    name: 'faq-data',
    allContentLoaded({allContent, actions}) {
      const version = loadedDocs(allContent);
      const sidebar = version.sidebars.faq as SidebarNode[] | undefined;
      if (!sidebar) throw new Error('faq-data: 没有名为 faq 的侧边栏（sidebars.ts）。');
      const registry = loadRegistry();
      const data: FaqData = {
        ...collectFaqData(version.docs, sidebar, numbersById(registry)),
        aliases: registryAliases(registry),
      };
      actions.setGlobalData(data);
    },
  };
}
