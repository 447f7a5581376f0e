// Own code: Docusaurus has no option to start its bundles after `load`, so the built pages are rewritten.
/**
 * The app starts after the page has loaded. Docusaurus puts its bundles in
 * <head> as `<script defer>`: DOMContentLoaded waits for them, and on a slow
 * phone they share the network with the answer's own HTML. The server-rendered
 * answer reads well without them, and paints from its inline critical CSS
 * (src/plugins/lean-css), so each page loads its bundles, in the same order,
 * and its whole stylesheet once `load` has fired. Without scripts, the
 * stylesheet comes from a <noscript>.
 */

/** Docusaurus's bundles as its minified template writes them: `<script src=… defer></script>`. */
const DEFERRED = /<script src=(["']?)([^"'\s>]+)\1 defer><\/script>/g;
/** The stylesheet as lean-css leaves it at the end of <body>. */
const STYLESHEET = /<link rel=(["']?)stylesheet\1 href=(["']?)([^"'\s>]+)\2 ?\/?>/;

/** How every loader's text begins: how the build tests find it in a page. */
export const LOADER_START = 'addEventListener("load",';

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The loader, in ES5 for the old kernels of QQ and 360: once the `load` event
 * is over (a timeout, so that nothing it adds is part of it), the stylesheet,
 * then the bundles in order (async = false).
 */
export function loaderOf(sources: string[], stylesheet?: string): string {
  const css =
    stylesheet === undefined
      ? ''
      : `var l=d.createElement("link");l.rel="stylesheet";l.href=${json(stylesheet)};b.appendChild(l);`;
  return (
    `${LOADER_START}function(){setTimeout(function(){var d=document,b=d.body;${css}` +
    `${json(sources)}.forEach(function(s){var e=d.createElement("script");e.src=s;e.async=!1;b.appendChild(e)})})})`
  );
}

/**
 * The page with Docusaurus's deferred bundles replaced by the loader, where
 * the first of them was, and its stylesheet in a <noscript>; or the reason it
 * cannot be (Docusaurus now writes its bundles another way: see
 * src/plugins/README.md, finish-build).
 */
export function bootAfterLoad(html: string): {html: string} | {problem: string} {
  const sources = [...html.matchAll(DEFERRED)].map((m) => m[2]!);
  if (!sources.some((s) => /\/main\.[^/]*\.js$/.test(s))) {
    return {problem: '没有找到 Docusaurus 的 <script src=…main….js defer>，应用无法改到 load 之后启动'};
  }
  const link = STYLESHEET.exec(html);
  const at = html.search(DEFERRED);
  const page = (
    html.slice(0, at) +
    `<script>${loaderOf(sources, link?.[3])}</script>` +
    html.slice(at).replace(DEFERRED, '')
  ).replace(STYLESHEET, (tag) => `<noscript>${tag}</noscript>`);
  if (/<script[^>]* src=/i.test(page)) return {problem: '除了 Docusaurus 的 defer 脚本，页面还有别的外部脚本'};
  return {html: page};
}
