import {fileURLToPath} from 'node:url';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import {describe, expect, it} from 'vitest';
import remarkNonEmpty, {isBlank} from './non-empty';
import {testFixtures} from './fixtures';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkDirective).parse(markdown);

describe('remarkNonEmpty (fixtures: src/remark/__fixtures__/non-empty)', () => {
  const cases = testFixtures(fileURLToPath(new URL('./__fixtures__/non-empty', import.meta.url)), [remarkNonEmpty]);

  it('has fixtures that pass and fixtures that fail', () => {
    expect(cases.filter((c) => c.html !== undefined).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.error !== undefined).length).toBeGreaterThan(1);
  });
});

describe('isBlank', () => {
  it('counts an image or a restricted value as content', () => {
    expect(isBlank(parse('![截图](a.png)'))).toBe(false);
    expect(isBlank(parse('- :restricted[testProjectKey]'))).toBe(false);
    expect(isBlank(parse('- \n\n---\n'))).toBe(true);
  });
});
