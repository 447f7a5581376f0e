import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import remarkSafeContent, {frontMatterKeyLines, unsafeUrl} from './safe-content';
import {testFixtures} from './fixtures';

describe('remarkSafeContent (fixtures: src/remark/__fixtures__/safe-content)', () => {
  const cases = testFixtures(fileURLToPath(new URL('./__fixtures__/safe-content', import.meta.url)), [
    remarkSafeContent,
  ]);

  it('has fixtures that pass and fixtures that fail', () => {
    expect(cases.filter((c) => c.html !== undefined).length).toBeGreaterThan(0);
    // A failing fixture for each payload.
    expect(cases.filter((c) => c.error !== undefined).length).toBeGreaterThan(8);
  });
});

describe('unsafeUrl', () => {
  it('accepts http, https, tel, relative paths and fragments', () => {
    for (const url of ['http://10.0.0.8/', 'HTTPS://x.example/', 'tel:0571-1', '../a.md', '/q/1/', '#steps', 'a.md']) {
      expect(unsafeUrl(url), url).toBeUndefined();
    }
  });

  it('refuses other schemes however they are written, and addresses of another host without a scheme', () => {
    for (const url of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'mailto:a@b.example',
      'file:///etc/passwd',
      '//evil.example/',
      '\\\\evil.example/',
    ]) {
      expect(unsafeUrl(url), JSON.stringify(url)).toBeDefined();
    }
  });
});

describe('frontMatterKeyLines', () => {
  it('gives each top-level key its line in the file', () => {
    expect(frontMatterKeyLines('id: a\ntitle: "b"\nkeywords:\n  - c', 2)).toEqual({id: 2, title: 3, keywords: 4});
  });
});
