import {readFileSync} from 'node:fs';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {offlineUrl, rewriteCss, rewriteHtml, rootOf, type PageContext} from './rewrite';

const fixture = (file: string) => readFileSync(new URL(`./__fixtures__/build/${file}`, import.meta.url), 'utf8');
const DIRS = new Set(['hangzhou', 'hangzhou/login', 'img']);
const page = (file: string, base = '/'): PageContext => ({file, base, isDir: (p) => DIRS.has(p)});

describe('offlineUrl', () => {
  const question = page('hangzhou/login/reset-password/index.html');

  it.each([
    ['/', '../../../index.html'],
    ['/hangzhou/', '../../index.html'],
    ['/hangzhou', '../../index.html'],
    ['/hangzhou/login/reset-password/', 'index.html'],
    ['/hangzhou/login/reset-password/#answer', 'index.html#answer'],
    ['/general/clear-cache/?from=qq', '../../../general/clear-cache/index.html?from=qq'],
    ['../accounts/', '../accounts/index.html'],
    ['/assets/css/styles.css', '../../../assets/css/styles.css'],
    ['/img/中文.png', '../../../img/%E4%B8%AD%E6%96%87.png'],
  ])('%s → %s', (url, expected) => {
    expect(offlineUrl(url, question)).toBe(expected);
  });

  it.each([
    '#related',
    'https://example.com/',
    'http://localhost:3000/x/',
    '//cdn.example.com/a.js',
    'tel:13000000000',
    'mailto:a@b.c',
    'data:image/png;base64,AA',
    '',
  ])('leaves %s alone', (url) => {
    expect(offlineUrl(url, question)).toBe(url);
  });

  it('strips the base path, and leaves paths outside it alone', () => {
    const underFaq = page('hangzhou/index.html', '/faq/');
    expect(offlineUrl('/faq/', underFaq)).toBe('../index.html');
    expect(offlineUrl('/faq/hangzhou/login/', underFaq)).toBe('login/index.html');
    expect(offlineUrl('/other/', underFaq)).toBe('/other/');
  });
});

describe('rootOf', () => {
  it('climbs one folder per level', () => {
    expect(rootOf('index.html')).toBe('');
    expect(rootOf('404.html')).toBe('');
    expect(rootOf('hangzhou/login/reset-password/index.html')).toBe('../../../');
  });
});

describe('rewriteCss', () => {
  it('rewrites url() of site files, quoted or not, and keeps data: URLs', () => {
    const css = fixture('assets/css/styles.css');
    expect(rewriteCss(css, page('assets/css/styles.css'))).toBe(
      '.navbar{background:url(../../img/bg.png) no-repeat}.icon{background:url("data:image/svg+xml;utf8,<svg></svg>")}\n',
    );
  });
});

describe('rewriteHtml', () => {
  const $ = load(
    rewriteHtml(fixture('hangzhou/login/reset-password/index.html'), page('hangzhou/login/reset-password/index.html')),
  );

  it('removes the site scripts and keeps structured data', () => {
    expect($('script[src*="assets/js"]')).toHaveLength(0);
    expect($('script:not([src]):not([type])')).toHaveLength(0);
    expect($('script[type="application/ld+json"]').text()).toBe('{"@type":"BreadcrumbList"}');
  });

  it('makes every site address relative, folders ending in index.html', () => {
    // The stylesheet the site's loader would load: a link again, out of its <noscript>.
    expect($('link[rel=stylesheet]').first().attr('href')).toBe('../../../assets/css/styles.css');
    expect($('noscript')).toHaveLength(0);
    expect($('.navbar__brand').attr('href')).toBe('../../../index.html');
    expect(
      $('.theme-doc-breadcrumbs a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(['../../../index.html', '../../index.html']);
    expect($('nav[data-search-ignore] a').last().attr('href')).toBe('../../../general/clear-cache/index.html');
    expect($('img').attr('src')).toBe('../../../img/bg.png');
    expect($('img').attr('srcset')).toBe('../../../img/bg.png 1x, ../../../img/bg.png 2x');
    expect($('span[style]').attr('style')).toBe('background:url(../../../img/bg.png)');
    expect($('style').text()).toBe('.hero{background:url("../../../img/bg.png")}');
  });

  it('leaves fragments and other hosts alone', () => {
    expect($('a[href="#related"]')).toHaveLength(1);
    expect($('link[rel=canonical]').attr('href')).toBe('http://localhost:3000/hangzhou/login/reset-password/');
  });

  it('gives the site search box the offline result list, its script and styles, and drops the Ctrl K hint', () => {
    const box = $('[data-search-box="navbar"]');
    expect(box.attr('data-offline-search')).toBe('');
    expect(box.find('input[type=search]')).toHaveLength(1);
    expect(box.find('[data-search-cancel]').text()).toBe('取消');
    expect(box.children('.offline-search__results[role=listbox][hidden]')).toHaveLength(1);
    expect(box.find('kbd')).toHaveLength(0);
    expect($('script[src="../../../offline.js"]').attr('data-root')).toBe('../../../');
    expect($('link[href="../../../offline.css"]')).toHaveLength(1);
  });

  it('turns the menu button into a <details> list of the navbar sections, in place of the no-script row', () => {
    expect($('button.navbar__toggle')).toHaveLength(0);
    const menu = $('nav.navbar details.offline-menu');
    expect(menu.children('summary.navbar__toggle').find('svg')).toHaveLength(1);
    expect(
      menu
        .find('nav a')
        .toArray()
        .map((a) => [$(a).text(), $(a).attr('href')]),
    ).toEqual([
      ['杭州实名制', '../../index.html'],
      ['清缓存方法', '../../../general/clear-cache/index.html'],
    ]);
    expect($('noscript')).toHaveLength(0);
  });

  it('gives every search box of the home page the offline search and drops its inline scripts', () => {
    const home = load(rewriteHtml(fixture('index.html'), page('index.html')));
    expect(home('[data-search-box][data-offline-search]')).toHaveLength(2);
    expect(home('[data-search-box]:not([data-offline-search])')).toHaveLength(0);
    expect(
      home('script')
        .toArray()
        .map((s) => home(s).attr('src')),
    ).toEqual(['offline.js']);
    expect(home('link[rel=preload]')).toHaveLength(0);
    expect(home('a[href="https://example.com/"]')).toHaveLength(1);
  });

  it('rewrites the meta refresh of a short-link page and drops its script', () => {
    const redirect = load(rewriteHtml(fixture('q/1/index.html'), page('q/1/index.html')));
    expect(redirect('meta[http-equiv=refresh]').attr('content')).toBe('0; url=../../general/clear-cache/index.html');
    expect(redirect('a').attr('href')).toBe('../../general/clear-cache/index.html');
    expect(redirect('script')).toHaveLength(0);
    expect(redirect('[data-offline-search]')).toHaveLength(0);
  });
});
