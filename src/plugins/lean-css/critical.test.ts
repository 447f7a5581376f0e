import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {criticalCss, singleQuoteDataUrls, unmatchedAlwaysCritical} from './critical';

const ICON = String.raw`url("data:image/svg+xml;utf8,<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")`;

describe('singleQuoteDataUrls', () => {
  it('turns url("data:…\\"…") into url(\'data:…"…\')', () => {
    expect(singleQuoteDataUrls(`a{background:${ICON} 50%}`)).toBe(
      `a{background:url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"></svg>') 50%}`,
    );
  });

  it('leaves other URLs, and data URLs holding a single quote', () => {
    const css = `a{b:url("/img/x.png");c:url("data:text/plain,it's")}`;
    expect(singleQuoteDataUrls(css)).toBe(css);
  });
});

describe('criticalCss', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'critical-'));
  afterAll(() => rmSync(outDir, {recursive: true}));
  mkdirSync(path.join(outDir, 'assets/css'), {recursive: true});
  writeFileSync(
    path.join(outDir, 'assets/css/styles.abc.css'),
    `:root{--sep:${ICON};--unread:1px;--from-script:0;--inline:0}
h1{font-size:2rem}
.crumb:after{background:var(--sep)}
.modal{position:fixed}
.list+footer{margin:1px}
[data-theme=dark] h1{color:#fff}
[data-theme-choice=system] .icon{display:block}
#__docusaurus-base-url-issue-banner-container{display:none}`,
  );
  const page = (base: string) =>
    `<!doctype html><html><head><link rel=stylesheet href=${base}assets/css/styles.abc.css></head>` +
    `<body><h1 style="margin:var(--inline)">标题</h1><ol><li class=crumb>首页</li></ol></body></html>`;

  it('inlines the rules the page uses, the colour-mode rules, and moves the stylesheet to the end of <body>', async () => {
    const html = await criticalCss({outDir, baseUrl: '/'})(page('/'));
    const style = html.match(/<style>(.*?)<\/style>/s)![1]!;
    expect(style).toContain('h1{font-size:2rem}');
    expect(style).toContain('.crumb:after{background:var(--sep)}');
    expect(style).toContain('[data-theme=dark] h1');
    expect(style).toContain('[data-theme-choice=system] .icon');
    expect(style).toContain('#__docusaurus-base-url-issue-banner-container');
    expect(style).not.toContain('.modal');
    expect(style).not.toContain('--unread');
    // The icon survives (Beasties would otherwise rebase it onto /assets/css/).
    expect(style).toContain(`url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"></svg>')`);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toMatch(/<link rel="?stylesheet"? href="?\/assets\/css\/styles\.abc\.css"?>\s*<\/body>/);
  });

  it('keeps the custom properties that the page or the scripts name', async () => {
    const html = await criticalCss({outDir, baseUrl: '/', scriptProperties: new Set(['--from-script'])})(page('/'));
    const style = html.match(/<style>(.*?)<\/style>/s)![1]!;
    expect(style).toContain('--from-script:0');
    expect(style).toContain('--inline:0');
    expect(style).not.toContain('--unread');
  });

  it('leaves the page markup exactly as written, end tags left out by the minifier included', async () => {
    // The minifier leaves out end tags such as </p> and </li>; React hydrates this exact markup.
    const body = '<ul class=list><li><p>一</ul><footer>脚注</footer>';
    const html = await criticalCss({outDir, baseUrl: '/'})(page('/').replace('<ol>', `${body}<ol>`));
    expect(html).toContain(body);
    expect(html).toContain('.list+footer{margin:1px}');
  });

  it('finds the stylesheet under a base path', async () => {
    const html = await criticalCss({outDir, baseUrl: '/faq/'})(page('/faq/'));
    expect(html).toContain('h1{font-size:2rem}');
  });

  it('leaves a page without a stylesheet as it is', async () => {
    const redirect =
      '<!doctype html><html><head><meta http-equiv=refresh content="0; url=/a/"></head><body></body></html>';
    expect(await criticalCss({outDir, baseUrl: '/'})(redirect)).toBe(redirect);
  });

  it('fails when the page has no stylesheet it can read', async () => {
    await expect(criticalCss({outDir, baseUrl: '/'})(page('/missing/'))).rejects.toThrow('没有找到页面的样式表');
  });
});

describe('unmatchedAlwaysCritical', () => {
  it('names the colour-mode patterns that no selector of the stylesheet matches', () => {
    const css = '[data-theme=dark] h1{color:#fff}#__docusaurus-base-url-issue-banner-container{display:none}';
    expect(unmatchedAlwaysCritical(css).map(String)).toEqual([String(/\[data-theme-choice=/)]);
  });

  it('matches the selectors of an unminified stylesheet too (docusaurus build --no-minify keeps the quotes)', () => {
    const css =
      '[data-theme="dark"] h1{color:#fff}[data-theme-choice="system"] a{}#__docusaurus-base-url-issue-banner{}';
    expect(unmatchedAlwaysCritical(css)).toEqual([]);
  });
});
