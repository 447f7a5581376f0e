import {fileURLToPath} from 'node:url';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import type {Root} from 'mdast';
import {describe, expect, it} from 'vitest';
import remarkRestricted from './restricted';

const valuesFile = fileURLToPath(new URL('./__fixtures__/restricted-values.json', import.meta.url));
const namesFile = fileURLToPath(new URL('./__fixtures__/restricted-names.json', import.meta.url));
const markdown = '- 密钥：:restricted[secretKey]\n- 密码：:restricted[secretPassword]\n';

function run(source: string, internal: boolean): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkRestricted, {namesFile, valuesFile, internal, publicNote: '（请向技术支持索取）'});
  const tree = processor.runSync(processor.parse(source), {path: 'docs/x.md'}) as Root;
  return JSON.stringify(tree);
}

describe('remarkRestricted', () => {
  it('puts the values in the internal build', () => {
    const tree = run(markdown, true);
    expect(tree).toContain('"type":"inlineCode","value":"KEY-123"');
    expect(tree).toContain('"value":"PW-456"');
  });

  it('puts the note, and never the values, in the public build', () => {
    const tree = run(markdown, false);
    expect(tree).not.toContain('KEY-123');
    expect(tree).not.toContain('PW-456');
    expect(tree.match(/（请向技术支持索取）/g)).toHaveLength(2);
  });

  it('names the file and line of an unknown value', () => {
    expect(() => run('第一行\n\n密钥：:restricted[nope]\n', false)).toThrow(
      'docs/x.md:3: 受限值 :restricted[nope] 不存在',
    );
  });

  it('leaves other directives alone', () => {
    expect(run('时间 10:30 和 :other[x]', false)).toContain('"name":"other"');
  });
});
