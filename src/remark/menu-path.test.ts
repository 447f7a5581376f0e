import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import remarkMenuPath from './menu-path';
import {testFixtures} from './fixtures';

describe('remarkMenuPath (fixtures: src/remark/__fixtures__/menu-path)', () => {
  const cases = testFixtures(fileURLToPath(new URL('./__fixtures__/menu-path', import.meta.url)), [remarkMenuPath]);

  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(3);
  });
});
