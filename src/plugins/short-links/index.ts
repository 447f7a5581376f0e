import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadedDocs} from '../faq-data';
import {questionId} from '../faq-data/collect';
import {checkRegistry, loadRegistry, targetId, type LiveQuestion} from './registry';
import {previewTags, redirectPage} from './render';

type Page = {from: string; to: string; title: string};

/**
 * Permanent links: /q/<n>/ for every registered number, and every old path
 * of a moved question, as static redirect pages carrying the question's own
 * title and preview tags.
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
          {path: `/${doc.permalink.slice(baseUrl.length)}`.replace(/\/?$/, '/'), title: doc.title},
        ]),
      );
      const questions: LiveQuestion[] = [...live].map(([id, {path}]) => ({id, path}));
      const errors = checkRegistry(registry, questions);
      if (errors.length > 0) throw new Error(`短链接登记表有误：\n${errors.join('\n')}`);
      pages = Object.entries(registry).flatMap(([n, entry]) => {
        const target = live.get(targetId(entry))!;
        const from = [`/q/${n}/`, ...entry.paths.filter((p) => p !== target.path)];
        return from.map((f) => ({from: f, to: target.path, title: target.title}));
      });
    },
    async postBuild({outDir}) {
      await Promise.all(
        pages.map(async ({from, to, title}) => {
          const file = path.join(outDir, from, 'index.html');
          if (existsSync(file)) throw new Error(`短链接 ${from} 与已有页面冲突。`);
          const head = previewTags(await readFile(path.join(outDir, to, 'index.html'), 'utf8'));
          await mkdir(path.dirname(file), {recursive: true});
          await writeFile(file, redirectPage({from, to, title, head}));
        }),
      );
    },
  };
}
