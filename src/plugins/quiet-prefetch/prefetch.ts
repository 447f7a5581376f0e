/**
 * Replaces Docusaurus's prefetch helper in the browser bundle. Docusaurus
 * prefetches the code of every page a visible link leads to (the sidebar
 * alone lists some forty) as soon as the page is shown; on a slow mobile
 * network that competes with the page being read. Here the same prefetch
 * waits until the page has loaded and the browser is idle.
 */
function afterLoad(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      window.requestIdleCallback ? window.requestIdleCallback(() => resolve()) : setTimeout(resolve, 200);
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, {once: true});
  });
}

export default function prefetch(url: string): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  return afterLoad().then(
    () =>
      new Promise<void>((resolve) => {
        const link = document.createElement('link');
        link.rel = 'prefetch';
        link.href = url;
        link.onload = () => resolve();
        link.onerror = () => resolve();
        document.head.appendChild(link);
      }),
  );
}
