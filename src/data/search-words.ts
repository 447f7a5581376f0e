/**
 * Common misspellings and other wordings in search queries → the word the
 * answers use. Applied to what a reader types, before searching. Synonyms
 * that belong to one question go in that question's `keywords` instead.
 * Tune on bench/search-queries.json only, never on bench/search-heldout.json.
 */
export const searchSynonyms: Record<string, string> = {
  登陆: '登录',
  帐号: '账号',
  帐户: '账号',
  账户: '账号',
  考情: '考勤',
  秘钥: '密钥',
  肖山: '萧山',
  品名: '品茗',
  再场: '在场',
  清楚缓存: '清除缓存',
  工地吗: '工地码',
  二维吗: '二维码',
  实明制: '实名制',
  参见单位: '参建单位',
};

/**
 * Words of chat that carry little meaning for finding an answer (怎么, 一直).
 * They still count, with a small weight, so that they never decide a result.
 */
export const searchFillerWords: string[] = [
  '怎么',
  '怎么办',
  '怎样',
  '如何',
  '什么',
  '为什么',
  '是什么',
  '哪里',
  '哪个',
  '在哪',
  '在哪里',
  '一个',
  '一直',
  '已经',
  '可以',
  '不能',
  '不了',
  '还是',
  '的话',
  '时候',
  '这个',
  '那个',
  '这样',
  '请问',
  '问下',
  '问一下',
  '我们',
  '你们',
  '他们',
  '我的',
  '现在',
  '需要',
  '知道',
  '一下',
  '出现',
  '显示',
];
