import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {load} from 'cheerio';
import {parseHTML} from 'linkedom';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadedDocs} from '../faq-data';
import {questionId} from '../faq-data/collect';
import {loadRegistry, numbersById} from '../short-links/registry';
import {answerToReply, type LinkOf} from '../../lib/reply/convert';
import type {Replies} from '../../lib/reply/compose';

/** Where the replies are written, under the site's root. */
export const REPLIES_FILE = 'replies.json';

type Question = {n: number; title: string; path: string};

/**
 * How the answer's links read in a reply: other questions by their short
 * link, other pages of the site by their path (both completed with the
 * reader's host when copied), addresses elsewhere as they are; none for
 * tel:, mailto: and fragments.
 */
export function linkResolver(baseUrl: string, pagePath: string, numbers: Map<string, number>): LinkOf {
  return (href) => {
    if (/^(tel:|mailto:|#|$)/i.test(href)) return undefined;
    if (/^https?:/i.test(href)) return href;
    const url = new URL(href, `http://site.invalid${baseUrl}${pagePath.slice(1)}`);
    if (!url.pathname.startsWith(baseUrl)) return url.pathname;
    const sitePath = `/${url.pathname.slice(baseUrl.length)}`.replace(/\/?$/, '/');
    const n = numbers.get(sitePath);
    return {p: n === undefined ? sitePath.slice(1) : `q/${n}/`};
  };
}

/**
 * The answer of a built page as an element: cheerio (parse5) reads the
 * minified page as browsers do, linkedom gives the answer's DOM to the
 * converter.
 */
export function answerElement(html: string): Element | undefined {
  const $ = load(html);
  const answer = $('.theme-doc-markdown').first();
  if (answer.length === 0) return undefined;
  return parseHTML(`<!doctype html><html><body>${$.html(answer)}</body></html>`).document.body
    .firstElementChild as Element;
}

/**
 * replies.json: every question's answer as text for 复制答复, made from its
 * built page (src/lib/reply/convert.ts), so that the reply says exactly what
 * the page says, restricted values as the page shows them.
 */
export default function repliesPlugin(context: LoadContext): Plugin {
  const {baseUrl} = context.siteConfig;
  let questions: Question[] = [];
  return {
    name: 'replies',
    allContentLoaded({allContent}) {
      const numbers = numbersById(loadRegistry());
      questions = loadedDocs(allContent).docs.flatMap((doc) => {
        const n = numbers.get(questionId(doc));
        const sitePath = `/${doc.permalink.slice(baseUrl.length)}`.replace(/\/?$/, '/');
        return n === undefined ? [] : [{n, title: doc.title, path: sitePath}];
      });
    },
    async postBuild({outDir}) {
      const byPath = new Map(questions.map((q) => [q.path, q.n]));
      const replies: Replies = {};
      for (const q of questions) {
        const file = path.join(outDir, q.path, 'index.html');
        const answer = answerElement(await readFile(file, 'utf8'));
        const body = answer ? answerToReply(answer, linkResolver(baseUrl, q.path, byPath)) : [];
        if (body.length === 0) {
          throw new Error(
            `replies: ${path.relative(outDir, file)} 中没有读到答案（.theme-doc-markdown）：` +
              '主题升级后请检查答案的外层元素是否改名（src/plugins/README.md 的 replies 一节）。',
          );
        }
        replies[q.n] = {title: q.title, body};
      }
      if (questions.length === 0) throw new Error('replies: 没有读到任何问题。');
      await writeFile(path.join(outDir, REPLIES_FILE), JSON.stringify(replies));
    },
  };
}
