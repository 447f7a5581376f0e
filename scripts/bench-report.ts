// Own code: the budget verdicts and bench/RESULTS.md are this project's format; the tables are markdown-table's.
/**
 * The pure half of npm run bench (scripts/bench.ts): medians, the budget of
 * issue 6 and its pass/fail, the printed tables and bench/RESULTS.md.
 */
import {markdownTable} from 'markdown-table';
import stringWidth from 'string-width';
import {BUDGET, kb, type Scores} from './budget';
import {type Kind, KINDS, zeroByKind} from './page-weight';

/**
 * One page load on the slow-phone profile, sizes in bytes (before load, and
 * until the network is quiet), times in ms; `readyMs`: when the app had
 * hydrated the page (Docusaurus's data-has-hydrated), NaN for a page without.
 */
export type PageRun = {
  requests: number;
  bytes: Record<Kind, number>;
  quietBytes: number;
  dclMs: number;
  lcpMs: number;
  loadMs: number;
  readyMs: number;
};
/**
 * What a measured page is: the home page, a question page, a short link to
 * the first question page, a plain-HTML copy of a question page's answer
 * (no scripts, a few lines of CSS: the physical limit), or the same page of
 * the VitePress peer (scripts/bench-peer.ts).
 */
export type PageKind = 'home' | 'question' | 'short link' | 'plain' | 'peer';
/** `of`: the page of ours a short link, a plain copy or a peer page stands for. */
export type PageResult = PageRun & {path: string; kind: PageKind; of?: string; runs: number};

export type FailingAudit = {id: string; title: string; category: string; score: number; displayValue?: string};

export type BenchResults = {
  date: string;
  machine: string;
  profile: string;
  pages: PageResult[];
  search: {indexBytes: number; indexGzBytes: number; medianMs: number; maxMs: number; queries: number};
  /** The heaviest question page's files (gzipped bytes from the build), heaviest first. */
  heaviest: {path: string; files: {url: string; bytes: number}[]};
  buildMs?: number;
  lighthouse?: {path: string; scores: Scores; failing: FailingAudit[]};
};

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each figure's median over the runs of one page (not the median run). */
export function medianRun(path: string, runs: PageRun[], kind: PageKind = 'question', standsFor?: string): PageResult {
  const of = (pick: (r: PageRun) => number) => median(runs.map(pick));
  const bytes = zeroByKind();
  for (const k of KINDS) bytes[k] = of((r) => r.bytes[k]);
  return {
    path,
    kind,
    ...(standsFor === undefined ? {} : {of: standsFor}),
    runs: runs.length,
    requests: of((r) => r.requests),
    bytes,
    quietBytes: of((r) => r.quietBytes),
    dclMs: of((r) => r.dclMs),
    lcpMs: of((r) => r.lcpMs),
    loadMs: of((r) => r.loadMs),
    readyMs: of((r) => r.readyMs),
  };
}

export const totalBytes = (bytes: Record<Kind, number>) => KINDS.reduce((sum, k) => sum + bytes[k], 0);
export const ms = (value: number) => `${Math.round(value)} ms`;
export const buildText = (buildMs?: number) =>
  buildMs === undefined ? '未测（--no-build）' : `${(buildMs / 1000).toFixed(1)} s`;

/** First column left, figures right; `terminal`: padded to line up, Chinese and emoji two columns wide. */
export function table(rows: string[][], terminal = true): string {
  const align = rows[0]!.map((_, i) => (i === 0 ? 'l' : 'r'));
  return terminal
    ? markdownTable(rows, {align, stringLength: stringWidth})
    : markdownTable(rows, {align, alignDelimiters: false});
}

const KIND_TEXT: Record<PageKind, string> = {
  home: '',
  question: '',
  'short link': '（短链接）',
  plain: '（纯 HTML 副本）',
  peer: '（VitePress 对照）',
};

export function pageRows(pages: PageResult[]): string[][] {
  return [
    [
      '页面',
      '请求',
      'HTML',
      'JS',
      'CSS',
      '字体',
      '其他',
      'load 前合计',
      '静止前合计',
      'DCL',
      'LCP',
      'load',
      '应用就绪',
    ],
    ...pages.map((p) => [
      p.path + KIND_TEXT[p.kind],
      String(p.requests),
      ...KINDS.map((k) => kb(p.bytes[k])),
      kb(totalBytes(p.bytes)),
      kb(p.quietBytes),
      ms(p.dclMs),
      ms(p.lcpMs),
      ms(p.loadMs),
      Number.isFinite(p.readyMs) ? ms(p.readyMs) : '—',
    ]),
  ];
}

