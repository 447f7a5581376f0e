/**
 * npm run build:offline — a copy of the built site that works opened from a
 * folder (file://), with no server: build-offline/ and build-offline.zip.
 *
 *   tsx scripts/offline/build-offline.ts --from build --out build-offline
 *
 * Pages keep their server-rendered HTML with relative links (see rewrite.ts),
 * lose Docusaurus's JavaScript, and get the offline search (search.ts) with
 * its index in search-data.js.
 */
import {cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {zipSync} from 'fflate';
import ts from 'typescript';
import {filesOf} from '../../src/lib/files';
import {checkOffline} from './check';
import {rewriteCss, rewriteHtml, type PageContext} from './rewrite';
import type {Entry} from './search';
import {searchSynonyms} from '../../src/data/search-words';
import {entryOf, searchDataScript} from './search-data';

/** The folder name inside the zip. */
export const ZIP_FOLDER = 'faq-offline';

/** offline.js: search.ts as a plain script, started on the page that loads it. */
export function offlineScript(): string {
  const source = readFileSync(path.join(__dirname, 'search.ts'), 'utf8');
  const {outputText} = ts.transpileModule(source, {
    compilerOptions: {module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2018, removeComments: true},
  });
  return `(function () {
var exports = {};
${outputText}
var root = document.currentScript.getAttribute('data-root') || '';
var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
document.addEventListener('DOMContentLoaded', function () { exports.mountOfflineSearch(document, root); });
})();
`;
}

export function buildOffline({from, out, base}: {from: string; out: string; base: string}) {
  if (!existsSync(path.join(from, 'index.html'))) throw new Error(`${from}/index.html 不存在：先运行 npm run build`);
  rmSync(out, {recursive: true, force: true});
  cpSync(from, out, {recursive: true});
  // Docusaurus's scripts and the server search index are of no use from a folder.
  rmSync(path.join(out, 'assets', 'js'), {recursive: true, force: true});
  for (const file of filesOf(out)) if (/^search-index.*\.json$/.test(file)) rmSync(path.join(out, file));

  const entries: Entry[] = [];
  for (const file of filesOf(out)) {
    const full = path.join(out, file);
    const context: PageContext = {
      file,
      base,
      isDir: (p) => existsSync(path.join(out, p)) && statSync(path.join(out, p)).isDirectory(),
    };
    if (file.endsWith('.html')) {
      const html = readFileSync(full, 'utf8');
      const entry = entryOf(html, file);
      if (entry) entries.push(entry);
      writeFileSync(full, rewriteHtml(html, context));
    } else if (file.endsWith('.css')) {
      writeFileSync(full, rewriteCss(readFileSync(full, 'utf8'), context));
    }
  }
  if (entries.length === 0) throw new Error(`${from} 中没有找到问题页面（.theme-doc-markdown）`);
  writeFileSync(path.join(out, 'search-data.js'), searchDataScript({entries, synonyms: searchSynonyms}));
  writeFileSync(path.join(out, 'offline.js'), offlineScript());
  cpSync(path.join(__dirname, 'offline.css'), path.join(out, 'offline.css'));

  const report = checkOffline(out);
  if (report.problems.length > 0) throw new Error(`离线版有问题：\n${report.problems.join('\n')}`);

  const zip = zipSync(
    Object.fromEntries(filesOf(out).map((file) => [`${ZIP_FOLDER}/${file}`, readFileSync(path.join(out, file))])),
    {level: 9},
  );
  writeFileSync(`${out}.zip`, zip);
  return {entries: entries.length, pages: report.reachable.size, zipBytes: zip.length};
}

if (process.argv[1]?.endsWith('build-offline.ts')) {
  const {values} = parseArgs({
    options: {
      from: {type: 'string', default: 'build'},
      out: {type: 'string', default: 'build-offline'},
      base: {type: 'string', default: process.env.BASE_URL ?? '/'},
    },
  });
  try {
    const result = buildOffline({from: values.from, out: values.out, base: values.base});
    console.log(
      `离线版：${values.out}/ 和 ${values.out}.zip（${(result.zipBytes / 1024).toFixed(0)} KB），` +
        `${result.entries} 个问题可搜索，${result.pages} 个页面可从首页经链接到达。打开 ${values.out}/index.html 即可使用。`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
