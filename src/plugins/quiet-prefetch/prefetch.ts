/**
 * Replaces Docusaurus's prefetch helper in the browser bundle (index.ts).
 * Docusaurus prefetches the code of every page a visible link leads to (the
 * sidebar alone lists some forty) as soon as the page is shown: on a phone
 * that will most likely close the page after one answer, that is data spent
 * on pages nobody opens. Here it prefetches nothing; the few pages a reader
 * is likely to open next are loaded by likely-next.ts instead.
 */
export default function prefetch(): Promise<void> {
  return Promise.resolve();
}
