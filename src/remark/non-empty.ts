import type {Root} from 'mdast';
import {visit, EXIT} from 'unist-util-visit';
import {shownPath} from './safe-content';

/**
 * An answer must say something: a body of spaces, blank lines, &nbsp; or
 * zero-width characters would publish an empty page. The content lint
 * reports the same, with the same message.
 */
export const EMPTY_BODY = '正文是空的：在第二个 --- 下面写上答案；还没有答案的栏目请写明“正在整理中”和咨询渠道。';

// Whitespace (\s covers &nbsp; and the full-width space) and characters that do not show.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Whether a Markdown tree shows nothing: no visible text, no image, no directive (such as :restricted[…]). */
export function isBlank(tree: Root): boolean {
  let blank = true;
  visit(tree, (node) => {
    if (node.type === 'yaml') return;
    const value = 'value' in node && typeof node.value === 'string' ? node.value : '';
    if (value.replace(INVISIBLE, '') !== '' || node.type === 'image' || node.type === 'textDirective') {
      blank = false;
      return EXIT;
    }
  });
  return blank;
}

/** The build's copy of the check: an empty answer fails the build, naming the file and line. */
export default function remarkNonEmpty() {
  return (tree: Root, file: {path?: string}) => {
    if (!isBlank(tree)) return;
    const yaml = tree.children.find((n) => n.type === 'yaml');
    const line = (yaml?.position?.end.line ?? 0) + 1;
    throw new Error(`${shownPath(file.path)}:${line}  ${EMPTY_BODY}`);
  };
}
