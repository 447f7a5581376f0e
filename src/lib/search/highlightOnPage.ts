import type {ClientModule} from '@docusaurus/types';
import {HIGHLIGHT_PARAM} from './highlight';

/**
 * Client module: when a page is opened from a search result, marks the
 * searched words in the answer, then removes ?_highlight= from the address
 * so that a link copied from the address bar stays clean.
 *
 * The marks use the CSS Custom Highlight API, which leaves the DOM (React's)
 * untouched; browsers without it simply show no marks.
 */
const HIGHLIGHT_NAME = 'search-terms';

type HighlightRegistry = {set: (name: string, highlight: unknown) => void; delete: (name: string) => void};
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function markTerms(root: Element, terms: string[]) {
  const registry = (CSS as unknown as {highlights?: HighlightRegistry}).highlights;
  const Highlight = (window as unknown as {Highlight?: HighlightConstructor}).Highlight;
  if (!registry || !Highlight) return;
  const ranges: Range[] = [];
  const lowerTerms = terms.map((t) => t.toLowerCase()).filter(Boolean);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.toLowerCase() ?? '';
    for (const term of lowerTerms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + term.length);
        ranges.push(range);
      }
    }
  }
  registry.delete(HIGHLIGHT_NAME);
  if (ranges.length > 0) registry.set(HIGHLIGHT_NAME, new Highlight(...ranges));
}

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    const params = new URLSearchParams(location.search);
    const terms = params.getAll(HIGHLIGHT_PARAM);
    (CSS as unknown as {highlights?: HighlightRegistry}).highlights?.delete(HIGHLIGHT_NAME);
    if (terms.length === 0) return;
    // After the new page is in the document: Preact (src/plugins/preact) commits it after this call.
    requestAnimationFrame(() => {
      const content = document.querySelector('.theme-doc-markdown');
      if (content) markTerms(content, terms);
    });
    params.delete(HIGHLIGHT_PARAM);
    const search = params.toString();
    window.history.replaceState(
      window.history.state,
      '',
      `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
    );
  },
};

export default module;
