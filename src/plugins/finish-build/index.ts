import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {filesOf} from '../../lib/files';
import {
  findRestrictedValues,
  LOCAL_VALUES_FILE,
  restrictedInFolder,
  VALUES_ENV,
  type RestrictedValues,
} from '../../lib/restricted';
import {addPolicy} from './csp';
import {bootAfterLoad} from './late-boot';
import {precompress} from './precompress';
import {writeSplitIndex} from './search-split';

type PostBuild = NonNullable<Plugin['postBuild']>;
type Loaded = {name: string; postBuild?: PostBuild};

export const PLUGIN_NAME = 'finish-build';
const README = 'src/plugins/README.md（finish-build）';

/**
 * Resolves once every plugin after this one has finished its postBuild.
 *
 * Docusaurus starts all postBuild() calls in one pass, in plugin order, and
 * awaits them together (executePluginsPostBuild in @docusaurus/core's
 * lib/commands/build/buildLocale.js). Called first, this postBuild wraps the
 * later plugins' postBuild before Docusaurus calls them. It fails the build,
 * saying what to check, if a plugin with a postBuild comes before this one
 * or if a wrapper was not called — that is, if Docusaurus changed how it runs
 * postBuild.
 */
export function afterOtherPostBuilds(plugins: Loaded[], self = PLUGIN_NAME): Promise<void> {
  const index = plugins.findIndex((p) => p.name === self);
  const earlier = plugins.slice(0, index).filter((p) => p.postBuild);
  if (index === -1 || earlier.length > 0) {
    throw new Error(
      `${self} 必须排在所有带 postBuild 的插件前面，现在排在 ${earlier.map((p) => p.name).join('、')} 后面：` +
        `请调整 docusaurus.config.ts 的 plugins 顺序（见 ${README}）。`,
    );
  }
  const later = plugins.slice(index + 1).filter((p) => p.postBuild);
  const running: Promise<void>[] = [];
  for (const plugin of later) {
    const original = plugin.postBuild!;
    plugin.postBuild = (props) => {
      const run = Promise.resolve(original.call(plugin, props));
      running.push(run);
      return run;
    };
  }
  return new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
    if (running.length !== later.length) {
      throw new Error(
        `${self} 没能等到其他插件的 postBuild（${running.length}/${later.length} 个被调用）：` +
          `Docusaurus 运行 postBuild 的方式可能变了，请查看 ${README}。`,
      );
    }
    await Promise.all(running);
  });
}

/**
 * Every page starts its app after `load` (late-boot.ts) and gets its
 * Content-Security-Policy; the build fails on a page that cannot.
 */
function finishPages(outDir: string, pages: string[]) {
  const problems: string[] = [];
  const late: string[] = [];
  for (const page of pages) {
    const file = path.join(outDir, page);
    const booted = bootAfterLoad(readFileSync(file, 'utf8'));
    if ('problem' in booted) {
      late.push(`${page}：${booted.problem}`);
      continue;
    }
    const result = addPolicy(booted.html);
    if ('problems' in result) problems.push(...result.problems.map((p) => `${page}：${p}`));
    else writeFileSync(file, result.html);
  }
  if (late.length > 0) throw new Error(`[${PLUGIN_NAME}] ${late.join('\n')}\n请查看 ${README}（late-boot）。`);
  if (problems.length > 0) {
    throw new Error(
      `这些页面带有会运行的代码，不能发布（内容检查 npm run lint:content 会指出源文件）：\n${problems.join('\n')}`,
    );
  }
}

/**
 * The restricted values appear in no file of a public build. Without a
 * values file (a public build on a machine that never sees them), only the
 * names can be checked: no :restricted[…] left unreplaced.
 */
export function checkRestricted(
  outDir: string,
  files: string[],
  {internal, restricted}: {internal: boolean; restricted: RestrictedValues | undefined},
) {
  const leftover = files.filter(
    (f) => f.endsWith('.html') && readFileSync(path.join(outDir, f), 'utf8').includes(':restricted['),
  );
  if (leftover.length > 0) throw new Error(`这些页面里留下了没有替换的 :restricted[…]：${leftover.join('、')}`);
  if (internal) return;
  if (!restricted) {
    console.warn(
      `[${PLUGIN_NAME}] 这台电脑上没有受限值文件（${VALUES_ENV} 或 ${LOCAL_VALUES_FILE}），` +
        '只检查了受限值的名字，没有检查构建结果里是否有密钥和密码本身。',
    );
    return;
  }
  const {checked, found} = restrictedInFolder(outDir, restricted.values, files);
  if (checked === 0) throw new Error(`[${PLUGIN_NAME}] 构建结果里没有可检查的文件：${outDir}`);
  if (found.length > 0) {
    throw new Error(
      `公开版里出现了受限值（测试项目的密钥或密码），不能发布：\n` +
        found.map(({file, names}) => `${file}：${names.join('、')}`).join('\n') +
        '\n请运行 npm run lint:content 找到写出它的源文件，改写成 :restricted[名字]。',
    );
  }
}

/**
 * The last steps of a build, after every other plugin's postBuild (the
 * short-link pages, lean-css, the sitemap, the search index): the split
 * search index, the app started after `load` and the Content-Security-Policy
 * of every page, the scan for
 * restricted values, and the .gz files for nginx. See src/plugins/README.md.
 */
export default function finishBuildPlugin({internal}: {internal: boolean}) {
  return (context: LoadContext): Plugin => ({
    name: PLUGIN_NAME,
    async postBuild({plugins, outDir}) {
      await afterOtherPostBuilds(plugins as unknown as Loaded[]);
      const split = writeSplitIndex(outDir);
      const files = filesOf(outDir);
      const pages = files.filter((f) => f.endsWith('.html'));
      if (pages.length === 0) throw new Error(`[${PLUGIN_NAME}] ${outDir} 里没有页面`);
      finishPages(outDir, pages);
      checkRestricted(outDir, files, {
        internal,
        restricted: internal ? undefined : findRestrictedValues(context.siteDir),
      });
      const gz = precompress(outDir);
      console.log(
        `[${PLUGIN_NAME}] ${pages.length} 个页面写入了 Content-Security-Policy；` +
          `${gz.files} 个文件预先压缩（${Math.round(gz.bytes / 1024)} KB → ${Math.round(gz.gzipBytes / 1024)} KB）；` +
          `搜索索引拆成首个文件（gzip 后 ${(split.metaGzip / 1024).toFixed(1)} KB）和 ${split.shards} 个分片` +
          `（共 ${Math.round(split.shardsGzip / 1024)} KB）；全部倒排表 gzip 后 ${(split.postingsGzip / 1024).toFixed(1)} KB，` +
          (split.inline ? '已放进首个文件，查询不再下载分片。' : '超过首个文件能带的大小，查询按需下载分片。'),
      );
      if (!process.env.SITE_URL) {
        console.warn(
          `[${PLUGIN_NAME}] 没有设置 SITE_URL：规范链接、sitemap.xml 和 QQ 链接预览里的网址都是 ${context.siteConfig.url}，` +
            '读者打不开。发布用的构建请写明网站地址，例如 SITE_URL=http://10.0.0.8 npm run build。',
        );
      }
    },
  });
}