export type BudgetLine = {
  label: string;
  actual?: number;
  limit: number;
  atLeast?: boolean;
  format: (n: number) => string;
};
export type Verdict = 'pass' | 'fail' | 'not measured';

export const isQuestionPage = (p: PageResult) => p.kind === 'question';
const ratio = (n: number) => `${n.toFixed(2)}×`;

/** The worst LCP of a page of `kind` over that of the question page it stands for. */
export function lcpRatio(pages: PageResult[], kind: 'short link' | 'plain'): number | undefined {
  const ratios = pages
    .filter((p) => p.kind === kind)
    .flatMap((p) => {
      const question = pages.find((q) => isQuestionPage(q) && q.path === p.of);
      if (!question) return [];
      return [kind === 'short link' ? p.lcpMs / question.lcpMs : question.lcpMs / p.lcpMs];
    });
  return ratios.length > 0 ? Math.max(...ratios) : undefined;
}

/** The median DCL of our question pages over that of the peer's same pages, in one run. */
export function peerDclRatio(pages: PageResult[]): number | undefined {
  const ours = pages.filter(isQuestionPage);
  const peer = pages.filter((p) => p.kind === 'peer' && ours.some((q) => q.path === p.of));
  return peer.length > 0 ? median(ours.map((p) => p.dclMs)) / median(peer.map((p) => p.dclMs)) : undefined;
}

/** Issues 6 and 17's budget; a question-page line holds for the worst of the question pages. */
export function budgetLines(r: BenchResults): BudgetLine[] {
  const questions = r.pages.filter(isQuestionPage);
  if (questions.length === 0) throw new Error('没有测到任何问题页');
  const figures = questions.map((p) => ({
    bytes: totalBytes(p.bytes),
    js: p.bytes.js,
    quiet: p.quietBytes,
    lcp: p.lcpMs,
    dcl: p.dclMs,
  }));
  const worst = (key: keyof (typeof figures)[number]) => Math.max(...figures.map((f) => f[key]));
  const line = (label: string, limit: number, format: (n: number) => string, actual?: number): BudgetLine => ({
    label,
    limit,
    format,
    actual,
  });
  const lighthouse = (label: string, key: keyof Scores): BudgetLine => ({
    ...line(label, BUDGET.scores[key], String, r.lighthouse?.scores[key]),
    atLeast: true,
  });
  return [
    line(`问题页 load 前传输量 ≤ ${BUDGET.questionPageBytes / 1024} KB`, BUDGET.questionPageBytes, kb, worst('bytes')),
    line(`问题页 load 前 JS ≤ ${BUDGET.questionPageJsBytes / 1024} KB`, BUDGET.questionPageJsBytes, kb, worst('js')),
    line(
      `问题页网络静止前传输量 ≤ ${BUDGET.questionPageQuietBytes / 1024} KB`,
      BUDGET.questionPageQuietBytes,
      kb,
      worst('quiet'),
    ),
    line(
      `短链接 LCP ≤ ${BUDGET.shortLinkLcpRatio}× 直接打开`,
      BUDGET.shortLinkLcpRatio,
      ratio,
      lcpRatio(r.pages, 'short link'),
    ),
    line(`问题页 LCP ≤ ${BUDGET.plainLcpRatio}× 纯 HTML`, BUDGET.plainLcpRatio, ratio, lcpRatio(r.pages, 'plain')),
    line('问题页 LCP ≤ 700 ms', BUDGET.lcpMs, ms, worst('lcp')),
    line('问题页 DOMContentLoaded ≤ 1200 ms', BUDGET.dclMs, ms, worst('dcl')),
    line(
      `问题页 DOMContentLoaded ≤ ${BUDGET.peerDclRatio}× VitePress`,
      BUDGET.peerDclRatio,
      ratio,
      peerDclRatio(r.pages),
    ),
    line('搜索索引首个文件 gzip 后 ≤ 60 KB', BUDGET.indexGzBytes, kb, r.search.indexGzBytes),
    lighthouse('Lighthouse 性能 ≥ 95', 'performance'),
    lighthouse('Lighthouse 无障碍 = 100', 'accessibility'),
    lighthouse('Lighthouse 最佳实践 ≥ 95', 'best-practices'),
    lighthouse('Lighthouse SEO ≥ 95', 'seo'),
    line('冷构建 ≤ 15 s', BUDGET.buildMs, buildText, r.buildMs),
  ];
}

