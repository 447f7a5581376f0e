import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {inlineScriptHashes} from '../../src/plugins/finish-build/csp';
import {LOADER_START} from '../../src/plugins/finish-build/late-boot';
import {COMPRESSIBLE, MIN_BYTES} from '../../src/plugins/finish-build/precompress';
import {OFFLINE_POLICY} from '../../scripts/offline/rewrite';
import {buildFiles, FAQ_BUILD, INTERNAL_BUILD, OFFLINE_BUILD, PUBLIC_BUILD} from './site';

/** The Content-Security-Policy <meta>s of a page, and whether one comes before every script. */
function policiesOf(html: string) {
  const $ = load(html);
  const metas = $('meta[http-equiv="Content-Security-Policy"]');
  const first = $('head script, head meta[http-equiv="Content-Security-Policy"], body script').first();
  return {$, policies: metas.toArray().map((m) => $(m).attr('content')!), first: first.is('meta')};
}

describe.each([PUBLIC_BUILD, INTERNAL_BUILD, FAQ_BUILD])('the last steps of %s (src/plugins/finish-build)', (dir) => {
  const files = buildFiles(dir);
  const pages = files.filter((f) => f.endsWith('.html'));

  it('give every page one Content-Security-Policy, before any script, that allows exactly its own inline scripts', () => {
    expect(pages.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    let hashed = 0;
    for (const page of pages) {
      const {$, policies, first} = policiesOf(readFileSync(page, 'utf8'));
      const scriptSrc = /script-src ([^;]*)/.exec(policies[0] ?? '')?.[1]?.split(' ') ?? [];
      const hashes = inlineScriptHashes($);
      hashed += hashes.length;
      if (policies.length !== 1 || !first || scriptSrc.join(' ') !== ["'self'", ...hashes].join(' ')) {
        wrong.push(`${page}: ${policies.join(' | ')}`);
      }
    }
    expect(hashed).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('start every page’s app after load: no external script, one loader of the build’s own runtime and main bundles', () => {
    const wrong = pages.filter((page) => {
      const $ = load(readFileSync(page, 'utf8'));
      const loaders = $('script:not([src])').filter((_, el) => $(el).text().startsWith(LOADER_START));
      const bundles = [...loaders.text().matchAll(/"([^"]+\.js)"/g)].map((m) => m[1]!);
      const built = bundles.every((b) => existsSync(path.join(dir, b.slice(b.indexOf('/assets/')))));
      return $('script[src]').length > 0 || loaders.length !== 1 || !/runtime~main.*main\./.test(bundles.join()) || !built;
    });
    expect(pages.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('write a .gz with the same content beside every text file worth compressing', () => {
    const compressible = files.filter((f) => COMPRESSIBLE.test(f) && readFileSync(f).length >= MIN_BYTES);
    expect(compressible.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['index.html', 'search-index.json', 'sitemap.xml']),
    );
    const wrong = compressible.filter(
      (f) => !existsSync(`${f}.gz`) || !gunzipSync(readFileSync(`${f}.gz`)).equals(readFileSync(f)),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the offline copy (build-offline/)', () => {
  it('gives every page the policy without inline scripts, and has no .gz files', () => {
    const files = buildFiles(OFFLINE_BUILD);
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const wrong = pages.filter((page) => {
      const {$, policies, first} = policiesOf(readFileSync(page, 'utf8'));
      return policies.join() !== OFFLINE_POLICY || !first || inlineScriptHashes($).length > 0;
    });
    expect(wrong).toEqual([]);
    expect(files.filter((f) => f.endsWith('.gz'))).toEqual([]);
  });
});
