import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {evaluate} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import * as runtime from 'react/jsx-runtime';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import type {Pluggable} from 'unified';

/**
 * Markdown compiled the way Docusaurus compiles a .md page (MDX in its 'md'
 * format, with directives), then rendered to HTML.
 */
export async function renderMarkdown(markdown: string, plugins: Pluggable[]): Promise<string> {
  const {default: Content} = await evaluate({value: markdown, path: 'docs/fixture.md'}, {
    ...runtime,
    format: 'md',
    remarkPlugins: [remarkDirective, ...plugins],
  } as Parameters<typeof evaluate>[1]);
  return renderToStaticMarkup(createElement(Content));
}

/**
 * The fixtures of a folder: `<name>.md` in, and either `<name>.html` (the
 * HTML out) or `<name>.error.txt` (the start of the error it must fail with).
 */
export function fixtureCases(dir: string) {
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
      const html = read('.html');
      const error = read('.error.txt');
      if ((html === undefined) === (error === undefined))
        throw new Error(`${dir}/${name}: 需要 ${name}.html 或 ${name}.error.txt 之一`);
      return {name, markdown: readFileSync(path.join(dir, file), 'utf8'), html, error};
    });
}
