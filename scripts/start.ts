// Own code: `docusaurus start` has no search and `docusaurus serve` does not rebuild; this builds, serves (serve-static.ts) and rebuilds on change.
/**
 * npm start — the whole site as readers get it, search included, at
 * http://localhost:3000/: a production build of build/, served, and built
 * again (about 15 s) whenever a file in docs/, src/ or static/ changes. The
 * dev server (npm run dev) shows an edit sooner but has no search: the search
 * index is made from the built pages.
 *
 * A content error stops that build with its file and line; the last good
 * build stays served meanwhile.
 */
import {spawn} from 'node:child_process';
import {existsSync, renameSync, rmSync, watch} from 'node:fs';
import {parseArgs} from 'node:util';
import {serveStatic} from './serve-static';

const OUT = 'build';
const NEXT = 'build-next';
const WATCHED = ['docs', 'src', 'static'];

/** The preview's own address, for its canonical links and short links. */
let siteUrl = 'http://localhost:3000';

function run(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const env = {...process.env, SITE_URL: process.env.SITE_URL ?? siteUrl};
    const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'inherit'], env});
    child.on('exit', (code) => resolve(code === 0));
  });
}

/** Content lint (clear messages for editors), then a production build into NEXT, swapped in whole. */
async function build(): Promise<boolean> {
  const started = Date.now();
  const ok =
    (await run('npx', ['tsx', 'scripts/lint-content.ts'])) &&
    (await run('npx', ['docusaurus', 'build', '--out-dir', NEXT]));
  if (!ok) {
    console.error('构建失败（原因见上面）。改好后保存，会自动再构建；在此之前网站显示的是上一次成功的版本。');
    return false;
  }
  rmSync(OUT, {recursive: true, force: true});
  renameSync(NEXT, OUT);
  console.log(`已更新（构建用了 ${Math.round((Date.now() - started) / 1000)} 秒）：刷新浏览器即可看到。`);
  return true;
}

async function main() {
  const {values} = parseArgs({options: {port: {type: 'string', default: '3000'}}});
  siteUrl = `http://localhost:${values.port}`;
  const url = `${siteUrl}/`;
  console.log('正在构建网站（约半分钟）…');
  if (!(await build()) && !existsSync(`${OUT}/index.html`)) process.exit(1);
  await serveStatic({dir: OUT, port: Number(values.port)});
  console.log(`网站（含搜索）：${url}  修改 docs/ 里的文件并保存，约半分钟后刷新即可看到。按 Ctrl+C 结束。`);

  // One build at a time; changes during a build make one more after it.
  let building = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    console.log('发现修改，正在重新构建…');
    await build();
    building = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  for (const dir of WATCHED) {
    watch(dir, {recursive: true}, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 300);
    });
  }
}

void main();
