import {describe, expect, it} from 'vitest';
import {runInNewContext} from 'node:vm';
import {previewTags, REDIRECT_SCRIPT, redirectPage, relativeUrl} from './render';

describe('relativeUrl', () => {
  it('leads from a short link to the question, whatever the base path', () => {
    expect(relativeUrl('/q/12/', '/hangzhou/login/reset-password/')).toBe('../../hangzhou/login/reset-password/');
    expect(relativeUrl('/hangzhou/reset-password/', '/hangzhou/login/reset-password/')).toBe(
      '../login/reset-password/',
    );
    expect(relativeUrl('/a/', '/a/')).toBe('./');
  });
});

describe('previewTags', () => {
  it('keeps the title, description, Open Graph tags and canonical link of a page', () => {
    const html = `<html><head><meta charset=utf-8><title>问题 | 站点</title><meta name=description content="一句话">
      <meta property=og:title content="问题 | 站点"><meta property=og:image content="https://x/img/card.png">
      <meta itemprop=description content="一句话"><link rel=canonical href="https://x/a/"><link rel=stylesheet href="/a.css">
      <script src="/main.js"></script></head><body></body></html>`;
    const tags = previewTags(html);
    expect(tags).toContain('<title>问题 | 站点</title>');
    expect(tags).toContain('og:image');
    expect(tags).toContain('itemprop="description"');
    expect(tags).toContain('rel="canonical"');
    expect(tags).not.toContain('stylesheet');
    expect(tags).not.toContain('<script');
  });
});

describe('redirectPage', () => {
  it('sends the reader on with a meta refresh, a script and a plain link', () => {
    const page = redirectPage({
      from: '/q/1/',
      to: '/general/clear-cache/',
      title: '清缓存<方法>',
      head: '<title>t</title>',
    });
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=../../general/clear-cache/">');
    expect(page).toContain(`<script>${REDIRECT_SCRIPT}</script>`);
    expect(page).toContain('<a href="../../general/clear-cache/">清缓存&lt;方法&gt;</a>');
  });

  it('has the same script on every page, which goes where the meta refresh goes, keeping the fragment', () => {
    const other = redirectPage({from: '/q/2/', to: '/hangzhou/', title: 't', head: ''});
    expect(other).toContain(`<script>${REDIRECT_SCRIPT}</script>`);
    const replaced: string[] = [];
    runInNewContext(REDIRECT_SCRIPT, {
      document: {querySelector: () => ({content: '0; url=../../hangzhou/'})},
      location: {hash: '#steps', replace: (url: string) => replaced.push(url)},
    });
    expect(replaced).toEqual(['../../hangzhou/#steps']);
  });
});
