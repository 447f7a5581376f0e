import OpenCC from 'opencc-js';
import {simplifier, type SimplifiedTable} from '../../lib/search/simplify';

/**
 * Taiwan's and Hong Kong's characters, to simplified. Not their idioms
 * (twp, hkp): those rewrite words that simplified Chinese uses too (新增 → 添加).
 */
const CONVERTERS = [
  OpenCC.ConverterFactory(OpenCC.Locale.from.tw!, OpenCC.Locale.to.cn!),
  OpenCC.ConverterFactory(OpenCC.Locale.from.hk!, OpenCC.Locale.to.cn!),
];

/** Every source word or character of opencc-js's dictionaries for those conversions. */
function dictionaryKeys(): Set<string> {
  const groups = [OpenCC.Locale.from.tw!, OpenCC.Locale.from.hk!, OpenCC.Locale.to.cn!].flat(2);
  const keys = new Set<string>();
  for (const dict of groups) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((pair) => pair.split(' ')) : dict;
    for (const [from] of pairs) if (from) keys.add(from);
  }
  return keys;
}

/**
 * What opencc-js makes of `key`, if that is a text of `characters` only and
 * `key` is not (a reader who types the site's own characters means them).
 */
function convertWithin(key: string, characters: Set<string>): string | undefined {
  if ([...key].every((c) => characters.has(c))) return undefined;
  for (const convert of CONVERTERS) {
    const simplified = convert(key);
    if (simplified !== key && [...simplified].every((c) => characters.has(c))) return simplified;
  }
  return undefined;
}

/**
 * The traditional words and characters that opencc-js converts to a text of
 * `characters` only: what a query needs converted to match the site's pages.
 * A word is kept only where its characters, converted one by one, would
 * give another text (乾淨 → 干净, where 乾 alone stays 乾).
 */
export function simplifiedTable(characters: Set<string>): SimplifiedTable {
  const keys = [...dictionaryKeys()];
  const table: SimplifiedTable = {};
  for (const key of keys.filter((k) => [...k].length === 1)) {
    const simplified = convertWithin(key, characters);
    if (simplified) table[key] = simplified;
  }
  const byCharacter = simplifier({...table});
  for (const key of keys.filter((k) => [...k].length > 1)) {
    const simplified = convertWithin(key, characters);
    if (simplified && byCharacter(key) !== simplified) table[key] = simplified;
  }
  return table;
}
