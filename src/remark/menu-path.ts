import type {Data, Node, PhrasingContent, Root, Text} from 'mdast';
import {visit} from 'unist-util-visit';
import {MENU_PATH_CLASS, MENU_PATH_SEPARATOR, splitMenuPaths} from '../lib/menu-path';

/** A span, rendered by its `data.hName` and `data.hProperties` (mdast-util-to-hast). */
type Span<T extends string> = Node & {
  type: T;
  children: PhrasingContent[];
  data: Data & {hName: 'span'; hProperties: Record<string, string | string[]>};
};

/** The whole path; its parts are the items and the separators between them. */
export type MenuPath = Span<'menuPath'>;
export type MenuPathPart = Span<'menuPathPart'>;

declare module 'mdast' {
  interface PhrasingContentMap {
    menuPath: MenuPath;
    menuPathPart: MenuPathPart;
  }
  interface RootContentMap {
    menuPath: MenuPath;
    menuPathPart: MenuPathPart;
  }
}

function span<T extends string>(type: T, className: string, children: PhrasingContent[], extra = {}): Span<T> {
  return {type, data: {hName: 'span', hProperties: {className: [className], ...extra}}, children};
}

/** The styled path of the menu items, the words kept as text. */
function menuPath(items: string[]): MenuPath {
  const children = items.flatMap((item, i) => [
    ...(i > 0
      ? [
          span('menuPathPart', MENU_PATH_CLASS.separator, [{type: 'text', value: MENU_PATH_SEPARATOR}], {
            ariaHidden: 'true',
          }),
        ]
      : []),
    span('menuPathPart', MENU_PATH_CLASS.item, [{type: 'text', value: item}]),
  ]);
  return span('menuPath', MENU_PATH_CLASS.path, children);
}

/** The text split into plain text and menu paths; null when there is no 【…】. */
function split(value: string): PhrasingContent[] | null {
  return (
    splitMenuPaths(value)?.map((piece) =>
      typeof piece === 'string' ? ({type: 'text', value: piece} satisfies Text) : menuPath(piece.items),
    ) ?? null
  );
}

/**
 * The seed writes the system's menus as 【实名制管理】【项目报备】【未报备】.
 * Each run of 【…】 items (a single one too, such as 【项目库】) becomes one
 * styled path: 实名制管理 › 项目报备 › 未报备. The brackets go, the words
 * stay as text, so search and copy still find them.
 */
export default function remarkMenuPath() {
  return (tree: Root) => {
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const parts = split(node.value);
      if (!parts) return;
      (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
