import {describe, expect, it} from 'vitest';
import {
  type BenchResults,
  budgetLines,
  budgetRows,
  median,
  medianRun,
  type PageRun,
  renderSection,
  RESULTS_HEADER,
  table,
  updateResults,
  verdict,
} from './bench-report';

const run = (total: number, dclMs: number, lcpMs: number): PageRun => ({
  requests: 10,
  bytes: {html: 5 * 1024, js: total - 20 * 1024, css: 15 * 1024, font: 0, other: 0},
  quietBytes: total + 10 * 1024,
  dclMs,
  lcpMs,
  loadMs: dclMs + 300,
  readyMs: dclMs + 900,
});

/** Every budget line met, as on a fast site. */
function results(over: Partial<BenchResults> = {}): BenchResults {
  return {
    date: '2026-01-02',
    machine: 'Node v20, 2 核',
    profile: '慢速手机',
    pages: [
      medianRun('/', [run(100 * 1024, 800, 500)], 'home'),
      medianRun('/a/b/c/', [run(90 * 1024, 900, 600)]),
      medianRun('/q/1/', [run(90 * 1024, 900, 630)], 'short link', '/a/b/c/'),
      medianRun('/a/b/c/', [run(21 * 1024, 300, 400)], 'plain', '/a/b/c/'),
      medianRun('/', [run(150 * 1024, 2500, 2300)], 'peer', '/'),
      medianRun('/a/b/c/', [run(150 * 1024, 1500, 2300)], 'peer', '/a/b/c/'),
    ],
    search: {indexBytes: 180 * 1024, indexGzBytes: 45 * 1024, medianMs: 3, maxMs: 20, queries: 140},
    heaviest: {path: '/a/b/c/', files: [{url: 'http://127.0.0.1:1/assets/js/main.js', bytes: 100 * 1024}]},
    buildMs: 9000,
    lighthouse: {
      path: '/a/b/c/',
      scores: {performance: 99, accessibility: 100, 'best-practices': 100, seo: 100},
      failing: [],
    },
    ...over,
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });

  it('takes each figure of a page separately', () => {
    const page = medianRun('/x/', [run(100 * 1024, 900, 700), run(120 * 1024, 1000, 500), run(110 * 1024, 2000, 600)]);
    expect(page).toMatchObject({path: '/x/', runs: 3, dclMs: 1000, lcpMs: 600, loadMs: 1300});
    expect(page.bytes.js).toBe(90 * 1024);
  });
});

describe('budget', () => {
  it('passes a run within every line', () => {
    const lines = budgetLines(results());
    expect(lines).toHaveLength(14);
    expect(lines.map(verdict)).toEqual(Array(14).fill('pass'));
  });

  it('judges question pages by the worst of them, and leaves the home page out', () => {
    const slow = results({
      pages: [
        medianRun('/', [run(300 * 1024, 3000, 3000)], 'home'),
        medianRun('/a/', [run(90 * 1024, 900, 600)]),
        medianRun('/b/', [run(165 * 1024, 1201, 701)]),
      ],
    });
    const failed = budgetLines(slow).filter((l) => verdict(l) === 'fail');
    expect(failed.map((l) => [l.label, l.format(l.actual!)])).toEqual([
      ['问题页 load 前传输量 ≤ 135 KB', '165.0 KB'],
      ['问题页 load 前 JS ≤ 75 KB', '145.0 KB'],
      ['问题页网络静止前传输量 ≤ 125 KB', '175.0 KB'],
      ['问题页 LCP ≤ 700 ms', '701 ms'],
      ['问题页 DOMContentLoaded ≤ 1200 ms', '1201 ms'],
    ]);
  });

  it('fails scores below their floor and a slow build; a limit itself passes', () => {
    const r = results({
      buildMs: 15_001,
      search: {...results().search, indexGzBytes: 60 * 1024},
      lighthouse: {
        ...results().lighthouse!,
        scores: {performance: 95, accessibility: 98, 'best-practices': 94, seo: 95},
      },
    });
    const failed = budgetLines(r)
      .filter((l) => verdict(l) === 'fail')
      .map((l) => l.label);
    expect(failed).toEqual(['Lighthouse 无障碍 = 100', 'Lighthouse 最佳实践 ≥ 95', '冷构建 ≤ 15 s']);
  });

  it('compares a short link with its page, and each question page with its plain copy, within the run', () => {
    const [home, question] = results().pages;
    const r = results({
      pages: [
        home!,
        question!,
        medianRun('/q/1/', [run(90 * 1024, 900, 661)], 'short link', '/a/b/c/'),
        medianRun('/a/b/c/', [run(21 * 1024, 300, 370)], 'plain', '/a/b/c/'),
      ],
    });
    const failed = budgetLines(r).filter((l) => verdict(l) === 'fail');
    expect(failed.map((l) => [l.label, l.format(l.actual!)])).toEqual([
      ['短链接 LCP ≤ 1.1× 直接打开', '1.10×'],
      ['问题页 LCP ≤ 1.6× 纯 HTML', '1.62×'],
    ]);
    expect(budgetLines(results({pages: [home!, question!]})).filter((l) => verdict(l) === 'not measured')).toHaveLength(
      3,
    );
  });

  it("compares the median DOMContentLoaded of the question pages with the peer's same pages, not its home page", () => {
    const pages = [
      medianRun('/a/', [run(90 * 1024, 900, 600)]),
      medianRun('/b/', [run(90 * 1024, 1100, 600)]),
      medianRun('/c/', [run(90 * 1024, 1300, 600)]),
      medianRun('/', [run(150 * 1024, 100, 2300)], 'peer', '/'),
      medianRun('/a/', [run(150 * 1024, 1000, 2300)], 'peer', '/a/'),
      medianRun('/b/', [run(150 * 1024, 1500, 2300)], 'peer', '/b/'),
      medianRun('/c/', [run(150 * 1024, 3000, 2300)], 'peer', '/c/'),
    ];
    const line = budgetLines(results({pages})).find((l) => l.label.includes('VitePress'))!;
    expect([line.label, line.format(line.actual!), verdict(line)]).toEqual([
      '问题页 DOMContentLoaded ≤ 0.7× VitePress',
      '0.73×',
      'fail',
    ]);
  });

  it('marks what was skipped as not measured, not as passed', () => {
    const rows = budgetRows(results({buildMs: undefined, lighthouse: undefined}));
    expect(rows.filter((r) => r[2] === '— 未测')).toHaveLength(5);
  });

  it('refuses a run without any question page', () => {
    expect(() => budgetLines(results({pages: [medianRun('/', [run(1, 1, 1)], 'home')]}))).toThrow('没有测到任何问题页');
  });
});

