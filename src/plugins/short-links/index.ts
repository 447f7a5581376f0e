import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadedDocs} from '../faq-data';
import {questionId} from '../faq-data/collect';
import {checkRegistry, loadRegistry, targetId, type LiveQuestion} from './registry';
import {shortLinkPage} from './render';

type Page = {from: string; to: string};

/**
 * Permanent links: /q/<n>/ for every registered number, and every old path
 * of a moved question, serve the question's page itself (no redirect), its
 * address switched to the readable one before the app starts.
 */
export default function shortLinksPlugin(context: LoadContext): Plugin {
  const {baseUrl} = context.siteConfig;
  let pages: Page[] = [];
  return {
    name: 'short-links',
    allContentLoaded({allContent}) {
      const registry = loadRegistry();
      const docs = loadedDocs(allContent).docs;
      const live = new Map(
        docs.map((doc) => [
          questionId(doc),
          // The site uses trailing slashes; permalinks get theirs at routing time.
          `/${doc.permalink.slice(baseUrl.length)}`.replace(/\/?$/, '/'),
        ]),
      );
      const questions: LiveQuestion[] = [...live].map(([id, path]) => ({id, path}));
      const errors = checkRegistry(registry, questions);
      if (errors.length > 0) throw new Error(`短链接登记表有误：\n${errors.join('\n')}`);
      pages = Object.entries(registry).flatMap(([n, entry]) => {
        const to = live.get(targetId(entry))!;
        return [`/q/${n}/`, ...entry.paths.filter((p) => p !== to)].map((from) => ({from, to}));
      });
    },
    // Synchronous on purpose: Docusaurus starts the postBuild of later plugins only when this one returns
    // (or awaits), so lean-css (critical CSS) and finish-build (Content-Security-Policy) see these pages too.
    postBuild({outDir}) {
      for (const {from, to} of pages) {
        const file = path.join(outDir, from, 'index.html');
        if (existsSync(file)) throw new Error(`短链接 ${from} 与已有页面冲突。`);
        const question = readFileSync(path.join(outDir, to, 'index.html'), 'utf8');
        mkdirSync(path.dirname(file), {recursive: true});
        writeFileSync(file, shortLinkPage(question, baseUrl + to.slice(1)));
      }
    },
  };
}
