import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'acorn';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {buildFiles, FAQ_BUILD, OFFLINE_BUILD, PUBLIC_BUILD} from './site';

/**
 * The readers' engines: Chromium 66 and later (QQ's X5 and 360's
 * compatibility kernels), which parse ES2019 but not ?. ?? ??= or class
 * fields. package.json's browserslist makes the build compile down to them;
 * this checks the result, so that a dependency cannot raise it unnoticed.
 */
const ECMA_VERSION = 2019;

/** Where a script does not parse as ES2019, with the code around it. */
function syntaxError(code: string): string | undefined {
  try {
    parse(code, {ecmaVersion: ECMA_VERSION, sourceType: 'script'});
    return undefined;
  } catch (error) {
    const {pos, message} = error as {pos: number; message: string};
    return `${message}: …${code.slice(Math.max(0, pos - 40), pos + 40)}…`;
  }
}

describe.each([PUBLIC_BUILD, FAQ_BUILD])(`the scripts of %s parse as ES${ECMA_VERSION}`, (dir) => {
  it('every file of assets/js', () => {
    const scripts = buildFiles(dir).filter((f) => f.includes(`${path.sep}assets${path.sep}js${path.sep}`) && f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    const wrong = scripts.flatMap((file) => {
      const problem = syntaxError(readFileSync(file, 'utf8'));
      return problem ? [`${file}: ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('every inline script of every page', () => {
    const inline = buildFiles(dir)
      .filter((f) => f.endsWith('.html'))
      .flatMap((file) => {
        const $ = load(readFileSync(file, 'utf8'));
        return $('script:not([src]):not([type])')
          .toArray()
          .map((el) => ({file, code: $(el).text()}));
      });
    expect(inline.length).toBeGreaterThan(50);
    const wrong = inline.flatMap(({file, code}) => {
      const problem = syntaxError(code);
      return problem ? [`${file}: ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});

it(`the offline copy's own scripts parse as ES${ECMA_VERSION}`, () => {
  const scripts = ['offline.js', 'search-data.js'].map((f) => path.join(OFFLINE_BUILD, f));
  expect(scripts.map((file) => syntaxError(readFileSync(file, 'utf8')) ?? 'ok')).toEqual(['ok', 'ok']);
});

it('the check would catch the syntax old engines cannot parse', () => {
  for (const code of ['a?.b', 'a ?? b', 'a ??= b', 'class A { x = 1 }', 'class A { #x }', '1_000']) {
    expect(syntaxError(code), code).toBeDefined();
  }
  expect(syntaxError('try { a() } catch { b() }; for (var [k, v] of e) {}')).toBeUndefined();
});
