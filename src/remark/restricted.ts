import type {PhrasingContent, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {loadNames, loadValues, NAMES_FILE, requireRestrictedValues} from '../lib/restricted';

export type RestrictedOptions = {
  /** true only for the internal build (FAQ_INTERNAL=1), which shows the values */
  internal: boolean;
  /** what the public build shows in place of a value */
  publicNote: string;
  /** The names file (default src/data/restricted-names.json). */
  namesFile?: string;
  /**
   * The values file, for tests. The build leaves it out: the values are read
   * here, at build time, from FAQ_RESTRICTED_FILE or restricted.local.json,
   * so that neither they nor their path enter the site config (which
   * Docusaurus ships to the browser).
   */
  valuesFile?: string;
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
 * never written into a page. The public build needs only the names.
 */
export default function remarkRestricted({
  internal,
  publicNote,
  namesFile = NAMES_FILE,
  valuesFile,
}: RestrictedOptions) {
  const names = loadNames(namesFile);
  const values = internal ? (valuesFile ? loadValues(valuesFile, names) : requireRestrictedValues().values) : undefined;
  return (tree: Root, file: {path?: string}) => {
    visit(tree, 'textDirective', (node, index, parent) => {
      const directive = node as unknown as TextDirective;
      if (directive.name !== 'restricted' || !parent || index === undefined) return;
      const name = directive.children
        .map((child) => (child.type === 'text' ? child.value : ''))
        .join('')
        .trim();
      if (!Object.hasOwn(names, name)) {
        const line = directive.position?.start.line ?? 0;
        throw new Error(
          `${file.path}:${line}: 受限值 :restricted[${name}] 不存在；可用的名字：${Object.keys(names).join('、')}`,
        );
      }
      const replacement: PhrasingContent = values
        ? {type: 'inlineCode', value: values[name]!}
        : {type: 'emphasis', children: [{type: 'text', value: publicNote}]};
      parent.children.splice(index, 1, replacement);
    });
  };
}
