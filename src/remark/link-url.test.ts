import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import remarkLinkUrl from './link-url';
import {renderMarkdown, testFixtures} from './fixtures';

describe('remarkLinkUrl (fixtures: src/remark/__fixtures__/link-url)', () => {
  const cases = testFixtures(fileURLToPath(new URL('./__fixtures__/link-url', import.meta.url)), [remarkLinkUrl]);

  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(2);
  });

  it('prints the address once, after the link', async () => {
    const html = await renderMarkdown('[手册](https://example.com/a.pdf)', [remarkLinkUrl]);
    expect(html.match(/example\.com\/a\.pdf/g)).toHaveLength(2);
  });
});
