import type {Data, List, ListItem, Parent, Root, RootContent} from 'mdast';
import {visit} from 'unist-util-visit';

/** The diagram: a div (`data.hName`) around the list, drawn by src/css/markdown.css. */
export interface FlowNode extends Parent {
  type: 'flow';
  children: List[];
  data: Data & {hName: 'div'; hProperties: {className: string[]; role: 'figure'; ariaLabel?: string}};
}

declare module 'mdast' {
  interface BlockContentMap {
    flow: FlowNode;
  }
  interface RootContentMap {
    flow: FlowNode;
  }
}

type ContainerDirective = Parent & {
  type: 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  position?: {start: {line: number}};
};

/** The term of a step written "基础验收：…" (a Chinese colon), drawn in bold. */
const TERM = /^[^：，。\s]{1,12}：/;

function classes(node: {data?: Data}, ...names: string[]) {
  const data = (node.data ??= {}) as Data & {hProperties?: {className?: string[]}};
  const properties = (data.hProperties ??= {});
  properties.className = [...(properties.className ?? []), ...names];
}

/** "基础验收：所有单体…" → the term in bold, "基础验收：", and the rest; whether there was a term. */
function splitTerm(item: ListItem): boolean {
  const paragraph = item.children[0];
  const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  if (!paragraph || paragraph.type !== 'paragraph' || first?.type !== 'text') return false;
  const match = TERM.exec(first.value);
  if (!match || (match[0].length === first.value.length && paragraph.children.length === 1)) return false;
  first.value = first.value.slice(match[0].length);
  paragraph.children.unshift({
    type: 'strong',
    children: [{type: 'text', value: match[0]}],
  });
  return true;
}

/**
 * `:::flow` around a Markdown list draws its items as an ordered step diagram
 * with arrows (HTML and CSS, no script). The words stay the list's own, once.
 * `:::flow{last=optional}` draws the last step dashed ("and so on, as needed").
 * A label, `:::flow[数据推送顺序]`, names the diagram for screen readers.
 */
export default function remarkFlow() {
  return (tree: Root, file: {path?: string}) => {
    visit(tree, 'containerDirective', (node, index, parent) => {
      const directive = node as unknown as ContainerDirective;
      if (directive.name !== 'flow' || !parent || index === undefined) return;
      const where = `${file.path ?? ''}:${directive.position?.start.line ?? 0}`;
      let label: string | undefined;
      const blocks = directive.children.filter((child) => {
        const isLabel =
          child.type === 'paragraph' && (child.data as {directiveLabel?: boolean} | undefined)?.directiveLabel;
        if (isLabel) label = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        return !isLabel;
      });
      const list = blocks[0];
      if (blocks.length !== 1 || list?.type !== 'list' || list.children.length < 2) {
        throw new Error(`${where}: :::flow 里只能有一个列表，且至少两项（每项是一步）。`);
      }
      const last = directive.attributes?.last;
      if (last !== undefined && last !== 'optional') {
        throw new Error(`${where}: :::flow 的 last 只能写 optional（最后一步画成虚线），现在是 "${last}"。`);
      }
      list.ordered = true;
      classes(list, 'flow__steps');
      const withTerms = list.children.map((item, i) => {
        classes(
          item,
          'flow__step',
          ...(last === 'optional' && i === list.children.length - 1 ? ['flow__step--optional'] : []),
        );
        return splitTerm(item);
      });
      // Steps that are a term and its explanation are drawn as equal cards, short ones as chips.
      const className = withTerms.every(Boolean) ? ['flow', 'flow--cards'] : ['flow'];
      const flow: FlowNode = {
        type: 'flow',
        data: {hName: 'div', hProperties: {className, role: 'figure', ...(label ? {ariaLabel: label} : {})}},
        children: [list],
      };
      (parent.children as RootContent[]).splice(index, 1, flow);
    });
  };
}
