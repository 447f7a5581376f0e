/**
 * Rewrites a built page for the offline copy (opened from a folder, file://):
 * every URL inside the site becomes a relative path to a file (folders get
 * index.html), Docusaurus's JavaScript goes (its router cannot run from
 * file://, and the server-rendered HTML is complete), the site's search
 * boxes get the offline search, and the menu button a menu without scripts.
 */
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {PAGE_DIRECTIVES, policyOf, withPolicyMeta} from '../../src/plugins/finish-build/csp';

export type PageContext = {
  /** The page's file, relative to the root of the copy: "hangzhou/index.html". */
  file: string;
  /** The base path the site was built with ("/" or "/faq/"). */
  base: string;
  /** Whether a path relative to the root of the copy is a folder. */
  isDir: (sitePath: string) => boolean;
};

// Addresses that are not files of the site.
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/**
 * The relative path from `file` to what `url` points at, or the URL unchanged
 * when it is outside the site (another host, mailto:, a fragment, a path
 * outside the base).
 */
export function offlineUrl(url: string, {file, base, isDir}: PageContext): string {
  const trimmed = url.trim();
  if (trimmed === '' || EXTERNAL.test(trimmed)) return url;
  const origin = 'http://offline.invalid';
  const resolved = new URL(trimmed, `${origin}${base}${file}`);
  if (!resolved.pathname.startsWith(base)) return url;
  let target = decodeURIComponent(resolved.pathname.slice(base.length));
  if (target === '' || target.endsWith('/')) target += 'index.html';
  else if (isDir(target)) target += '/index.html';
  const relative = path.posix.relative(path.posix.dirname(file), target);
  return encodeURI(relative) + resolved.search + resolved.hash;
}

/** CSS url(...) references, quoted or not. */
export const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

export function rewriteCss(css: string, context: PageContext): string {
  return css.replace(CSS_URL, (all, quote: string, url: string) =>
    url.startsWith('data:') ? all : `url(${quote}${offlineUrl(url, context)}${quote})`,
  );
}

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action'];
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];

function rewriteSrcset(value: string, context: PageContext): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      return [offlineUrl(url!, context), ...descriptor].join(' ');
    })
    .join(', ');
}

/** A meta refresh ("0; url=../x/") with its URL rewritten. */
function rewriteRefresh(content: string, context: PageContext): string {
  return content.replace(
    /(url\s*=\s*)(['"]?)([^'"]+)\2/i,
    (_, prefix: string, quote: string, url: string) => `${prefix}${quote}${offlineUrl(url, context)}${quote}`,
  );
}

function rewriteUrls($: CheerioAPI, context: PageContext) {
  $('*').each((_, element) => {
    const el = $(element);
    for (const name of URL_ATTRIBUTES) {
      const value = el.attr(name);
      if (value !== undefined) el.attr(name, offlineUrl(value, context));
    }
    for (const name of SRCSET_ATTRIBUTES) {
      const value = el.attr(name);
      if (value !== undefined) el.attr(name, rewriteSrcset(value, context));
    }
    const style = el.attr('style');
    if (style?.includes('url(')) el.attr('style', rewriteCss(style, context));
  });
  $('style').each((_, element) => {
    $(element).text(rewriteCss($(element).text(), context));
  });
  $('meta[http-equiv="refresh" i]').each((_, element) => {
    const el = $(element);
    el.attr('content', rewriteRefresh(el.attr('content') ?? '', context));
  });
}

/**
 * Drops the site's scripts (Docusaurus's bundles, its inline helpers, the
 * redirect script of short-link pages, whose meta refresh stays), and
 * preloads of them; the stylesheet they would load becomes a link again.
 * Structured data (JSON-LD) stays.
 */
function removeScripts($: CheerioAPI) {
  $('script').not('[type="application/ld+json"]').remove();
  $('link[rel~="preload"][as="script"], link[rel~="modulepreload"], link[rel~="prefetch"]').remove();
  // The site's loader also loads the stylesheet (src/plugins/finish-build/late-boot.ts), which waits in a
  // <noscript> for readers without scripts; the copy runs its own script, so the link is taken out.
  $('noscript').each((_, element) => {
    const inside = $(element).html() ?? '';
    if (/^<link [^>]*stylesheet[^>]*>$/.test(inside.trim())) $(element).replaceWith(inside);
  });
}

/** The result list that offline.js fills under a search box. */
export const RESULT_LIST = '<div class="offline-search__results" role="listbox" aria-label="搜索结果" hidden></div>';

/**
 * The site's search boxes (server-rendered, styled by the site's CSS) get
 * the offline search: a result list for offline.js, which also runs their
 * 取消 button; the Ctrl K hint goes, as only the site's script has the key.
 */
function addSearch($: CheerioAPI, root: string) {
  $('[data-search-box]').each((_, element) => {
    const box = $(element);
    box.attr('data-offline-search', '').addClass('offline-search');
    box.find('kbd').remove();
    box.append(RESULT_LIST);
  });
  $('head').append(
    `<link rel="stylesheet" href="${root}offline.css">` +
      `<script src="${root}offline.js" data-root="${root}"></script>`,
  );
}

/**
 * On a phone the navbar's sections sit behind its menu button, which needs
 * the site's scripts: here the button becomes a <details> list, which needs
 * none, and replaces the row the site shows in <noscript>.
 */
function addMenu($: CheerioAPI) {
  const toggle = $('nav.navbar button.navbar__toggle').first();
  if (toggle.length === 0) return;
  const links = $('nav.navbar a.navbar__item')
    .toArray()
    .map((a) =>
      $('<a></a>')
        .attr('href', $(a).attr('href') ?? '')
        .text($(a).text()),
    );
  const menu = $(
    '<details class="offline-menu"><summary class="navbar__toggle" aria-label="栏目"></summary>' +
      '<nav class="offline-menu__list" aria-label="栏目"></nav></details>',
  );
  menu.find('summary').append(toggle.children());
  menu.find('nav').append(...links);
  toggle.replaceWith(menu);
  $('nav.navbar').next('noscript').remove();
}

/**
 * Under a question's actions, its short link on the site as text to select:
 * the copy buttons work here too (offline.js), this works without them.
 */
function addShortLink($: CheerioAPI) {
  $('[data-question-actions]').each((_, element) => {
    const el = $(element);
    const link = `${el.attr('data-root') ?? ''}q/${el.attr('data-n') ?? ''}/`;
    el.children()
      .first()
      .after($('<p class="offline-short-link">短链接：<span></span></p>').find('span').text(link).end());
  });
}

/** The relative path from a page to the root of the copy ("" or "../../"). */
export function rootOf(file: string): string {
  const depth = path.posix.dirname(file) === '.' ? 0 : path.posix.dirname(file).split('/').length;
  return '../'.repeat(depth);
}

/**
 * The site's policy without its script hashes: the copy has no inline
 * script, only offline.js and search-data.js, files of the copy ('self'
 * matches file:// in Chromium).
 */
export const OFFLINE_POLICY = policyOf(PAGE_DIRECTIVES);

/** A page of the build as it must be in the offline copy. */
export function rewriteHtml(html: string, context: PageContext): string {
  const $ = load(html);
  removeScripts($);
  addMenu($);
  rewriteUrls($, context);
  addShortLink($);
  // Only real pages get search; a redirect page (meta refresh) moves on at once.
  if ($('meta[http-equiv="refresh" i]').length === 0) addSearch($, rootOf(context.file));
  return withPolicyMeta($.html(), OFFLINE_POLICY);
}
