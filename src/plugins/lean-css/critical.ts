import Beasties from 'beasties';
import {load} from 'cheerio';
import postcss from 'postcss';
import {dropUnusedProperties, namedProperties} from './purge';

export type CriticalOptions = {
  /** The build folder, where the stylesheet's file is. */
  outDir: string;
  /** The site's base path ("/" or "/faq/"), which the stylesheet's URL starts with. */
  baseUrl: string;
  /** The custom properties the site's scripts name (they may read them once they run): kept when defined. */
  scriptProperties?: Set<string>;
};

const DOUBLE_QUOTED_DATA_URL = /url\("(data:(?:[^"\\]|\\.)*)"\)/g;

/**
 * Data URLs in single quotes. Beasties rebases url("…") values onto the
 * stylesheet's folder, and its pattern ends a double-quoted value at an
 * escaped \" inside it, so Infima's url("data:image/svg+xml;…<svg
 * xmlns=\"…\"…") icons would become /assets/css/"data:… and vanish.
 */
export function singleQuoteDataUrls(css: string): string {
  return css.replace(DOUBLE_QUOTED_DATA_URL, (all, url: string) =>
    url.includes("'") ? all : `url('${url.replace(/\\"/g, '"')}')`,
  );
}

/**
 * Rules every page's critical CSS keeps though its HTML matches none of them:
 * the theme's colour mode, which a script sets on <html> before the first paint.
 */
export const ALWAYS_CRITICAL = [
  // Quoted or not: the minifier drops the quotes that `docusaurus build --no-minify` keeps.
  /\[data-theme=["']?dark["']?\]/,
  /\[data-theme-choice=/,
  /#__docusaurus-base-url-issue-banner/,
];

/** The ALWAYS_CRITICAL patterns that no selector of `css` matches (a theme upgrade renamed what they name). */
export function unmatchedAlwaysCritical(css: string): RegExp[] {
  const selectors: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    selectors.push(...rule.selectors);
  });
  return ALWAYS_CRITICAL.filter((pattern) => !selectors.some((selector) => pattern.test(selector)));
}

const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/g;

/**
 * Puts into a page the rules of its stylesheet that its own HTML uses (and
 * those for the colour mode, which a script sets before the first paint),
 * with only the custom properties they, the page or the scripts read, and
 * moves the stylesheet to the end of <body>: the page paints as soon as its
 * HTML arrives, and the whole stylesheet still loads, without a script, for
 * what the page's JavaScript adds. A page without a stylesheet (a redirect)
 * stays as it is.
 */
export function criticalCss({
  outDir,
  baseUrl,
  scriptProperties = new Set(),
}: CriticalOptions): (html: string) => Promise<string> {
  const beasties = new Beasties({
    path: outDir,
    publicPath: baseUrl,
    allowRules: ALWAYS_CRITICAL,
    reduceInlineStyles: false,
    logLevel: 'warn',
  });
  const readFile = beasties.readFile.bind(beasties);
  beasties.readFile = async (filename) => singleQuoteDataUrls(await readFile(filename));
  return async (html) => {
    const links = html.match(STYLESHEET) ?? [];
    if (links.length === 0) return html;
    // Beasties parses with htmlparser2, which does not close what the minifier
    // leaves open (<p> before </ul>): it matches rules against the page as a
    // browser parses it, and only its CSS is kept. The page itself is changed
    // as text, so React hydrates exactly the markup Docusaurus wrote.
    const inlined = (await beasties.process(load(html).html())).match(/<style>([\s\S]+?)<\/style>/)?.[1];
    if (inlined === undefined) throw new Error('没有找到页面的样式表，无法内联首屏样式');
    // Infima defines some two hundred custom properties on :root; a page's rules read about half of them.
    const root = postcss.parse(inlined);
    dropUnusedProperties(root, new Set([...scriptProperties, ...namedProperties(html)]));
    const css = root.toString();
    if (!html.includes('</head>') || !html.includes('</body>')) throw new Error('页面缺少 </head> 或 </body>');
    return html
      .replace(STYLESHEET, '')
      .replace('</head>', `<style>${css}</style></head>`)
      .replace('</body>', `${links.join('')}</body>`);
  };
}
