import type {Root, RootContent} from 'mdast';
import {DATA_MODULES, pageDataName} from '../plugins/faq-data/pages';

/**
 * Each docs page's Markdown exports `faq`: its question's data (number,
 * category, related questions; null on a category page), which the
 * faq-data plugin writes to a file per page and src/theme/DocItem reads.
 * So a page brings its own data, instead of every page's main.js carrying
 * the whole FAQ. An ESM node as MDX has it, with its estree (no parser needed
 * for one re-export).
 */
export default function remarkFaqPage() {
  return (tree: Root, file: {path?: string}) => {
    if (!file.path)
      throw new Error('faq-page：不知道正在编译的 Markdown 文件（file.path 为空），无法导入它的问题数据。');
    const source = `${DATA_MODULES}/${pageDataName(file.path)}`;
    const reExport = {
      type: 'ExportNamedDeclaration',
      declaration: null,
      specifiers: [
        {
          type: 'ExportSpecifier',
          local: {type: 'Identifier', name: 'default'},
          exported: {type: 'Identifier', name: 'faq'},
        },
      ],
      source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
      attributes: [],
    };
    const node = {
      type: 'mdxjsEsm',
      value: `export {default as faq} from ${JSON.stringify(source)};`,
      data: {estree: {type: 'Program', sourceType: 'module', body: [reExport], comments: []}},
    };
    // The mdxjsEsm type is mdast-util-mdxjs-esm's, which MDX brings and we do not import.
    tree.children.unshift(node as unknown as RootContent);
  };
}
