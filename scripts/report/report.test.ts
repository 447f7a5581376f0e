import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {readLog} from './report';
import {Tally, type SiteQuestion} from './tally';
import {summarize, terminalText, type Suggest} from './summary';
import {reportHtml} from './html';

// A day of an intranet server's log: readers, a bot, broken lines, a hostile query (see the comments in the fixture's maker).
const FIXTURE = path.join(__dirname, '__fixtures__', 'access.txt');
const QUESTIONS: SiteQuestion[] = [
  {n: 12, title: '杭州市实名制重置密码说明', paths: ['/hangzhou/login/reset-password/']},
  {n: 30, title: '工地码无法扫码', paths: ['/hangzhou/site-code/old/', '/hangzhou/site-code/scan/']},
];
const suggest: Suggest = (query) =>
  query === '工地码扫不出来' ? [{n: 30, title: '工地码无法扫码', path: '/hangzhou/site-code/scan/'}] : [];

async function summaryOf(file: string) {
  const tally = new Tally(QUESTIONS);
  await readLog(file, tally, false);
  return summarize(tally, [path.basename(file)], suggest);
}

describe('npm run report over a log', () => {
  it('counts events, page views and short links; skips bots, failed requests and malformed lines, naming them', async () => {
    const s = await summaryOf(FIXTURE);
    expect(s.lines).toBe(20);
    expect(s.malformed).toBe(2);
    expect(s.malformedAt).toEqual(['access.txt:16', 'access.txt:17']);
    // Baiduspider, Googlebot and the TLS handshake's "-".
    expect(s.bots).toBe(3);
    expect(s.events).toBe(10);
    expect(s.first).toBe(Date.UTC(2026, 11, 2, 1, 15, 1));
    expect(s.last).toBe(Date.UTC(2026, 11, 2, 1, 15, 13));
    expect(s.views).toEqual([{n: 12, question: QUESTIONS[0], pages: 2, shortLinks: 1}]);
  });

  it('lists zero-result searches most frequent first, with what the engine suggests now; Chinese decoded', async () => {
    const s = await summaryOf(FIXTURE);
    expect(s.zeroResults.map((z) => [z.query, z.zero, z.suggestions.map((g) => g.n)])).toEqual([
      ['工地码扫不出来', 2, [30]],
      ['<script>alert(1)</script>', 1, []],
    ]);
    expect(s.notOpened.map((n) => [n.query, n.unopened])).toEqual([['考勤', 1]]);
    expect(s.totals).toEqual({up: 1, down: 1, searches: 5, zeroSearches: 3});
  });

  it('tells votes with reasons, and copies, per question', async () => {
    const s = await summaryOf(FIXTURE);
    expect(s.votes).toEqual([
      {n: 12, question: QUESTIONS[0], up: 1, down: 1, reasons: {missing: 0, unclear: 0, outdated: 1, other: 0}},
    ]);
    expect(s.copies).toEqual([{n: 12, question: QUESTIONS[0], link: 1, reply: 1, fromSearch: 1}]);
  });

  it('reads a rotated .gz log the same as the plain one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'faq-report-'));
    const gz = path.join(dir, 'access.log.2.gz');
    writeFileSync(gz, gzipSync(readFileSync(FIXTURE)));
    const [plain, zipped] = [await summaryOf(FIXTURE), await summaryOf(gz)];
    expect({...zipped, files: [], malformedAt: []}).toEqual({...plain, files: [], malformedAt: []});
  });

  it('escapes every logged string in the HTML page, which runs and loads nothing', async () => {
    const html = reportHtml(await summaryOf(FIXTURE));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('工地码扫不出来');
    expect(html).toContain('内容过时 1');
  });

  it('sums up in the terminal: zero-result searches and the 有帮助 / 没帮助 counts', async () => {
    const text = terminalText(await summaryOf(FIXTURE), '/tmp/usage-report.html');
    expect(text).toContain('评价：有帮助 1，没帮助 1');
    expect(text).toMatch(/2 次 {2}工地码扫不出来 {2}（现在排第一：工地码无法扫码）/);
    expect(text).toContain('跳过格式不对的 2 行（例如 access.txt:16、access.txt:17）');
    expect(text).toContain('报告：/tmp/usage-report.html');
  });
});
