// Own code: log analyzers (GoAccess and the like) know neither the site's event beacon nor its questions; bots are isbot's, search suggestions the site's engine.
/**
 * npm run report -- LOG... : what the server's access logs say about the
 * site's use (src/lib/events), as one HTML page and a summary in the terminal.
 *
 *   npm run report -- /var/log/nginx/access.log* /var/log/nginx/faq-events.log* [--out usage-report.html] [--build build]
 *
 * Reads combined-format logs (nginx, Apache), plain or .gz; suggests
 * questions for zero-result searches with the site's own search engine over
 * the built search index (--build).
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {parseArgs} from 'node:util';
import {createGunzip} from 'node:zlib';
import type {RawIndex} from '../../src/lib/search/engine';
import {createSearchEngine} from '../../src/lib/search/create';
import {INDEX_FILE, SIMPLIFIED_FILE} from '../../src/lib/search/files';
import {loadRegistry, targetId} from '../../src/plugins/short-links/registry';
import {loadQuestions, pendingPaths} from '../content/questions';
import {Tally, type SiteQuestion} from './tally';
import {summarize, terminalText, type Suggest} from './summary';
import {reportHtml} from './html';

const SUGGESTIONS = 3;

/** Every question by its short-link number, with its current title and every path it had. */
export function siteQuestions(): SiteQuestion[] {
  const titles = new Map(loadQuestions('docs').map((q) => [String(q.frontMatter.id), String(q.frontMatter.title)]));
  return Object.entries(loadRegistry()).map(([n, entry]) => ({
    n: Number(n),
    title: titles.get(targetId(entry)) ?? entry.id,
    paths: entry.paths,
  }));
}

/** The site's search engine on a build's index: what a reader finds now for a query. */
export function suggester(buildDir: string, questions: SiteQuestion[]): Suggest {
  const read = (name: string) => {
    const file = path.join(buildDir, name);
    if (!existsSync(file)) throw new Error(`${file} 不存在：先运行 npm run build（报告用网站的搜索给出建议）`);
    return JSON.parse(readFileSync(file, 'utf8'));
  };
  const index = read(INDEX_FILE) as RawIndex[];
  // The index's URLs carry the build's base path: a question's path is how they end.
  const byUrlEnd = (url: string) => questions.find((q) => url.endsWith(q.paths.at(-1)!));
  const placeholders = pendingPaths();
  const placeholderUrls = index[0]!.documents
    .map((d) => (d as {u: string}).u)
    .filter((u) => placeholders.some((p) => u.endsWith(p)));
  const engine = createSearchEngine({index, simplified: read(SIMPLIFIED_FILE), placeholders: placeholderUrls});
  return (query) =>
    engine.search(query, SUGGESTIONS).map((r) => ({n: byUrlEnd(r.url)?.n ?? null, title: r.title, path: r.url}));
}

const isGzip = (file: string) => {
  const fd = openSync(file, 'r');
  const magic = Buffer.alloc(2);
  readSync(fd, magic, 0, 2, 0);
  closeSync(fd);
  return magic[0] === 0x1f && magic[1] === 0x8b;
};

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** Feeds every line of `file` (plain or gzip) to the tally, with a progress line on a terminal. */
export async function readLog(file: string, tally: Tally, progress = process.stderr.isTTY): Promise<void> {
  const size = statSync(file).size;
  const raw = createReadStream(file, {highWaterMark: 1 << 20});
  const lines = createInterface({input: isGzip(file) ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity});
  const name = path.basename(file);
  let lineNo = 0;
  let shown = Date.now();
  for await (const line of lines) {
    lineNo += 1;
    tally.add(line, `${name}:${lineNo}`);
    if (progress && (lineNo & 0xfff) === 0 && Date.now() - shown > 200) {
      shown = Date.now();
      process.stderr.write(
        `\r读取 ${name}：${mb(raw.bytesRead)} / ${mb(size)} MB（${Math.round((100 * raw.bytesRead) / size)}%）`,
      );
    }
  }
  if (progress) process.stderr.write(`\r读取 ${name}：${mb(size)} MB，${lineNo} 行，完成。\n`);
}

async function main() {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      out: {type: 'string', default: 'usage-report.html'},
      build: {type: 'string', default: 'build'},
    },
  });
  if (positionals.length === 0) {
    throw new Error('用法：npm run report -- 日志文件…（access.log、faq-events.log，.gz 也可以） [--out 报告.html]');
  }
  for (const file of positionals) if (!existsSync(file)) throw new Error(`找不到日志文件：${file}`);
  const questions = siteQuestions();
  const suggest = suggester(values.build, questions);
  const tally = new Tally(questions);
  for (const file of positionals) await readLog(file, tally);
  const summary = summarize(tally, positionals, suggest);
  writeFileSync(values.out, reportHtml(summary));
  console.log(terminalText(summary, path.resolve(values.out)));
}

if (process.argv[1]?.endsWith('report/report.ts')) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
