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
    expect($('script[type="application/ld+json"]').text()).toBe('{"@type":"BreadcrumbList"}');
  });

  it('makes every site address relative, folders ending in index.html', () => {
    expect($('link[rel=stylesheet]').first().attr('href')).toBe('../../../assets/css/styles.css');
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

  it('puts the offline search in place of the site search box, with its script and styles', () => {
    expect($('[data-offline-search]')).toHaveLength(1);
    expect($('[data-offline-search] input[placeholder="搜索"]')).toHaveLength(1);
    expect($('script[src="../../../offline.js"]').attr('data-root')).toBe('../../../');
    expect($('link[href="../../../offline.css"]')).toHaveLength(1);
  });

  it('replaces every search box of the home page and drops its inline scripts', () => {
    const home = load(rewriteHtml(fixture('index.html'), page('index.html')));
    expect(home('[data-offline-search]')).toHaveLength(2);
    expect(home('.navbar__search:not([data-offline-search])')).toHaveLength(0);
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
