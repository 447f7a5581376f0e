import {readFileSync} from 'node:fs';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {buildFiles, PUBLIC_BUILD} from './site';

type Link = {file: string; href: string; target?: string; rel?: string};

/** Every <a href> of the public build, with the file it is in; read and parsed once, on first use. */
let allLinks: Link[] | undefined;
function links(): Link[] {
  allLinks ??= buildFiles(PUBLIC_BUILD)
    .filter((f) => f.endsWith('.html'))
    .flatMap((file) => {
      const $ = load(readFileSync(file, 'utf8'));
      return $('a[href]')
        .toArray()
        .map((a) => ({file, href: $(a).attr('href')!, target: $(a).attr('target'), rel: $(a).attr('rel')}));
    });
  return allLinks;
}

/** Every <a> of the public build whose href matches, with the file it is in. */
const linksMatching = (pattern: RegExp) => links().filter((l) => pattern.test(l.href));

describe('links in the public build', () => {
  it('phone numbers dial in place: tel: links open no new tab', () => {
    const links = linksMatching(/^tel:/);
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((l) => l.target !== undefined)).toEqual([]);
  });

  it('links to other sites open in a new tab, without access to this one', () => {
    const links = linksMatching(/^https?:\/\//).filter((l) => !l.href.startsWith('http://localhost'));
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((l) => l.target !== '_blank' || !l.rel?.includes('noopener'))).toEqual([]);
  });
});
