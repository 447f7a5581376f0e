/**
 * npm run bench:report — how fast npm run report reads a large access log:
 * writes a synthetic 50 MB combined-format log (readers opening pages and
 * short links, searches, votes, copies, bots, broken lines), reads it plain
 * and gzipped, and prints MB/s. Needs a build (npm run build) for the
 * search suggestions, as the report does.
 *
 *   tsx scripts/bench-usage-report.ts [--mb 50] [--build build]
 */
import {createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {encodeEvent, EVENT_FILE, type SiteEvent} from '../src/lib/events/encode';
import {readLog, siteQuestions, suggester} from './report/report';
import {Tally} from './report/tally';
import {summarize} from './report/summary';

const READER = 'Mozilla/5.0 (Linux; Android 10; V2001A) AppleWebKit/537.36 Chrome/66.0.3359.126 MQQBrowser/6.2 Mobile';
const BOT = 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)';
const QUERIES = [
  '忘记密码',
  '工地码扫不出来',
  '考勤率怎么算',
  '人员退场',
  'appid',
  '项目验收',
  '<script>x</script>',
  '合同上传失败',
];

/** A deterministic pseudo-random sequence, so that every run reads the same log. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

async function writeLog(file: string, bytes: number) {
  const questions = siteQuestions();
  const next = random(15);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const out = createWriteStream(file);
  let written = 0;
  let second = 0;
  while (written < bytes) {
    second += 1;
    const time = new Date(Date.UTC(2026, 10, 1) + second * 1000)
      .toUTCString()
      .replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000');
    const q = pick(questions);
    const roll = next();
    const event = (e: SiteEvent) => `/faq/${EVENT_FILE}?${encodeEvent(e)}`;
    const target =
      roll < 0.5
        ? `/faq${q.paths.at(-1)}`
        : roll < 0.6
          ? `/faq/q/${q.n}/`
          : roll < 0.8
            ? event({type: 'search', query: pick(QUERIES), results: Math.floor(next() * 3), opened: null})
            : roll < 0.9
              ? event({type: 'vote', question: q.n, helpful: next() < 0.7})
              : event({type: 'copy', question: q.n, what: 'reply', from: 'search'});
    const line =
      roll > 0.995
        ? 'broken line\n'
        : `10.0.${Math.floor(next() * 255)}.${Math.floor(next() * 255)} - - [${time}] "GET ${target} HTTP/1.1" 200 ${Math.floor(next() * 9000)} "http://10.0.0.8/faq/" "${next() < 0.05 ? BOT : READER}"\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function measure(file: string, build: string) {
  const questions = siteQuestions();
  const started = performance.now();
  const tally = new Tally(questions);
  await readLog(file, tally, false);
  const summary = summarize(tally, [file], suggester(build, questions));
  const seconds = (performance.now() - started) / 1000;
  const mb = statSync(file).size / 1_048_576;
  return {seconds, mb, lines: summary.lines, events: summary.events};
}

async function main() {
  const {values} = parseArgs({
    options: {mb: {type: 'string', default: '50'}, build: {type: 'string', default: 'build'}},
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-bench-report-'));
  try {
    const plain = path.join(dir, 'access.log');
    await writeLog(plain, Number(values.mb) * 1_048_576);
    const gz = `${plain}.1.gz`;
    writeFileSync(gz, gzipSync(readFileSync(plain)));
    for (const file of [plain, gz]) {
      const r = await measure(file, values.build);
      console.log(
        `${path.basename(file)}: ${r.mb.toFixed(1)} MB, ${r.lines} 行，${r.events} 条使用记录，${r.seconds.toFixed(1)} s，${(
          statSync(plain).size /
          1_048_576 /
          r.seconds
        ).toFixed(1)} MB/s（按未压缩大小）`,
      );
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
