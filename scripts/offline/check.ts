/**
 * Checks an offline copy: no address that the browser would read as
 * file:///… (absolute paths), no link or asset to a missing file, no asset
 * from another host, no Docusaurus script left, and which pages can be
 * reached by links from index.html.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {filesOf} from '../../src/lib/files';
import {CSS_URL} from './rewrite';

export type OfflineReport = {
  /** Internal addresses looked at. */
  checked: number;
  /** One Chinese sentence per problem. */
  problems: string[];
  /** Pages reached from index.html by following links and redirects (paths relative to the copy). */
  reachable: Set<string>;
};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|#)/i;
const OWN_SCRIPTS = new Set(['offline.js', 'search-data.js']);

type Address = {url: string; follow: boolean; script: boolean};

// <link>s that name a page rather than load something.
const NAMING_LINKS = 'link[rel~="canonical"], link[rel~="alternate"]';

/** The addresses of a page, and whether each is a link to follow or a script. */
function addressesOf(html: string): Address[] {
  const $ = load(html);
  const found: Address[] = [];
  $('[href], [src], [srcset]')
    .not(NAMING_LINKS)
    .each((_, element) => {
      const el = $(element);
      const href = el.attr('href');
      if (href !== undefined) found.push({url: href, follow: el.is('a, area'), script: false});
      const src = el.attr('src');
      if (src !== undefined) found.push({url: src, follow: false, script: el.is('script')});
      for (const candidate of (el.attr('srcset') ?? '').split(',').filter((c) => c.trim())) {
        found.push({url: candidate.trim().split(/\s+/)[0]!, follow: false, script: false});
      }
    });
  $('meta[http-equiv="refresh" i]').each((_, element) => {
    const url = /url\s*=\s*['"]?([^'"]+)/i.exec($(element).attr('content') ?? '')?.[1];
    if (url) found.push({url, follow: true, script: false});
  });
  return found;
}

export function checkOffline(dir: string): OfflineReport {
  const files = filesOf(dir);
  const problems: string[] = [];
  let checked = 0;
  const links = new Map<string, string[]>();

  const target = (from: string, url: string, what: string): string | undefined => {
    if (EXTERNAL.test(url.trim()) || url.trim() === '') return undefined;
    checked += 1;
    if (url.startsWith('/')) {
      problems.push(`${from}：${what} ${url} 是绝对路径，从文件夹打开时会指向磁盘根目录`);
      return undefined;
    }
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURI(url.replace(/[?#].*$/, ''))));
    const full = path.join(dir, file);
    if (!existsSync(full) || statSync(full).isDirectory()) {
      problems.push(`${from}：${what} ${url} 指向的文件不存在（${file}）`);
      return undefined;
    }
    return file;
  };

  for (const file of files) {
    if (file.endsWith('.css')) {
      for (const [, , url] of readFileSync(path.join(dir, file), 'utf8').matchAll(CSS_URL)) {
        if (!url!.startsWith('data:')) target(file, url!, 'CSS 引用');
      }
    }
    if (!file.endsWith('.html')) continue;
    const out: string[] = [];
    for (const {url, follow, script} of addressesOf(readFileSync(path.join(dir, file), 'utf8'))) {
      if (!follow && /^(?:https?:)?\/\//i.test(url))
        problems.push(`${file}：资源 ${url} 在其他主机上（离线版不能向外请求）`);
      if (script && !OWN_SCRIPTS.has(path.posix.basename(url))) {
        problems.push(`${file}：仍有网站脚本 ${url}（离线版不能运行 Docusaurus 的脚本）`);
      }
      const to = target(file, url, follow ? '链接' : '资源');
      if (to && follow && to.endsWith('.html')) out.push(to);
    }
    links.set(file, out);
  }

  const reachable = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length > 0) {
    for (const next of links.get(queue.shift()!) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  return {checked, problems, reachable};
}
