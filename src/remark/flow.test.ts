import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import remarkFlow from './flow';
import {fixtureCases, renderMarkdown} from './fixtures';

const cases = fixtureCases(fileURLToPath(new URL('./__fixtures__/flow', import.meta.url)));

describe('remarkFlow (fixtures: src/remark/__fixtures__/flow)', () => {
  it('has fixtures that pass and fixtures that fail', () => {
    expect(cases.filter((c) => c.html !== undefined).length).toBeGreaterThan(1);
    expect(cases.filter((c) => c.error !== undefined).length).toBeGreaterThan(1);
  });

  for (const {name, markdown, html, error} of cases) {
    it(name, async () => {
      const rendering = renderMarkdown(markdown, [remarkFlow]);
      if (error !== undefined) await expect(rendering).rejects.toThrow(error);
      else expect(await rendering).toBe(html);
    });
  }
});
