import type {PhrasingContent, Root} from 'mdast';
import {readFileSync} from 'node:fs';
import {visit} from 'unist-util-visit';

/** Name → value of each restricted value; only the internal build shows them. */
export const RESTRICTED_FILE = 'src/data/restricted.json';

export function loadRestricted(file = RESTRICTED_FILE): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

export type RestrictedOptions = {
  /**
   * JSON file of name → value, read here at build time so that the values
   * never enter the site config (which Docusaurus ships to the browser).
   */
  valuesFile: string;
  /** true only for the internal build (FAQ_INTERNAL=1) */
  internal: boolean;
  /** what the public build shows in place of a value */
  publicNote: string;
};

type TextDirective = {
  type: 'textDirective';
  name: string;
  children: PhrasingContent[];
  position?: {start: {line: number}};
};

/**
 * `:restricted[name]` in Markdown becomes the value `name` in the internal
 * build and a short note in the public one, so that a restricted value is
 * never written into a page.
 */
export default function remarkRestricted({valuesFile, internal, publicNote}: RestrictedOptions) {
  const values = loadRestricted(valuesFile);
  return (tree: Root, file: {path?: string}) => {
    visit(tree, 'textDirective', (node, index, parent) => {
      const directive = node as unknown as TextDirective;
      if (directive.name !== 'restricted' || !parent || index === undefined) return;
      const name = directive.children
        .map((child) => (child.type === 'text' ? child.value : ''))
        .join('')
        .trim();
      if (!Object.hasOwn(values, name)) {
        const line = directive.position?.start.line ?? 0;
        throw new Error(
          `${file.path}:${line}: 受限值 :restricted[${name}] 不存在；可用的名字：${Object.keys(values).join('、')}`,
        );
      }
      const replacement: PhrasingContent = internal
        ? {type: 'inlineCode', value: values[name]}
        : {type: 'emphasis', children: [{type: 'text', value: publicNote}]};
      parent.children.splice(index, 1, replacement);
    });
  };
}
