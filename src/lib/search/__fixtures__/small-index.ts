import lunr from 'lunr';

/**
 * A small index in the search plugin's format. Texts are given already cut
 * into words with spaces, as jieba would cut them at build time.
 */
export type Page = {url: string; title: string; description: string; keywords: string; content: string; crumbs: string[]};

export function buildIndex(pages: Page[]) {
  const field = (docs: {i: number; t: string}[]) =>
    lunr(function () {
      // Like the plugin's Chinese pipeline: no English trimmer, which would strip CJK.
      this.pipeline.reset();
      this.pipeline.add(lunr.stemmer);
      this.searchPipeline.reset();
      this.searchPipeline.add(lunr.stemmer);
      this.ref('i');
      this.field('t');
      this.metadataWhitelist = ['position'];
      for (const d of docs) this.add({i: String(d.i), t: d.t});
    });
  const titles = pages.map((p, n) => ({i: n + 1, t: p.title, u: p.url, b: p.crumbs}));
  const described = pages.map((p, n) => ({i: n + 1, t: p.description, s: p.title, u: p.url, p: n + 1}));
  const keywords = pages.map((p, n) => ({i: n + 1, t: p.keywords, s: p.title, u: p.url, p: n + 1}));
  const content = pages.map((p, n) => ({i: 100 + n, t: p.content, s: p.title, u: p.url, h: '', p: n + 1}));
  // The index holds the words; the documents hold the text as written, without the cuts.
  const uncut = (text: string) => text.replace(/(?<=\p{Unified_Ideograph}) (?=\p{Unified_Ideograph})/gu, '');
  return [titles, [], described, keywords, content].map((documents) => ({
    documents: documents.map((d) => ({...d, t: uncut(d.t)})),
    index: field(documents).toJSON(),
  }));
}

export const pages: Page[] = [
  {
    url: '/hangzhou/login/reset-password/',
    title: '杭州市 实名制 重置 密码 说明',
    description: '企业 密码 由 建管站 重置',
    keywords: '忘记 密码 , 找回 密码',
    content: '施工 分包 单位 企业 密码 重置 外地 企业 联系 建管站',
    crumbs: ['杭州实名制', '杭州实名制', '登录类问题'],
  },
  {
    url: '/hangzhou/login/accounts/',
    title: '杭州市 实名制 平台 账号 说明',
    description: '三类 账号',
    keywords: '账号 , 初始密码',
    content: '企业 账号 登录名 统一社会信用代码 初始密码 后 六位',
    crumbs: ['杭州实名制', '登录类问题'],
  },
  {
    url: '/hangzhou/stats/attendance-rate/',
    title: '考勤率 有 考勤 人员 在场 人员',
    description: '考勤率 等于 有 考勤 人员 除以 在场 人员',
    keywords: '考勤率 , 出勤率',
    content: '有 考勤 人员 在场 人员 推送 考勤 数据',
    crumbs: ['杭州实名制', '统计问题'],
  },
  {
    url: '/xiaoshan/personnel/xs-support/',
    title: '用户服务 萧山云平台 使用 用户',
    description: '品茗 技术 服务 团队',
    keywords: 'qq 群 , 分机',
    content: '咨询 固话 0571 56035577 8044 分机号',
    crumbs: ['萧山云平台', '关键人员、实名制问题'],
  },
];

