import {createHash} from 'node:crypto';
import {load, type CheerioAPI} from 'cheerio';

/**
 * The Content-Security-Policy of a built page, as a <meta> at the top of its
 * <head>. Any static server delivers it; deploy/nginx.conf adds, as a
 * header, what a <meta> cannot carry (see README.md).
 */

/** The directives every page gets; script-src gets the hashes of the page's own inline scripts. */
export const PAGE_DIRECTIVES: [string, ...string[]][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // Critical CSS is inlined in <style> (src/plugins/lean-css) and React writes style attributes;
  // old Chromium kernels know no 'unsafe-hashes'.
  ['style-src', "'self'", "'unsafe-inline'"],
  // Icons in the stylesheet and inline SVG images are data: URLs.
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'", 'data:'],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Script types a browser runs; others (application/ld+json) are data. */
const RUNNABLE = new Set(['', 'text/javascript', 'application/javascript', 'module']);
const isRunnable = (type: string | undefined) => RUNNABLE.has((type ?? '').trim().toLowerCase());

/** 'sha256-…' of a script's text, as a browser hashes it (UTF-8, exactly as written). */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of a page's inline scripts that a browser would run, each once, in page order. */
export function inlineScriptHashes($: CheerioAPI): string[] {
  const hashes = $('script:not([src])')
    .toArray()
    .filter((el) => isRunnable($(el).attr('type')))
    .map((el) => scriptHash($(el).text()));
  return [...new Set(hashes)];
}

/** A policy from directives, with extra sources for script-src. */
export function policyOf(directives: [string, ...string[]][], scriptSources: string[] = []): string {
  return directives
    .map(([name, ...sources]) => [name, ...sources, ...(name === 'script-src' ? scriptSources : [])].join(' '))
    .join('; ');
}

/**
 * What in a built page would turn its policy into a pass for injected code:
 * the policy hashes every inline script it finds, so the page must have none
 * but the site's own. Markdown cannot put script into a page (src/remark/
 * safe-content.ts); this is the check of the result, whatever the source.
 */
export function unsafeMarkup($: CheerioAPI): string[] {
  const problems: string[] = [];
  // React renders the page inside #__docusaurus; its own inline scripts sit outside.
  $('#__docusaurus script').each((_, el) => {
    if (isRunnable($(el).attr('type'))) problems.push(`页面内容里有 <script>：${$.html(el).slice(0, 80)}`);
  });
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      JSON.parse($(el).text());
    } catch {
      problems.push(`结构化数据（JSON-LD）不是合格的 JSON，有文字跳出了它的 <script>：${$(el).text().slice(0, 80)}`);
    }
  });
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as {attribs?: Record<string, string>}).attribs ?? {})) {
      if (/^on/i.test(name)) problems.push(`元素 <${(el as {name: string}).name}> 带有事件属性 ${name}`);
      // eslint-disable-next-line no-control-regex
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (
        /^(href|src|action|formaction|xlink:href)$/i.test(name) &&
        /^(javascript|vbscript|data:text\/html)/.test(url)
      ) {
        problems.push(`元素 <${(el as {name: string}).name}> 的 ${name} 是脚本地址：${value.slice(0, 60)}`);
      }
    }
  });
  return problems;
}

const META = /<meta[^>]+http-equiv=["']?content-security-policy["']?[^>]*>/i;

/** The page with its policy <meta> first in <head> (after the charset), replacing any earlier one. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const page = html.replace(META, '');
  const anchor = /<meta charset=[^>]*>/i.exec(page) ?? /<head[^>]*>/i.exec(page);
  if (!anchor) throw new Error('页面没有 <head>，无法写入 Content-Security-Policy');
  const at = anchor.index + anchor[0].length;
  return page.slice(0, at) + meta + page.slice(at);
}

/** A built page with its Content-Security-Policy, or the reasons it cannot have one. */
export function addPolicy(html: string): {html: string} | {problems: string[]} {
  const $ = load(html);
  const problems = unsafeMarkup($);
  if (problems.length > 0) return {problems};
  return {html: withPolicyMeta(html, policyOf(PAGE_DIRECTIVES, inlineScriptHashes($)))};
}
