// Own code: no exporter turns a Docusaurus build into a file:// copy with the site's search; it uses cheerio, fflate and the site's own search engine.
/**
 * npm run build:offline — a copy of the built site that works opened from a
 * folder (file://), with no server: build-offline/ and build-offline.zip.
 *
 *   tsx scripts/offline/build-offline.ts --from build --out build-offline
 *
 * Pages keep their server-rendered HTML with relative links (see rewrite.ts),
 * lose Docusaurus's JavaScript, and get offline.js (src/lib/offline/client.ts: the site's
 * search, keys and copy texts) with the site's search files and replies in
 * search-data.js.
 */
import {cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {buildSync} from 'esbuild';
import {load} from 'cheerio';
import {zipSync} from 'fflate';
import {filesOf} from '../../src/lib/files';
import {findRestrictedValues, restrictedInFolder} from '../../src/lib/restricted';
import {INDEX_FILE, SHARD_DIR, SIMPLIFIED_FILE, SPLIT_META_FILE} from '../../src/lib/search/files';
import {loadRegistry} from '../../src/plugins/short-links/registry';
import {REPLIES_FILE} from '../../src/plugins/replies';
import {pendingPaths} from '../content/questions';
import {checkOffline} from './check';
import {rewriteCss, rewriteHtml, type PageContext} from './rewrite';
import type {OfflineData} from '../../src/lib/offline/data';
import {searchDataScript} from './search-data';

/** The folder name inside the zip. */
export const ZIP_FOLDER = 'faq-offline';

/** The offline copy's own browser code, beside the site's. */
const CLIENT_DIR = path.resolve(__dirname, '../../src/lib/offline');

/** offline.js: client.ts and the site code it uses, bundled into one plain script for old engines too. */
export function offlineScript(): string {
  const {outputFiles} = buildSync({
    entryPoints: [path.join(CLIENT_DIR, 'client.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome66',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  return outputFiles[0]!.text;
}

/** What search-data.js carries: the build's own index and replies, and what the site knows of its questions. */
function offlineData(from: string, base: string): OfflineData {
  const read = (file: string) => {
    if (!existsSync(path.join(from, file))) throw new Error(`${from}/${file} 不存在：先运行 npm run build`);
    return JSON.parse(readFileSync(path.join(from, file), 'utf8'));
  };
  const withBase = (sitePathOf: string) => base + sitePathOf.slice(1);
  const numbers = Object.fromEntries(
    Object.entries(loadRegistry())
      .filter(([, entry]) => !entry.retiredTo)
      .map(([n, entry]) => [withBase(entry.paths.at(-1)!), Number(n)]),
  );
  const placeholders = pendingPaths().map(withBase);
  // The home page's canonical address is the site's: SITE_URL and the base.
  const siteRoot = load(readFileSync(path.join(from, 'index.html'), 'utf8'))('link[rel="canonical"]').attr('href');
  if (!siteRoot) throw new Error(`${from}/index.html 没有 canonical 链接：读不出网站地址（SITE_URL）`);
  return {
    index: read(INDEX_FILE),
    simplified: read(SIMPLIFIED_FILE),
    replies: read(REPLIES_FILE),
    placeholders,
    base,
    numbers,
    siteRoot,
  };
}

/** A copy of the public build shows no restricted value, however escaped. */
function checkRestricted(out: string, values: Record<string, string>) {
  const {found} = restrictedInFolder(out, values, filesOf(out));
  if (found.length > 0) {
    throw new Error(
      `离线版里出现了受限值（测试项目的密钥或密码）：${found.map((f) => `${f.file}（${f.names.join('、')}）`).join('，')}。` +
        '做内部版的离线副本请加 --internal；否则请检查源文件（npm run lint:content）。',
    );
  }
}

export function buildOffline({
  from,
  out,
  base,
  restricted,
}: {
  from: string;
  out: string;
  base: string;
  /** The restricted values the copy must not show; none for a copy of the internal build. */
  restricted?: Record<string, string>;
}) {
  if (!existsSync(path.join(from, 'index.html'))) throw new Error(`${from}/index.html 不存在：先运行 npm run build`);
  const data = offlineData(from, base);
  rmSync(out, {recursive: true, force: true});
  cpSync(from, out, {recursive: true});
  // Docusaurus's scripts, the files search-data.js carries and those precompressed for nginx are of no use from a folder.
  // The split index (search-meta.json and its shards) is the site's way to fetch less: the copy has it all in one file.
  rmSync(path.join(out, 'assets', 'js'), {recursive: true, force: true});
  rmSync(path.join(out, SHARD_DIR), {recursive: true, force: true});
  for (const file of filesOf(out)) {
    if ([INDEX_FILE, SIMPLIFIED_FILE, REPLIES_FILE, SPLIT_META_FILE].includes(file) || file.endsWith('.gz'))
      rmSync(path.join(out, file));
  }

  for (const file of filesOf(out)) {
    const full = path.join(out, file);
    const context: PageContext = {
      file,
      base,
      isDir: (p) => existsSync(path.join(out, p)) && statSync(path.join(out, p)).isDirectory(),
    };
    if (file.endsWith('.html')) writeFileSync(full, rewriteHtml(readFileSync(full, 'utf8'), context));
    else if (file.endsWith('.css')) writeFileSync(full, rewriteCss(readFileSync(full, 'utf8'), context));
  }
  writeFileSync(path.join(out, 'search-data.js'), searchDataScript(data));
  writeFileSync(path.join(out, 'offline.js'), offlineScript());
  cpSync(path.join(CLIENT_DIR, 'offline.css'), path.join(out, 'offline.css'));

  const report = checkOffline(out);
  if (report.problems.length > 0) throw new Error(`离线版有问题：\n${report.problems.join('\n')}`);
  if (restricted) checkRestricted(out, restricted);

  const zip = zipSync(
    Object.fromEntries(filesOf(out).map((file) => [`${ZIP_FOLDER}/${file}`, readFileSync(path.join(out, file))])),
    {level: 9},
  );
  writeFileSync(`${out}.zip`, zip);
  return {entries: Object.keys(data.replies).length, pages: report.reachable.size, zipBytes: zip.length};
}

if (process.argv[1]?.endsWith('build-offline.ts')) {
  const {values} = parseArgs({
    options: {
      from: {type: 'string', default: 'build'},
      out: {type: 'string', default: 'build-offline'},
      base: {type: 'string', default: process.env.BASE_URL ?? '/'},
      internal: {type: 'boolean', default: false},
    },
  });
  try {
    // The copy of a public build is checked with the values when this machine has them.
    const restricted = values.internal ? undefined : findRestrictedValues()?.values;
    if (!values.internal && !restricted) {
      console.warn('（这台电脑上没有受限值文件，没有检查离线版里是否有测试项目的密钥和密码。）');
    }
    const result = buildOffline({from: values.from, out: values.out, base: values.base, restricted});
    console.log(
      `离线版：${values.out}/ 和 ${values.out}.zip（${(result.zipBytes / 1024).toFixed(0)} KB），` +
        `${result.entries} 个问题可搜索，${result.pages} 个页面可从首页经链接到达。打开 ${values.out}/index.html 即可使用。`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
