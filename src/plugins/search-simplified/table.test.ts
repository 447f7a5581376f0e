import OpenCC from 'opencc-js';
import {describe, expect, it} from 'vitest';
import {simplifier} from '../../lib/search/simplify';
import {siteCharacters} from '.';
import {simplifiedTable} from './table';

const charactersOf = (text: string) => new Set(text.match(/\p{Unified_Ideograph}/gu));

describe('simplifiedTable', () => {
  it("converts as opencc-js does (Taiwan's and Hong Kong's forms), for texts of the given characters", () => {
    const simplified = '账号被锁定了忘记密码怎么办登录新增添加考勤机没有数据';
    const simplify = simplifier(simplifiedTable(charactersOf(simplified)));
    const taiwan = OpenCC.Converter({from: 'cn', to: 'tw'});
    const hongKong = OpenCC.Converter({from: 'cn', to: 'hk'});
    expect(taiwan(simplified)).not.toBe(simplified);
    expect(simplify(taiwan(simplified))).toBe(simplified);
    expect(simplify(hongKong(simplified))).toBe(simplified);
    // The site's own words stay, even where Taiwan says another (新增, 添加 there).
    expect(simplify('新增')).toBe('新增');
  });

  it('leaves out what leads to characters outside the set, and words its characters already convert', () => {
    const table = simplifiedTable(charactersOf('帐号锁'));
    expect(table).toMatchObject({帳: '帐', 號: '号', 鎖: '锁'});
    expect(Object.values(table).every((v) => [...v].every((c) => '帐号锁'.includes(c)))).toBe(true);
    expect(Object.keys(table)).not.toContain('帳號');
    expect(simplifiedTable(new Set())).toEqual({});
  });
});

describe('siteCharacters', () => {
  it("has the pages' characters and the search's misspellings", () => {
    const characters = siteCharacters('docs');
    expect(characters.size).toBeGreaterThan(400);
    for (const c of '实名制考勤帐') expect(characters, c).toContain(c);
  });
});
