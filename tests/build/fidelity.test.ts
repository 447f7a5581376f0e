import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkFidelity, type TypoFix} from '../../scripts/content/fidelity';
import {builtDocPages, INTERNAL_BUILD, testRestrictedValues} from './site';

/**
 * The only differences from the seed that the site may have: obvious typos
 * and structure slips, each listed here. (tests/build/seed.md is the seed with the two restricted
 * values replaced by :restricted[...] references; npm test builds the
 * internal build with fake values, put back here in their place.)
 */
const TYPO_FIXES: TypoFix[] = [
  {from: '参见单位', to: '参建单位'},
  {from: '参见类型', to: '参建类型'},
  {from: '考情数据', to: '考勤数据'},
  {from: '""密钥""', to: '"密钥"'},
  {from: '早与退场时间', to: '早于退场时间'},
  {from: '缓存了一下资源', to: '缓存了一些资源'},
  {from: '来判断时候复工', to: '来判断是否复工'},
  {from: '及系统展示的', to: '即系统展示的'},
  // Structure: 手动退场 was written twice, 手动进场 nested under the first; now two items side by side.
  {
    from: '  - 杭州市手动退场：【项目报备】【班组信息】在场人员，可进行手动退场\n    - 杭州市手动进场',
    to: '    - 杭州市手动进场',
  },
];

function seedWithValues(): string {
  const values = testRestrictedValues();
  return readFileSync('tests/build/seed.md', 'utf8').replace(/:restricted\[(\w+)\]/g, (_, name: string) => values[name]!);
}

describe('fidelity to the seed (internal build, which shows every value)', () => {
  it('has every seed line on its question page, in order, and every question as a page', () => {
    const pages = builtDocPages(INTERNAL_BUILD);
    expect(pages.length).toBeGreaterThan(30);
    expect(checkFidelity(seedWithValues(), pages, TYPO_FIXES)).toEqual([]);
  });
});
