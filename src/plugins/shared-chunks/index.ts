import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';
import {duplicatedModules, hasModuleIn, type ModuleStats} from './duplicates';

/** The theme, the docs plugin's client code and the class-name helper they all use. */
const SHARED_PACKAGES =
  /[\\/]node_modules[\\/](@docusaurus[\\/](theme-classic|theme-common|plugin-content-docs)|clsx)[\\/]/;
/** The theme's modules, as the bundler's stats name them. */
const THEME = /node_modules[\\/]@docusaurus[\\/]theme-classic[\\/]/;

/**
 * The site's own modules (src/) shared by several route chunks go into one
 * shared chunk. Without this, rspack's default minimum chunk size (20 KB)
 * keeps them out of any shared chunk, so each route chunk carries its own
 * copy: the navbar search (in @theme/DocsRoot) and the docs 404 (in
 * @theme/DocRoot) both bundled SearchBox, and a question page loaded it twice.
 * The theme's modules that several route chunks share go into the same chunk:
 * rspack's default made six chunks of them, which every question page fetched.
 * The build fails if any src/ module still lands in two chunks, or if the
 * shared chunk holds none of the theme.
 */
export default function sharedChunksPlugin(context: LoadContext): Plugin {
  const srcDir = path.join(context.siteDir, 'src') + path.sep;
  return {
    name: 'shared-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              // Below Docusaurus' `common` (40) and `styles` (50): CSS still goes to the one stylesheet.
              site: {
                test: new RegExp(`^${escapeRegExp(srcDir)}|${SHARED_PACKAGES.source}`),
                chunks: 'all',
                name: 'site',
                minChunks: 2,
                minSize: 0,
                priority: 30,
                reuseExistingChunk: true,
              },
            },
          },
        },
        plugins: [
          {
            apply(compiler: Compiler) {
              compiler.hooks.done.tap('shared-chunks', (stats) => {
                // cachedModules: a build after the first restores most modules from rspack's persistent cache.
                const json = stats.toJson({
                  all: false,
                  modules: true,
                  nestedModules: true,
                  ids: true,
                  chunks: true,
                  cachedModules: true,
                });
                try {
                  const twice = duplicatedModules((json.modules ?? []) as ModuleStats[], './src/');
                  const site = json.chunks?.find((chunk) => chunk.names?.includes('site'));
                  if (!site || !hasModuleIn((json.modules ?? []) as ModuleStats[], THEME, site.id!)) {
                    throw new Error(
                      'shared-chunks：共用代码块 site 里没有主题的模块（node_modules/@docusaurus/theme-classic）。' +
                        '请检查 src/plugins/shared-chunks 的 SHARED_PACKAGES 是否仍然匹配主题的路径（见 src/plugins/README.md）。',
                    );
                  }
                  if (twice.length > 0) {
                    throw new Error(
                      `shared-chunks：这些模块被打包进了多个代码块，页面会重复下载：\n${twice.join('\n')}\n` +
                        '请检查 src/plugins/shared-chunks 的 cacheGroups 是否仍然生效（见 src/plugins/README.md）。',
                    );
                  }
                } catch (error) {
                  stats.compilation.errors.push(error as Error);
                }
              });
            },
          },
        ],
      };
    },
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
