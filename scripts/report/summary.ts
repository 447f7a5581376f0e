import {VOTE_REASONS, type VoteReason} from '../../src/lib/events/encode';
import type {CopyTally, SearchTally, SiteQuestion, Tally, ViewTally, VoteTally} from './tally';

/** A question the search engine finds now for a query. */
export type Suggestion = {n: number | null; title: string; path: string};
export type Suggest = (query: string) => Suggestion[];

/** What the report says, worked out from a tally: the same for the HTML page and the terminal. */
export type Summary = Pick<Tally, 'lines' | 'events' | 'malformed' | 'malformedAt' | 'bots' | 'pageViews'> & {
  files: string[];
  first: number | null;
  last: number | null;
  totals: {up: number; down: number; searches: number; zeroSearches: number};
  zeroResults: (SearchTally & {suggestions: Suggestion[]})[];
  /** Searches with results of which none was opened, `unopened` times. */
  notOpened: (SearchTally & {unopened: number})[];
  votes: (VoteTally & {question: SiteQuestion | null; n: number})[];
  views: (ViewTally & {question: SiteQuestion | null; n: number})[];
  copies: (CopyTally & {question: SiteQuestion | null; n: number})[];
};

export function summarize(tally: Tally, files: string[], suggest: Suggest): Summary {
  const questionOf = (n: number) => tally.questions.find((q) => q.n === n) ?? null;
  const searches = [...tally.searches.values()];
  const perQuestion = <T>(map: Map<number, T>) => [...map].map(([n, t]) => ({...t, n, question: questionOf(n)}));
  const votes = perQuestion(tally.votes);
  return {
    files,
    lines: tally.lines,
    events: tally.events,
    malformed: tally.malformed,
    malformedAt: tally.malformedAt,
    bots: tally.bots,
    pageViews: tally.pageViews,
    first: Number.isFinite(tally.first) ? tally.first : null,
    last: Number.isFinite(tally.last) ? tally.last : null,
    totals: {
      up: votes.reduce((sum, v) => sum + v.up, 0),
      down: votes.reduce((sum, v) => sum + v.down, 0),
      searches: searches.reduce((sum, s) => sum + s.times, 0),
      zeroSearches: searches.reduce((sum, s) => sum + s.zero, 0),
    },
    zeroResults: searches
      .filter((s) => s.zero > 0)
      .sort((a, b) => b.zero - a.zero || a.query.localeCompare(b.query))
      .map((s) => ({...s, suggestions: suggest(s.query)})),
    notOpened: searches
      .map((s) => ({...s, unopened: s.times - s.zero - s.opened}))
      .filter((s) => s.unopened > 0)
      .sort((a, b) => b.unopened - a.unopened || a.query.localeCompare(b.query)),
    votes: votes.sort((a, b) => b.down - a.down || b.up - a.up || a.n - b.n),
    views: perQuestion(tally.views).sort((a, b) => b.pages + b.shortLinks - (a.pages + a.shortLinks) || a.n - b.n),
    copies: perQuestion(tally.copies).sort((a, b) => b.link + b.reply - (a.link + a.reply) || a.n - b.n),
  };
}

/** 没找到我要的 2，内容过时 1 */
export function reasonsText(reasons: Record<VoteReason, number>): string {
  return (Object.entries(reasons) as [VoteReason, number][])
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${VOTE_REASONS[reason]} ${count}`)
    .join('，');
}

/** Beijing time, as the support team reads it: 2026-12-02 21:27. */
export function timeText(time: number): string {
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const TOP = 10;

/** The terminal's summary: what to fix this week. */
export function terminalText(s: Summary, out: string): string {
  const lines = [
    s.first === null ? '日志里没有网站的使用记录。' : `时间：${timeText(s.first)} 至 ${timeText(s.last!)}（北京时间）`,
    `读了 ${s.lines} 行：使用记录 ${s.events} 条，问题页打开 ${s.pageViews} 次，跳过爬虫 ${s.bots} 行，跳过格式不对的 ${s.malformed} 行` +
      (s.malformedAt.length > 0 ? `（例如 ${s.malformedAt.join('、')}）` : ''),
    `评价：有帮助 ${s.totals.up}，没帮助 ${s.totals.down}`,
    `搜索：${s.totals.searches} 次，其中没有结果 ${s.totals.zeroSearches} 次`,
  ];
  if (s.zeroResults.length > 0) {
    lines.push('', `最常见的没有结果的搜索（前 ${Math.min(TOP, s.zeroResults.length)} 个）：`);
    for (const z of s.zeroResults.slice(0, TOP)) {
      const now = z.suggestions.length > 0 ? `现在排第一：${z.suggestions[0]!.title}` : '现在仍搜不到';
      lines.push(`  ${z.zero} 次  ${z.query}  （${now}）`);
    }
  }
  const unhelpful = s.votes.filter((v) => v.down > 0).slice(0, TOP);
  if (unhelpful.length > 0) {
    lines.push('', '“没帮助”最多的答复：');
    for (const v of unhelpful) {
      const reasons = reasonsText(v.reasons);
      lines.push(
        `  没帮助 ${v.down} / 有帮助 ${v.up}  ${v.question?.title ?? `/q/${v.n}/`}${reasons ? `（${reasons}）` : ''}`,
      );
    }
  }
  lines.push('', `报告：${out}`);
  return lines.join('\n');
}
