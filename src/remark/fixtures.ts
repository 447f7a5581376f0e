import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {evaluate} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import {parse as parseYaml} from 'yaml';
import * as runtime from 'react/jsx-runtime';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import type {Pluggable} from 'unified';
import {expect, it} from 'vitest';

/**
 * Markdown compiled the way Docusaurus compiles a .md page (MDX in its 'md'
 * format, or 'mdx' when the front matter says `format: mdx`, with front
 * matter and directives), then rendered to HTML. Plugins see the front
 * matter in `file.data.frontMatter`, as in Docusaurus.
 */
export async function renderMarkdown(markdown: string, plugins: Pluggable[]): Promise<string> {
  const yaml = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(markdown)?.[1];
  const frontMatter = (yaml === undefined ? {} : parseYaml(yaml)) as Record<string, unknown>;
  const {default: Content} = await evaluate({value: markdown, path: 'docs/fixture.md', data: {frontMatter}}, {
    ...runtime,
    format: frontMatter.format === 'mdx' ? 'mdx' : 'md',
    remarkPlugins: [remarkFrontmatter, remarkDirective, ...plugins],
  } as Parameters<typeof evaluate>[1]);
  return renderToStaticMarkup(createElement(Content));
}

/**
 * The fixtures of a folder: `<name>.md` in, and either `<name>.html` (the
 * HTML out; another extension may be given) or `<name>.error.txt` (the start
 * of the error it must fail with).
 */
export function fixtureCases(dir: string, out = '.html') {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.md$/, '');
      const read = (ext: string) => {
        try {
          return readFileSync(path.join(dir, name + ext), 'utf8').trim();
        } catch {
          return undefined;
        }
      };
      const html = read(out);
      const error = read('.error.txt');
      if ((html === undefined) === (error === undefined))
        throw new Error(`${dir}/${name}: 需要 ${name}${out} 或 ${name}.error.txt 之一`);
      return {name, markdown: readFileSync(path.join(dir, file), 'utf8'), html, error};
    });
}

/**
 * One test per fixture of `dir`: the Markdown renders to its `.html`, or
 * fails with its `.error.txt`. Returns the cases, for a test that they exist.
 */
export function testFixtures(dir: string, plugins: Pluggable[]) {
  const cases = fixtureCases(dir);
  for (const {name, markdown, html, error} of cases) {
    it(name, async () => {
      const rendering = renderMarkdown(markdown, plugins);
      if (error !== undefined) await expect(rendering).rejects.toThrow(error);
      else expect(await rendering).toBe(html);
    });
  }
  return cases;
}
