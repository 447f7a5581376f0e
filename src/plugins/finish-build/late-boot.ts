// Own code: Docusaurus has no option to start its bundles after `load`, so the built pages are rewritten.
/**
 * The app starts after the page has loaded. Docusaurus puts its bundles in
 * <head> as `<script defer>`: DOMContentLoaded waits for them, and on a slow
 * phone they share the network with the answer's own HTML and stylesheet.
 * The server-rendered answer reads well without them, so each page loads
 * them, in the same order, once `load` has fired.
 */

/** Docusaurus's bundles as its minified template writes them: `<script src=… defer></script>`. */
const DEFERRED = /<script src=(["']?)([^"'\s>]+)\1 defer><\/script>/g;

/**
 * The loader, in ES5 for the old kernels of QQ and 360: once the `load` event
 * is over (a timeout, so the bundles are not part of it), the bundles in order
 * (async = false).
 */
export function loaderOf(sources: string[]): string {
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  return (
    `addEventListener("load",function(){setTimeout(function(){${list}.forEach(function(s){` +
    'var e=document.createElement("script");e.src=s;e.async=!1;document.body.appendChild(e)})})})'
  );
}

/**
 * The page with Docusaurus's deferred bundles replaced by the loader, where
 * the first of them was (in <head>: an inline script after the stylesheet at
 * the end of <body> would wait for it, and hold DOMContentLoaded), or the
 * reason it cannot be (Docusaurus now writes its bundles another way: see
 * src/plugins/README.md, finish-build).
 */
export function bootAfterLoad(html: string): {html: string} | {problem: string} {
  const sources = [...html.matchAll(DEFERRED)].map((m) => m[2]!);
  if (!sources.some((s) => /\/main\.[^/]*\.js$/.test(s))) {
    return {problem: '没有找到 Docusaurus 的 <script src=…main….js defer>，应用无法改到 load 之后启动'};
  }
  const at = html.search(DEFERRED);
  const page = html.slice(0, at) + `<script>${loaderOf(sources)}</script>` + html.slice(at).replace(DEFERRED, '');
  if (/<script[^>]* src=/i.test(page)) return {problem: '除了 Docusaurus 的 defer 脚本，页面还有别的外部脚本'};
  return {html: page};
}
