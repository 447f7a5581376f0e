/**
 * Client module (index.ts): once a page has loaded and the browser is idle,
 * loads the code of the few pages the reader is likely to open next — the
 * first related (or popular) questions and the next page — and nothing on a
 * slow or metered connection.
 */
import type {ClientModule} from '@docusaurus/types';

/** Where the likely next pages are linked, in order; at most MAX_PAGES of them are loaded. */
export const LIKELY_NEXT = '[data-likely-next] li a[href], a.pagination-nav__link--next';
export const MAX_PAGES = 3;

type Connection = {saveData?: boolean; effectiveType?: string; downlink?: number};

/** Below this estimated bandwidth (Mbit/s), a connection is slow even if the browser rates it 4G (150 ms, 1.6 Mbit/s is). */
export const SLOW_MBPS = 2;

/** Data saver on, a connection the browser rates slower than 4G, or one it estimates under SLOW_MBPS. */
export function spareData(connection: Connection | undefined): boolean {
  if (!connection) return false;
  return (
    connection.saveData === true ||
    /(^|-)(2g|3g)$/.test(connection.effectiveType ?? '') ||
    (connection.downlink ?? Infinity) < SLOW_MBPS
  );
}

/** The distinct paths, other than the current one, of the first links. */
export function likelyNextPaths(hrefs: string[], current: string, max = MAX_PAGES): string[] {
  const paths = hrefs.map((href) => new URL(href, 'http://x').pathname).filter((p) => p !== current);
  return [...new Set(paths)].slice(0, max);
}

function whenIdle(run: () => void) {
  const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(run) : setTimeout(run, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, {once: true});
}

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    whenIdle(() => {
      if (spareData((navigator as {connection?: Connection}).connection)) return;
      const hrefs = [...document.querySelectorAll<HTMLAnchorElement>(LIKELY_NEXT)].map((a) => a.href);
      for (const path of likelyNextPaths(hrefs, location.pathname)) void window.docusaurus.preload(path);
    });
  },
};
export default clientModule;
