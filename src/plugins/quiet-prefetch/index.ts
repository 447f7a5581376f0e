import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';

/** Docusaurus's `window.docusaurus`, a private file of @docusaurus/core (see src/plugins/README.md). */
const CORE_DOCUSAURUS = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]docusaurus\.js$/;
const OURS = 'src/plugins/quiet-prefetch/docusaurus.ts';

type ModuleStats = {nameForCondition?: string; orphan?: boolean; modules?: ModuleStats[]};
// A replaced module keeps the original's name in the stats; nameForCondition is the file actually bundled.
const bundledFiles = (modules: ModuleStats[]): string[] =>
  modules.flatMap((m) => (m.modules ? bundledFiles(m.modules) : m.nameForCondition ? [m.nameForCondition] : []));

/**
 * Why the replacement did not take effect, from the files of the modules in
 * the client bundle's chunks, with those that concatenation merged (listed as
 * orphans inside their module); undefined when it did. A module in no chunk
 * (an orphan at the top) is not in the bundle.
 */
export function replacementProblem(modules: ModuleStats[]): string | undefined {
  const files = bundledFiles(modules.filter((m) => !m.orphan)).map((file) => file.split(path.sep).join('/'));
  if (files.length === 0) return '构建统计里没有模块，无法确认';
  const core = files.find((file) => CORE_DOCUSAURUS.test(file));
  if (core) return `浏览器代码里仍有 Docusaurus 自己的 ${core}`;
  if (!files.some((file) => file.endsWith(`/${OURS}`))) return `浏览器代码里没有 ${OURS}`;
  return undefined;
}

/**
 * Puts src/plugins/quiet-prefetch/docusaurus.ts (prefetch nothing) in place of
 * Docusaurus's `window.docusaurus`, and fails the build when the client bundle
 * shows it did not; likely-next.ts loads the few pages a reader is likely to
 * open next.
 */
export default function quietPrefetchPlugin(context: LoadContext): Plugin {
  return {
    name: 'quiet-prefetch',
    getClientModules() {
      return [path.join(context.siteDir, 'src/plugins/quiet-prefetch/likely-next.ts')];
    },
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(CORE_DOCUSAURUS, path.join(context.siteDir, OURS)),
          {
            apply(compiler: Compiler) {
              compiler.hooks.done.tap('quiet-prefetch', (stats) => {
                // cachedModules: a build after the first restores most modules from rspack's persistent cache.
                const json = stats.toJson({
                  all: false,
                  modules: true,
                  nestedModules: true,
                  orphanModules: true,
                  cachedModules: true,
                });
                const problem = replacementProblem((json.modules ?? []) as ModuleStats[]);
                if (problem === undefined) return;
                stats.compilation.errors.push(
                  new Error(
                    `quiet-prefetch：替换 Docusaurus 的预取脚本没有生效（${problem}）。` +
                      '升级 Docusaurus 后请检查 @docusaurus/core/lib/client/docusaurus.js 是否改名或改了导出，' +
                      '并更新 src/plugins/quiet-prefetch/index.ts 里的路径（见 src/plugins/README.md）。',
                  ),
                );
              });
            },
          },
        ],
      };
    },
  };
}
