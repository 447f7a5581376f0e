import type {Data, Node, PhrasingContent, Root, Text} from 'mdast';
import {visit} from 'unist-util-visit';

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

/** 【…】, then more 【…】 right after it, each optionally after a - or －. */
const RUN = /【[^【】\n]+】(?:[ \t]*[-－]?[ \t]*【[^【】\n]+】)*/g;
const ITEM = /【([^【】\n]+)】/g;

function span<T extends string>(type: T, className: string, children: PhrasingContent[], extra = {}): Span<T> {
  return {type, data: {hName: 'span', hProperties: {className: [className], ...extra}}, children};
}

/** The styled path of the menu items, the words kept as text. */
function menuPath(items: string[]): MenuPath {
  const children = items.flatMap((item, i) => [
    ...(i > 0 ? [span('menuPathPart', 'menu-path__sep', [{type: 'text', value: '›'}], {ariaHidden: 'true'})] : []),
    span('menuPathPart', 'menu-path__item', [{type: 'text', value: item}]),
  ]);
  return span('menuPath', 'menu-path', children);
}

/** The text split into plain text and menu paths; null when there is no 【…】. */
function split(value: string): PhrasingContent[] | null {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const run of value.matchAll(RUN)) {
    if (run.index > last) parts.push({type: 'text', value: value.slice(last, run.index)} satisfies Text);
    parts.push(menuPath([...run[0].matchAll(ITEM)].map((m) => m[1]!.trim())));
    last = run.index + run[0].length;
  }
  if (parts.length === 0) return null;
  if (last < value.length) parts.push({type: 'text', value: value.slice(last)});
  return parts;
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
