import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildFiles, PUBLIC_BUILD} from './site';

const NON_ASCII = /[^\x20-\x7e]/;

describe('anchors and ids of the public build', () => {
  it('are ASCII: no id and no #fragment link carries a Chinese character', () => {
    const pages = buildFiles(PUBLIC_BUILD).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const bad: string[] = [];
    let ids = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/\sid=(?:"([^"]*)"|([^\s>]+))/g)) {
        const value = match[1] ?? match[2];
        ids += 1;
        if (value && NON_ASCII.test(value)) bad.push(`${file}: id="${value}"`);
      }
      for (const [, fragment] of html.matchAll(/\shref="?[^"\s>]*#([^"\s>]*)/g)) {
        if (fragment && NON_ASCII.test(decodeURIComponent(fragment))) bad.push(`${file}: #${fragment}`);
      }
    }
    expect(ids).toBeGreaterThan(40);
    expect(bad).toEqual([]);
  });
});
