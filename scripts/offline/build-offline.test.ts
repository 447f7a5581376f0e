import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {runInNewContext} from 'node:vm';
import {gzipSync} from 'node:zlib';
import {unzipSync} from 'fflate';
import {afterAll, describe, expect, it} from 'vitest';
import {buildOffline, offlineScript, ZIP_FOLDER} from './build-offline';
import {filesOf} from '../../src/lib/files';
import {checkOffline} from './check';
import {OFFLINE_POLICY} from './rewrite';

const FROM = path.join(__dirname, '__fixtures__', 'build');
const work = mkdtempSync(path.join(tmpdir(), 'faq-offline-test-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

describe('buildOffline on a small build', () => {
  // The fixture build, with a page precompressed for nginx as finish-build does.
  const from = path.join(work, 'build');
  cpSync(FROM, from, {recursive: true});
  writeFileSync(path.join(from, 'index.html.gz'), gzipSync(readFileSync(path.join(from, 'index.html'))));
  const out = path.join(work, 'build-offline');
  const result = buildOffline({from, out, base: '/'});

  it('indexes the questions and reaches every page by links', () => {
    expect(result.entries).toBe(2);
    // Home, the two questions and the category page; the short-link page q/1/ is linked from nowhere.
    expect(result.pages).toBe(4);
  });

  it('leaves out the site scripts and the server search files, and adds its own files', () => {
    const files = filesOf(out);
    expect(files.filter((f) => f.startsWith('assets/js/') || /^search-.*\.json$/.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['offline.js', 'offline.css', 'search-data.js', 'index.html']));
    expect(readFileSync(path.join(out, 'assets/css/styles.css'), 'utf8')).toContain('url(../../img/bg.png)');
  });

  it('leaves out the files precompressed for nginx', () => {
    expect(filesOf(from).filter((f) => f.endsWith('.gz')).length).toBeGreaterThan(0);
    expect(filesOf(out).filter((f) => f.endsWith('.gz'))).toEqual([]);
  });

  it('gives every page the site policy without script hashes: it has no inline script', () => {
    const pages = filesOf(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const html = readFileSync(path.join(out, page), 'utf8');
      expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${OFFLINE_POLICY}">`);
      expect(html.match(/Content-Security-Policy/g), page).toHaveLength(1);
    }
    expect(OFFLINE_POLICY).toContain("script-src 'self';");
  });

  it('refuses to make a copy that shows a restricted value', () => {
    const leaky = path.join(work, 'leaky');
    expect(() =>
      buildOffline({from, out: leaky, base: '/', restricted: {secretKey: 'NOT-IN-THE-BUILD'}}),
    ).not.toThrow();
    expect(() => buildOffline({from, out: leaky, base: '/', restricted: {secretKey: 'ctrl+shift+delete'}})).toThrow(
      /离线版里出现了受限值.*secretKey/,
    );
  });

  it('writes a zip of the same files in one folder', () => {
    const zip = unzipSync(readFileSync(`${out}.zip`));
    expect(Object.keys(zip).sort()).toEqual(
      filesOf(out)
        .map((f) => `${ZIP_FOLDER}/${f}`)
        .sort(),
    );
  });

  it('refuses a folder that is not a build', () => {
    expect(() => buildOffline({from: path.join(work, 'missing'), out: path.join(work, 'x'), base: '/'})).toThrow(
      /先运行 npm run build/,
    );
  });
});

describe('offlineScript', () => {
  it('is one plain script that starts the search on the page', () => {
    const listeners: string[] = [];
    const document = {
      currentScript: {getAttribute: () => '../'},
      documentElement: {setAttribute: (name: string, value: string) => listeners.push(`${name}=${value}`)},
      addEventListener: (event: string) => listeners.push(event),
    };
    runInNewContext(offlineScript(), {document, window: {matchMedia: () => ({matches: true})}});
    expect(listeners).toEqual(['data-theme=dark', 'DOMContentLoaded']);
  });
});

describe('checkOffline', () => {
  it('reports absolute paths, missing files, other hosts, site scripts and what links do not reach', () => {
    const dir = path.join(work, 'broken');
    mkdirSync(path.join(dir, 'a'), {recursive: true});
    writeFileSync(
      path.join(dir, 'index.html'),
      '<link rel="canonical" href="http://example.com/"><link rel="stylesheet" href="https://cdn.example.com/a.css">' +
        '<a href="a/index.html">a</a><a href="/b/">b</a><img src="missing.png"><script src="assets/js/main.js"></script>',
    );
    writeFileSync(
      path.join(dir, 'a', 'index.html'),
      '<a href="../index.html#top">home</a><a href="https://example.com/">x</a>',
    );
    writeFileSync(path.join(dir, 'lost.html'), '<p>no link here</p>');
    writeFileSync(path.join(dir, 'style.css'), 'a{background:url(/img/x.png)}');
    const report = checkOffline(dir);
    expect(report.checked).toBe(6);
    expect(report.problems).toEqual([
      'index.html：资源 https://cdn.example.com/a.css 在其他主机上（离线版不能向外请求）',
      'index.html：链接 /b/ 是绝对路径，从文件夹打开时会指向磁盘根目录',
      'index.html：资源 missing.png 指向的文件不存在（missing.png）',
      'index.html：仍有网站脚本 assets/js/main.js（离线版不能运行 Docusaurus 的脚本）',
      'index.html：资源 assets/js/main.js 指向的文件不存在（assets/js/main.js）',
      'style.css：CSS 引用 /img/x.png 是绝对路径，从文件夹打开时会指向磁盘根目录',
    ]);
    expect([...report.reachable].sort()).toEqual(['a/index.html', 'index.html']);
  });
});
