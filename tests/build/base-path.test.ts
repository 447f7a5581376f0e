import {readFileSync} from 'node:fs';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {FAQ_BUILD, buildFiles} from './site';

// Under a sub-path (BASE_URL=/faq/) every address of the site must carry it:
// a link written as "/hangzhou/" would leave the site on the server.
function outsideBase(html: string, base: string): {checked: number; outside: string[]} {
  const $ = load(html);
  const urls = $('[href], [src]')
    .toArray()
    .flatMap((el) => [$(el).attr('href'), $(el).attr('src')])
    .filter((url): url is string => !!url?.startsWith('/') && !url.startsWith('//'));
  return {checked: urls.length, outside: urls.filter((url) => !url.startsWith(base))};
}

describe('the build under /faq/ (build-faq/)', () => {
  it('has no address inside the server that misses the base path', () => {
    const pages = buildFiles(FAQ_BUILD).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    let checked = 0;
    const outside: string[] = [];
    for (const file of pages) {
      const result = outsideBase(readFileSync(file, 'utf8'), '/faq/');
      checked += result.checked;
      outside.push(...result.outside.map((url) => `${file}: ${url}`));
    }
    expect(checked).toBeGreaterThan(1000);
    expect(outside).toEqual([]);
  });

  it('would catch a link written without the base path', () => {
    const html = '<a href="/faq/general/">ok</a><a href="/hangzhou/">bad</a><img src="//cdn.example.com/x.png">';
    expect(outsideBase(html, '/faq/')).toEqual({checked: 2, outside: ['/hangzhou/']});
  });
});
