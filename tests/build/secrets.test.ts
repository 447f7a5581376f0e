import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadRestricted} from '../../src/remark/restricted';
import {buildFiles, INTERNAL_BUILD, PUBLIC_BUILD} from './site';

const values = Object.values(loadRestricted());

function filesContaining(dir: string, value: string): string[] {
  return buildFiles(dir).filter((file) => readFileSync(file).includes(value));
}

describe('restricted values (the test project key and password)', () => {
  it('are two non-empty values', () => {
    expect(values).toHaveLength(2);
    for (const v of values) expect(v.length).toBeGreaterThan(4);
  });

  it('appear in no file of the public build', () => {
    expect(buildFiles(PUBLIC_BUILD).length).toBeGreaterThan(50);
    for (const value of values) expect(filesContaining(PUBLIC_BUILD, value)).toEqual([]);
  });

  it('are replaced by a note to ask support in the public build', () => {
    const html = readFileSync(`${PUBLIC_BUILD}/hangzhou/integration/test-project/index.html`, 'utf8');
    expect(html.match(/不公开，请向技术支持索取/g)).toHaveLength(2);
  });

  it('appear on the test-project page of the internal build', () => {
    for (const value of values) {
      expect(filesContaining(INTERNAL_BUILD, value)).toContain(`${INTERNAL_BUILD}/hangzhou/integration/test-project/index.html`);
    }
  });
});
