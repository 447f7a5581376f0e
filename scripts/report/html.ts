import type {SiteQuestion} from './tally';
import {reasonsText, timeText, type Summary} from './summary';

/** Every logged string goes through this: a query may hold anything, <script> included. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);
}

const STYLE = `
body{font:15px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem 3rem;color:#1c1e21}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:2rem 0 .25rem}
p.hint{margin:.25rem 0 .75rem;color:#555}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{border:1px solid #ddd;border-radius:8px;padding:.4rem .8rem;min-width:6rem}
.card b{display:block;font-size:1.5rem}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #e3e3e3;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f6f7;font-weight:600;white-space:nowrap}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.b{width:25%}
.bar{display:block;height:.8rem;background:#2e8555;border-radius:2px;min-width:2px}
.bar.down{background:#c0392b}
.path{color:#666;font-size:.85em}
.none{color:#888}
ul.s{margin:0;padding-left:1.1rem}
`;

const question = (q: SiteQuestion | null, n: number) =>
  q ? `${escapeHtml(q.title)} <span class="path">/q/${n}/</span>` : `<span class="none">/q/${n}/（已不存在）</span>`;

const bar = (value: number, max: number, kind = '') =>
  `<span class="bar${kind ? ` ${kind}` : ''}" style="width:${max > 0 ? Math.round((100 * value) / max) : 0}%"></span>`;

function table(head: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="none">${empty}</p>`;
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const tr = rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}
const td = (html: string) => `<td>${html}</td>`;
/** The cell of a bar chart. */
const tdBar = (html: string) => `<td class="b">${html}</td>`;
const num = (n: number) => `<td class="num">${n}</td>`;

/** The report as one HTML file: no script, no request out (its policy forbids them). */
export function reportHtml(s: Summary): string {
  const range =
    s.first === null ? '日志里没有网站的使用记录' : `${timeText(s.first)} 至 ${timeText(s.last!)}（北京时间）`;
  const maxZero = Math.max(0, ...s.zeroResults.map((z) => z.zero));
  const maxVotes = Math.max(0, ...s.votes.map((v) => v.up + v.down));
  const maxViews = Math.max(0, ...s.views.map((v) => v.pages + v.shortLinks));
  const cards: [string, number][] = [
    ['搜索', s.totals.searches],
    ['没有结果的搜索', s.totals.zeroSearches],
    ['有帮助', s.totals.up],
    ['没帮助', s.totals.down],
    ['问题页打开', s.pageViews],
    ['使用记录', s.events],
  ];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>常见问题网站使用报告</title>
<style>${STYLE}</style>
</head>
<body>
<h1>常见问题网站使用报告</h1>
<p class="hint">时间：${escapeHtml(range)}。日志：${s.files.map(escapeHtml).join('、')}。</p>
<div class="cards">${cards.map(([label, value]) => `<div class="card"><b>${value}</b>${label}</div>`).join('')}</div>
<p class="hint">读了 ${s.lines} 行；跳过爬虫 ${s.bots} 行、格式不对的 ${s.malformed} 行${
    s.malformedAt.length > 0 ? `（例如 ${s.malformedAt.map(escapeHtml).join('、')}）` : ''
  }。</p>

<h2 id="zero">没有结果的搜索</h2>
<p class="hint">读者搜了却一个问题也没找到，次数多的在前。把这些说法加到对应问题的 keywords 里（见 CONTRIBUTING.md“从使用报告到关键词”）；
右边是搜索引擎<b>现在</b>对它给出的问题：已经有了合适的，说明改过了；没有或不对，就要加关键词或写新问题。</p>
${table(
  ['搜索词', '次数', '', '现在搜它会出现的问题'],
  s.zeroResults.map((z) => [
    td(escapeHtml(z.query)),
    num(z.zero),
    tdBar(bar(z.zero, maxZero, 'down')),
    td(
      z.suggestions.length > 0
        ? `<ul class="s">${z.suggestions.map((g) => `<li>${escapeHtml(g.title)} <span class="path">${g.n ? `/q/${g.n}/` : escapeHtml(g.path)}</span></li>`).join('')}</ul>`
        : '<span class="none">仍然没有结果</span>',
    ),
  ]),
  '这段时间没有搜不到结果的搜索。',
)}

<h2 id="not-opened">有结果但没人打开的搜索</h2>
<p class="hint">结果列出来了，读者一条也没打开（没打开的次数多的在前）：可能排在前面的问题不对题。</p>
${table(
  ['搜索词', '没打开的次数', '搜索次数', '结果数'],
  s.notOpened.map((n) => [td(escapeHtml(n.query)), num(n.unopened), num(n.times), num(n.results)]),
  '没有这样的搜索。',
)}

<h2 id="votes">答复有没有帮助</h2>
<p class="hint">问题页末的“有帮助 / 没帮助”，“没帮助”多的在前：优先改写这些答复。</p>
${table(
  ['问题', '有帮助', '没帮助', '没帮助的原因', ''],
  s.votes.map((v) => [
    td(question(v.question, v.n)),
    num(v.up),
    num(v.down),
    td(escapeHtml(reasonsText(v.reasons))),
    tdBar(bar(v.down, maxVotes, 'down') + bar(v.up, maxVotes)),
  ]),
  '这段时间没有人评价。',
)}

<h2 id="views">问题页打开次数</h2>
<p class="hint">整页打开（从 QQ 里的链接、书签、搜索引擎、刷新）；在网站里点来点去不经服务器，不计在内，搜索结果的打开见上面的搜索。
经短链接打开的也计入打开次数。</p>
${table(
  ['问题', '打开', '其中经短链接', ''],
  s.views.map((v) => [td(question(v.question, v.n)), num(v.pages), num(v.shortLinks), tdBar(bar(v.pages, maxViews))]),
  '这段时间没有问题页被打开。',
)}

<h2 id="copies">复制链接、复制答复</h2>
${table(
  ['问题', '复制链接', '复制答复', '其中在搜索结果里'],
  s.copies.map((c) => [td(question(c.question, c.n)), num(c.link), num(c.reply), num(c.fromSearch)]),
  '这段时间没有人复制。',
)}
</body>
</html>
`;
}
