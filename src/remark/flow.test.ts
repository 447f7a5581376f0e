import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import remarkFlow from './flow';
import {testFixtures} from './fixtures';

describe('remarkFlow (fixtures: src/remark/__fixtures__/flow)', () => {
  const cases = testFixtures(fileURLToPath(new URL('./__fixtures__/flow', import.meta.url)), [remarkFlow]);

  it('has fixtures that pass and fixtures that fail', () => {
    expect(cases.filter((c) => c.html !== undefined).length).toBeGreaterThan(1);
    expect(cases.filter((c) => c.error !== undefined).length).toBeGreaterThan(1);
  });
});
