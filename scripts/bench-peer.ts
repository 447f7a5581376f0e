// Own code: no package turns our Docusaurus docs/ into a VitePress site, the peer that issue 17 measures us against.
/**
 * npm run bench's peer (issue 17): docs/ as a VitePress site at our site's
 * paths, with a sidebar of every page and local search split by a Chinese
 * word segmenter. VitePress is not in package.json (every npm ci would pay for
 * it): a pinned version is installed on demand into node_modules/.bench-peer
 * (not node_modules/.cache, which the bench's cold build empties).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadQuestions, NUMBER_PREFIX, sitePath} from './content/questions';

export const PEER_VERSION = '1.6.4';
const CACHE = path.resolve('node_modules/.bench-peer');
const VITEPRESS = path.join(CACHE, 'node_modules/vitepress');
/** What the public build shows for :restricted[name] (docusaurus.config.ts). */
export const RESTRICTED_NOTE = '（不公开，请向技术支持索取）';
/** MiniSearch's tokenize, as source: VitePress ships it to the browser for the queries. */
export const TOKENIZE =
  "(text) => [...new Intl.Segmenter('zh', {granularity: 'word'}).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment)";

type SidebarItem = {text: string; link: string; collapsed?: boolean; items?: SidebarItem[]};
const frontMatter = (data: object) => `---\n${JSON.stringify(data)}\n---\n\n`;

/**
 * A question's Markdown as VitePress reads it: its title as the heading, what
 * only our remark plugins read (:restricted[name], :::flow around a list)
 * replaced, links to docs files made site paths by `linkTo`.
 */
export function toVitePress(
  q: {title: string; description: string; body: string},
  linkTo: (file: string) => string | undefined,
) {
  const body = q.body
    .replace(/:restricted\[[^\]]*\]/g, `*${RESTRICTED_NOTE}*`)
    .replace(/^[ \t]*:::flow\b.*\n([\s\S]*?)^[ \t]*:::[ \t]*(?:\n|$)/gm, '$1')
    .replace(/\]\(([^)#\s]+\.md)(#[^)\s]*)?\)/g, (all, file: string, hash = '') => {
      const to = linkTo(file);
      return to ? `](${to}${hash})` : all;
    });
  return `${frontMatter({title: q.title, description: q.description})}# ${q.title}\n\n${body}`;
}

/** docs/ as VitePress pages (site path → Markdown): the questions, the category pages and a home page; and the sidebar. */
export function peerSite(docsDir = 'docs') {
  const questions = new Map(
    loadQuestions(docsDir).map((q) => {
      const {id, title, description} = q.frontMatter as Record<string, string>;
      return [
        path.resolve(q.file),
        {...q, title: title!, description: description!, path: sitePath(q.file, docsDir, id!)},
      ];
    }),
  );
  const pages = new Map<string, string>();
  for (const [file, q] of questions) {
    pages.set(
      q.path,
      toVitePress(q, (to) => questions.get(path.resolve(path.dirname(file), to))?.path),
    );
  }
  const features: object[] = [];
  const section = (dir: string): SidebarItem[] =>
    readdirSync(dir, {withFileTypes: true})
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((entry): SidebarItem[] => {
        const full = path.resolve(dir, entry.name);
        if (!entry.isDirectory()) {
          const q = questions.get(full);
          return q && entry.name !== 'index.md' ? [{text: q.title, link: q.path}] : [];
        }
        const category = JSON.parse(readFileSync(path.join(full, '_category_.json'), 'utf8'));
        const rel = path.relative(docsDir, full).split(path.sep);
        const link = `/${rel.map((d) => `${d.replace(NUMBER_PREFIX, '')}/`).join('')}`;
        const items = section(full);
        const {title = category.label, description = ''} = category.link ?? {};
        if (!pages.has(link)) {
          pages.set(
            link,
            `${frontMatter({title})}# ${title}\n\n${description}\n\n${items.map((i) => `- [${i.text}](${i.link})`).join('\n')}\n`,
          );
        }
        if (rel.length === 1) features.push({title, details: description, link});
        return [{text: category.label, link, ...(items.length > 0 ? {collapsed: true, items} : {})}];
      });
  const sidebar = section(docsDir);
  const hero = {name: '实名制技术支持', tagline: '杭州实名制、萧山云平台常见问题'};
  pages.set('/', frontMatter({layout: 'home', title: hero.name, hero, features}));
  return {pages, sidebar};
}

/** VitePress's config: our language and title, folder pages (cleanUrls off), the sidebar, local search in Chinese words. */
export function peerConfig(sidebar: SidebarItem[]): string {
  const search = {provider: 'local', options: {miniSearch: {options: {tokenize: '@TOKENIZE'}}}};
  const config = {lang: 'zh-Hans', title: '实名制技术支持', cleanUrls: false, themeConfig: {sidebar, search}};
  return `export default ${JSON.stringify(config, null, 2).replace('"@TOKENIZE"', TOKENIZE)};\n`;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Installs VitePress if missing, writes the peer into a new folder and builds
 * it; the folder (built site in .vitepress/dist), or undefined, said why, when
 * VitePress cannot be installed (no registry) or built.
 */
export function buildPeer(docsDir = 'docs'): string | undefined {
  const installed = existsSync(path.join(VITEPRESS, 'package.json'))
    ? JSON.parse(readFileSync(path.join(VITEPRESS, 'package.json'), 'utf8')).version
    : undefined;
  if (installed !== PEER_VERSION) {
    const start = performance.now();
    mkdirSync(CACHE, {recursive: true});
    const args = ['install', '--prefix', CACHE, '--no-save', '--no-audit', '--no-fund', `vitepress@${PEER_VERSION}`];
    const npm = spawnSync('npm', args, {encoding: 'utf8'});
    if (npm.status !== 0) {
      console.error(`\n⚠ VitePress 对照不测：npm ${args.join(' ')} 失败（连不上 npm 源？）\n${npm.stderr}`);
      return undefined;
    }
    console.error(`已安装 vitepress@${PEER_VERSION}（${seconds(start)}）`);
  }
  // Inside the cache, so that the built site finds vue and VitePress in its node_modules.
  const root = mkdtempSync(path.join(CACHE, 'site-'));
  const {pages, sidebar} = peerSite(docsDir);
  for (const [page, markdown] of pages) {
    mkdirSync(path.join(root, page), {recursive: true});
    writeFileSync(path.join(root, page, 'index.md'), markdown);
  }
  mkdirSync(path.join(root, '.vitepress'));
  writeFileSync(path.join(root, '.vitepress/config.mjs'), peerConfig(sidebar));
  const start = performance.now();
  const build = spawnSync(process.execPath, [path.join(VITEPRESS, 'bin/vitepress.js'), 'build', root], {
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(`\n⚠ VitePress 对照不测：构建失败\n${build.stdout}\n${build.stderr}`);
    rmSync(root, {recursive: true, force: true});
    return undefined;
  }
  console.error(`VitePress 对照已构建（${pages.size} 页，${seconds(start)}）`);
  return root;
}
