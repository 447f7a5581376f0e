import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';

/** npm run lint:md (markdownlint-cli2 with .markdownlint-cli2.jsonc) on one fixture instead of its globs. */
function lintMarkdown(file: string) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs', '--no-globs', `scripts/__fixtures__/markdown/${file}`],
    {encoding: 'utf8'},
  );
  return {status: result.status, output: `${result.stdout}${result.stderr}`};
}

// Each case spawns markdownlint-cli2: slow on a loaded machine.
describe('Markdown style (markdownlint-cli2 configured for Chinese text)', {timeout: 30_000}, () => {
  it('accepts long unwrapped Chinese lines, headings ending in Chinese punctuation and the lists the pages use', () => {
    const {status, output} = lintMarkdown('chinese.md');
    expect(output).toContain('Linting: 1 file(s)');
    expect(output).toContain('Summary: 0 error(s)');
    expect(status).toBe(0);
  });

  it('rejects other heading, list and link styles', () => {
    const {status, output} = lintMarkdown('bad.md');
    expect(status).toBe(1);
    expect(output.match(/bad\.md:\d+(?::\d+)? error MD\d+/g)).toEqual([
      'bad.md:10 error MD003',
      'bad.md:13:1 error MD004',
      'bad.md:14:1 error MD007',
      'bad.md:17:1 error MD029',
      'bad.md:19:4 error MD034',
    ]);
  });

  // The front matter's title is the page's one h1 (MD025), and headings go down one level at a time (MD001).
  it.each([
    ['h1-in-body.md', 'h1-in-body.md:8 error MD025'],
    ['first-heading-level.md', 'first-heading-level.md:8 error MD001'],
    ['skipped-heading.md', 'skipped-heading.md:10 error MD001'],
  ])('rejects the heading levels of %s', (file, error) => {
    const {status, output} = lintMarkdown(file);
    expect(status).toBe(1);
    expect(output.match(/[\w-]+\.md:\d+(?::\d+)? error MD\d+/g)).toEqual([error]);
  });
});