export function verdict(line: BudgetLine): Verdict {
  if (line.actual === undefined) return 'not measured';
  return (line.atLeast ? line.actual >= line.limit : line.actual <= line.limit) ? 'pass' : 'fail';
}

const VERDICT_TEXT: Record<Verdict, string> = {pass: '✅ 达标', fail: '❌ 未达标', 'not measured': '— 未测'};

export function budgetRows(r: BenchResults): string[][] {
  return [
    ['预算', '实测', '结果'],
    ...budgetLines(r).map((line) => [
      line.label,
      line.actual === undefined ? '—' : line.format(line.actual),
      VERDICT_TEXT[verdict(line)],
    ]),
  ];
}

export function searchRows(r: BenchResults): string[][] {
  const s = r.search;
  return [
    ['搜索', ''],
    ['索引首个文件（search-meta.json）', `${kb(s.indexBytes)}（gzip 后 ${kb(s.indexGzBytes)}）`],
    [`按键到结果（${s.queries} 个查询，不限速）`, `中位 ${s.medianMs.toFixed(1)} ms，最长 ${s.maxMs.toFixed(1)} ms`],
  ];
}

export function lighthouseRows(lh: NonNullable<BenchResults['lighthouse']>): string[][] {
  return [
    ['Lighthouse 分类', '得分'],
    ...(Object.keys(lh.scores) as (keyof Scores)[]).map((k) => [k, String(lh.scores[k])]),
  ];
}

export function failingRows(failing: FailingAudit[]): string[][] {
  return [
    ['未通过的审计（权重 > 0）', '分类', '得分', '值'],
    ...failing.map((a) => [`${a.id}（${a.title}）`, a.category, a.score.toFixed(2), a.displayValue ?? '']),
  ];
}

/** How many of the heaviest page's files the table lists. */
const HEAVIEST_SHOWN = 10;

export function heaviestRows(h: BenchResults['heaviest']): string[][] {
  return [
    [`${h.path} 加载的文件（gzip，按构建文件计）`, '大小'],
    ...h.files.slice(0, HEAVIEST_SHOWN).map((f) => [new URL(f.url).pathname, kb(f.bytes)]),
    [`合计（${h.files.length} 个文件）`, kb(h.files.reduce((sum, f) => sum + f.bytes, 0))],
  ];
}

/** One run's section of bench/RESULTS.md, headed by its date. */
export function renderSection(r: BenchResults): string {
  const md = (rows: string[][]) => table(rows, false);
  const out = [
    `## ${r.date}`,
    '',
    `机器：${r.machine}`,
    '',
    `条件：${r.profile}`,
    '',
    '### 页面（每页中位数）',
    '',
    md(pageRows(r.pages)),
    '',
    '### 搜索',
    '',
    md(searchRows(r)),
    '',
    `### 冷构建`,
    '',
    buildText(r.buildMs),
    '',
  ];
  if (r.lighthouse) {
    out.push(`### Lighthouse（${r.lighthouse.path}，移动端预设）`, '', md(lighthouseRows(r.lighthouse)), '');
    if (r.lighthouse.failing.length > 0) out.push(md(failingRows(r.lighthouse.failing)), '');
  }
  out.push('### 预算', '', md(budgetRows(r)), '');
  const failed = budgetLines(r).filter((line) => verdict(line) === 'fail');
  if (failed.length > 0) out.push(`未达标：${failed.map((line) => line.label).join('；')}。`, '');
  out.push('### 最重的问题页', '', md(heaviestRows(r.heaviest)), '');
  return out.join('\n');
}

export const RESULTS_HEADER = `# 性能基准结果

由 \`npm run bench -- --record\` 写入（scripts/bench.ts）。最新的在最前面；同一天再测会替换当天的一节。
时间（DCL、LCP、Lighthouse 性能分、构建时间）随机器负载浮动：“机器”一行记下了开始时的负载，比较时请看它。
`;

/** Puts a run's section first, replacing an earlier section of the same date. */
export function updateResults(existing: string, section: string, date: string): string {
  const sections = existing
    .split(/^(?=## \d{4}-\d{2}-\d{2}\s*$)/m)
    .filter((s) => /^## \d{4}-\d{2}-\d{2}/.test(s) && !s.startsWith(`## ${date}`))
    .map((s) => s.trimEnd());
  return [RESULTS_HEADER.trimEnd(), section.trimEnd(), ...sections].join('\n\n') + '\n';
}
