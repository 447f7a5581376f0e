// Own code: Playwright's installer downloads browsers; these tests must use Debian's chromium and nginx.
/**
 * Finds the system programs the end-to-end tests need (Debian's chromium,
 * and nginx for the real-server run) and installs the missing ones with
 * apt-get when running as root. Test tools must not download browsers.
 *
 *   tsx scripts/ensure-tools.ts chromium nginx
 */
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

type Tool = {binary: string; debianPackage: string};

export const TOOLS: Record<string, Tool> = {
  chromium: {binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', debianPackage: 'chromium'},
  nginx: {binary: process.env.NGINX_PATH ?? '/usr/sbin/nginx', debianPackage: 'nginx-light'},
};

export function chromiumPath(): string {
  return TOOLS.chromium!.binary;
}

/** Flags for a headless Chromium on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function ensure(names: string[]) {
  const missing = names
    .map((n) => {
      const tool = TOOLS[n];
      if (!tool) throw new Error(`未知的工具 ${n}；可选：${Object.keys(TOOLS).join(', ')}`);
      return tool;
    })
    .filter((t) => !existsSync(t.binary));
  if (missing.length === 0) return;
  const packages = missing.map((t) => t.debianPackage);
  if (process.getuid?.() !== 0) {
    console.error(
      `缺少 ${missing.map((t) => t.binary).join('、')}。请以 root 运行：apt-get update && apt-get install -y ${packages.join(' ')}\n` +
        '（或用环境变量 CHROMIUM_PATH / NGINX_PATH 指向已安装的程序。）',
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(' ')} with apt-get …`);
  try {
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit'});
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
    });
  } catch {
    console.error(`apt-get 安装 ${packages.join(' ')} 失败：请检查 Debian 软件源是否可用，或手动安装后重试。`);
    process.exit(1);
  }
  for (const t of missing) {
    if (!existsSync(t.binary)) {
      console.error(`安装后仍找不到 ${t.binary}。`);
      process.exit(1);
    }
  }
}

if (process.argv[1]?.endsWith('ensure-tools.ts')) ensure(process.argv.slice(2));
