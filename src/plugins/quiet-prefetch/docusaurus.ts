/**
 * Replaces Docusaurus's `window.docusaurus` in the browser bundle (index.ts).
 * Docusaurus prefetches the code of every page a visible link leads to (the
 * sidebar alone lists some forty) as soon as the page is shown: on a phone
 * that will most likely close the page after one answer, that is data spent
 * on pages nobody opens. Here `prefetch` does nothing at all: Docusaurus's own
 * matched every visible link against every route first, work that grows with
 * the FAQ (21 ms of a slow phone's main thread per question page, 84 ms with
 * ten times the questions). The few pages a reader is likely to open next are
 * loaded by likely-next.ts instead, with `preload`, which keeps Docusaurus's
 * behaviour: each path once, and not with the data saver on or on 2G.
 */
import preloadRoute from '@docusaurus/core/lib/client/preload';

type Connection = {saveData?: boolean; effectiveType?: string};

const preloaded = new Set<string>();

function preload(routePath: string): false | Promise<void[]> {
  const connection = (navigator as {connection?: Connection}).connection;
  if (connection?.saveData || connection?.effectiveType?.includes('2g') || preloaded.has(routePath)) return false;
  preloaded.add(routePath);
  return preloadRoute(routePath);
}

const docusaurus = Object.freeze({prefetch: (): false => false, preload});
export default docusaurus;