describe('tables', () => {
  it('lines up the columns for the terminal, Chinese and emoji two columns wide', () => {
    expect(
      table([
        ['页面', 'KB'],
        ['✅ 达标', '1.0 KB'],
      ]).split('\n'),
    ).toEqual(['| 页面    |     KB |', '| :------ | -----: |', '| ✅ 达标 | 1.0 KB |']);
  });
});

describe('RESULTS.md', () => {
  it('renders the figures, the budget and the heaviest files', () => {
    const md = renderSection(results());
    expect(md.startsWith('## 2026-01-02\n')).toBe(true);
    expect(md).toContain(
      '| /a/b/c/ | 10 | 5.0 KB | 70.0 KB | 15.0 KB | 0.0 KB | 0.0 KB | 90.0 KB | 100.0 KB | 900 ms | 600 ms | 1200 ms |',
    );
    expect(md).toContain('| /q/1/（短链接） | 10 |');
    expect(md).toContain('| /a/b/c/（纯 HTML 副本） | 10 |');
    expect(md).toContain('| 问题页 load 前传输量 ≤ 135 KB | 90.0 KB | ✅ 达标 |');
    expect(md).toContain('| 短链接 LCP ≤ 1.1× 直接打开 | 1.05× | ✅ 达标 |');
    expect(md).toContain('| 问题页 LCP ≤ 1.6× 纯 HTML | 1.50× | ✅ 达标 |');
    expect(md).toContain('| /a/b/c/（VitePress 对照） | 10 |');
    expect(md).toContain('| 问题页 DOMContentLoaded ≤ 0.7× VitePress | 0.60× | ✅ 达标 |');
    expect(md).toContain('| 冷构建 ≤ 15 s | 9.0 s | ✅ 达标 |');
    expect(md).toContain('| /assets/js/main.js | 100.0 KB |');
    expect(md).toContain('| 合计（1 个文件） | 100.0 KB |');
    expect(md).not.toContain('未通过的审计');
    expect(md).not.toContain('未达标');
  });

  it('lists failing Lighthouse audits', () => {
    const failing = [{id: 'color-contrast', title: '对比度', category: 'accessibility', score: 0}];
    const md = renderSection(results({lighthouse: {...results().lighthouse!, failing}}));
    expect(md).toContain('| color-contrast（对比度） | accessibility | 0.00 | |');
  });

  it('names the budget lines that failed', () => {
    const md = renderSection(results({buildMs: 20_000, search: {...results().search, indexGzBytes: 61 * 1024}}));
    expect(md).toContain('未达标：搜索索引首个文件 gzip 后 ≤ 60 KB；冷构建 ≤ 15 s。');
  });

  it('puts the newest run first and replaces a run of the same day', () => {
    const first = updateResults('', '## 2026-01-01\n\nold', '2026-01-01');
    expect(first).toBe(`${RESULTS_HEADER}\n## 2026-01-01\n\nold\n`);
    const second = updateResults(first, '## 2026-01-02\n\nnew', '2026-01-02');
    expect(second.indexOf('## 2026-01-02')).toBeLessThan(second.indexOf('## 2026-01-01'));
    const again = updateResults(second, '## 2026-01-02\n\nnewer', '2026-01-02');
    expect(again).toContain('newer');
    expect(again).not.toContain('\nnew\n');
    expect(again).toContain('old');
    expect(again.match(/^## /gm)).toHaveLength(2);
  });
});
