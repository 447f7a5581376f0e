/**
 * The index of the offline search, read from the built question pages:
 * title, category (breadcrumbs), description, keywords and answer text.
 */
import {load} from 'cheerio';
import {DATA_GLOBAL, type Entry, type OfflineIndex} from './search';

const BLOCKS = 'p, li, h2, h3, h4, h5, h6, td, th, pre, blockquote, br, div, dt, dd';

/** The index entry of a built page, or nothing when it is not a question. */
export function entryOf(html: string, file: string): Entry | undefined {
  const $ = load(html);
  const answer = $('.theme-doc-markdown').first();
  if (answer.length === 0 || $('meta[http-equiv="refresh" i]').length > 0) return undefined;
  const title = $('h1').first().text();
  answer.find('h1, [data-search-ignore]').remove();
  // Blocks end in a space, so that "<p>a</p><p>b</p>" reads "a b".
  answer.find(BLOCKS).after(' ');
  const crumbs = $('nav.theme-doc-breadcrumbs li')
    .toArray()
    .map((li) => $(li).text().trim())
    .filter(Boolean);
  const text = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    u: file,
    t: text(title),
    c: crumbs.slice(0, -1).join(' › '),
    d: text($('meta[name="description"]').attr('content') ?? ''),
    k: ($('meta[name="keywords"]').attr('content') ?? '').split(',').map(text).filter(Boolean).join(' '),
    b: text(answer.text()),
  };
}

/** search-data.js: a script that sets the index as a global (no fetch from file://). */
export function searchDataScript(index: OfflineIndex): string {
  // U+2028/2029 are line ends in old JavaScript string literals; "</" must not close a script.
  const json = JSON.stringify(index).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `window.${DATA_GLOBAL} = ${json.replace(/<\//g, '<\\/')};\n`;
}
