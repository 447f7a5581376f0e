import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import remarkMenuPath from './menu-path';
import {fixtureCases, renderMarkdown} from './fixtures';

const cases = fixtureCases(fileURLToPath(new URL('./__fixtures__/menu-path', import.meta.url)));

describe('remarkMenuPath (fixtures: src/remark/__fixtures__/menu-path)', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(3);
  });

  for (const {name, markdown, html} of cases) {
    it(name, async () => {
      expect(await renderMarkdown(markdown, [remarkMenuPath])).toBe(html);
    });
  }
});
