import {describe, expect, it} from 'vitest';
import {simplifier} from './simplify';

describe('simplifier', () => {
  const simplify = simplifier({帳: '帐', 號: '号', 鎖: '锁', 乾淨: '干净', 登入: '登录'});

  it('converts characters and words of the table, and leaves the rest as it is', () => {
    expect(simplify('帳號被鎖定了')).toBe('帐号被锁定了');
    expect(simplify('ctrl+shift 清缓存')).toBe('ctrl+shift 清缓存');
  });

  it('prefers the longest word of the table (登入 → 登录, not 登 + 入)', () => {
    expect(simplify('無法登入')).toBe('無法登录');
    expect(simplify('乾淨')).toBe('干净');
    expect(simplify('乾')).toBe('乾');
  });

  it('knows no word that is not in the table, even one that an object has (constructor)', () => {
    expect(simplify('constructor toString __proto__')).toBe('constructor toString __proto__');
    expect(simplifier({})('帳號')).toBe('帳號');
  });
});
