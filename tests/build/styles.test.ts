import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {LOADER_START} from '../../src/plugins/finish-build/late-boot';
import {buildFiles, FAQ_BUILD, PUBLIC_BUILD} from './site';

describe.each([
  [PUBLIC_BUILD, '/'],
  [FAQ_BUILD, '/faq/'],
])('styles of %s (src/plugins/lean-css)', (dir, base) => {
  const files = buildFiles(dir);
  // Each page that loads a stylesheet, read and parsed once.
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({file, html: readFileSync(file, 'utf8')}))
    .filter(({html}) => html.includes('stylesheet'))
    .map(({file, html}) => ({file, $: load(html)}));

  it('every page has its critical CSS inline, and its one stylesheet loaded after load (late-boot) or from a <noscript> at the end of <body>', () => {
    expect(pages.length).toBeGreaterThan(50);
    const wrong = pages.filter(({$}) => {
      const noscript = $('body > noscript').last();
      const href = /^<link rel=stylesheet href=(\S+?) ?\/?>$/.exec(noscript.html() ?? '')?.[1];
      const loader = $('script:not([src])').filter((_, el) => $(el).text().startsWith(LOADER_START));
      return (
        $('head > style').text().length < 1000 ||
        !href ||
        noscript.nextAll().length !== 0 ||
        loader.length !== 1 ||
        !loader.text().includes(JSON.stringify(href)) ||
        !existsSync(path.join(dir, href.slice(base.length)))
      );
    });
    expect(wrong.map((p) => p.file)).toEqual([]);
  });

  it('inline CSS points only at data: URLs (no icon rebased onto the stylesheet folder)', () => {
    const urls = pages.flatMap(({$}) => [...$('head > style').text().matchAll(/url\(\s*['"]?([^'")]*)/g)]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.map((m) => m[1]).filter((url) => !url!.startsWith('data:'))).toEqual([]);
  });

  it('the stylesheet is purged and named after its content, so caches never keep an old one', () => {
    const sheets = files.filter((f) => f.endsWith('.css') && f.includes(`${path.sep}assets${path.sep}css${path.sep}`));
    expect(sheets).toHaveLength(1);
    const css = readFileSync(sheets[0]!, 'utf8');
    expect(path.basename(sheets[0]!)).toBe(`styles.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`);
    expect(css).toContain('.navbar');
    expect(css).not.toContain('.avatar__photo');
  });
});
