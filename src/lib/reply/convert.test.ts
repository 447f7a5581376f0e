import {fileURLToPath} from 'node:url';
import {parseHTML} from 'linkedom';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import {fixtureCases, renderMarkdown} from '../../remark/fixtures';
import remarkFlow from '../../remark/flow';
import remarkMenuPath from '../../remark/menu-path';
import remarkRestricted from '../../remark/restricted';
import {replyText, type Segment} from './compose';
import {answerToReply, type LinkOf} from './convert';

const fixtures = (dir: string) => fileURLToPath(new URL(dir, import.meta.url));
const cases = fixtureCases(fixtures('./__fixtures__'), '.txt');
const plugins = [
  remarkGfm,
  [
    remarkRestricted,
    {
      namesFile: fixtures('../../remark/__fixtures__/restricted-names.json'),
      internal: false,
      publicNote: '（不公开，请向技术支持索取）',
    },
  ],
  remarkMenuPath,
  remarkFlow,
] as Parameters<typeof renderMarkdown>[1];

/** Links as the build resolves them: other questions by their short number, the rest as they are. */
const SHORT_NUMBERS: Record<string, number> = {'02-accounts.md': 8, '03-reset-password.md': 10};
const linkOf: LinkOf = (href) =>
  href.startsWith('tel:') ? undefined : href in SHORT_NUMBERS ? {p: `q/${SHORT_NUMBERS[href]}/`} : href;

async function bodyOf(markdown: string): Promise<Segment[]> {
  const {document} = parseHTML(`<div id="answer">${await renderMarkdown(markdown, plugins)}</div>`);
  return answerToReply(document.getElementById('answer')!, linkOf);
}

describe('answerToReply (fixtures: src/lib/reply/__fixtures__, .md in, .txt the reply body out)', () => {
  it('has a fixture for each construct', () => {
    expect(cases.map((c) => c.name).sort()).toEqual(
      expect.arrayContaining([
        'bold',
        'flow',
        'link',
        'menu-path',
        'nested-list',
        'ordered-list',
        'restricted',
        'table',
      ]),
    );
  });

  for (const {name, markdown, html: expected} of cases) {
    it(name, async () => {
      const text = replyText({title: name, body: await bodyOf(markdown)}, 1, 'https://faq.example/faq/');
      expect(text).toBe(`「${name}」\n${expected}\nhttps://faq.example/faq/q/1/`);
    });
  }

  it('leaves out the title, buttons and what search ignores', async () => {
    const {document} = parseHTML(
      '<div id="a"><header><h1>标题</h1></header><p>答案<button>复制</button></p><nav data-search-ignore>相关</nav></div>',
    );
    expect(answerToReply(document.getElementById('a')!, linkOf)).toEqual(['答案']);
  });

  it('keeps pages of the site as pieces to complete with the reader host', async () => {
    expect(await bodyOf('见[账号说明](02-accounts.md)。')).toEqual(['见账号说明 ', {p: 'q/8/'}, '。']);
  });
});
