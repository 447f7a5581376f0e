import {compile} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import remarkFaqPage from './faq-page';
import {DATA_MODULES, pageDataName} from '../plugins/faq-data/pages';

const compiled = async (path?: string) =>
  String(await compile({value: '# 标题\n\n答案。', path}, {format: 'md', remarkPlugins: [remarkFaqPage]}));

describe('remarkFaqPage', () => {
  it('re-exports, as faq, the data file the faq-data plugin names after the Markdown file', async () => {
    const file = '/site/docs/01-general/01-clear-cache.md';
    const code = await compiled(file);
    expect(code).toContain(`export {default as faq} from "${DATA_MODULES}/${pageDataName(file)}"`);
    expect(code).toContain('答案。');
  });

  it('gives each file its own data file', () => {
    expect(pageDataName('/site/docs/a.md')).not.toBe(pageDataName('/site/docs/b.md'));
    expect(pageDataName('/site/docs/a.md')).toBe(pageDataName('/site/docs/../docs/a.md'));
  });

  it('fails, saying why, when it does not know the file', async () => {
    await expect(compiled()).rejects.toThrow('不知道正在编译的 Markdown 文件');
  });
});
