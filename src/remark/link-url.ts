import type {Link, PhrasingContent, Root} from 'mdast';
import {visit} from 'unist-util-visit';

/** The address as a reader would write it: no scheme, no final slash. */
const bare = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

function textOf(link: Link): string {
  let text = '';
  visit(link, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') text += n.value;
  });
  return text;
}

/**
 * An outside address given readable text, [杭州实名制操作手册](http://…),
 * still shows its address right after, in small print: readers copy it into
 * QQ, type it into another device, or read it on paper. The address is left
 * out of search and of the QQ reply (data-search-ignore), which prints the
 * link's address itself. A link whose text is its address stays as it is.
 */
export default function remarkLinkUrl() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link, index, parent) => {
      if (!parent || index === undefined || !/^https?:\/\//i.test(node.url)) return;
      if (bare(textOf(node)) === bare(node.url)) return;
      const address: PhrasingContent = {
        type: 'emphasis',
        data: {hName: 'span', hProperties: {className: ['link-url'], dataSearchIgnore: ''}},
        children: [{type: 'text', value: node.url}],
      };
      (parent.children as PhrasingContent[]).splice(index + 1, 0, address);
      return index + 2;
    });
  };
}
