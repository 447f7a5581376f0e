import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Puts src/plugins/quiet-prefetch/prefetch.ts (prefetch nothing) in place of
 * Docusaurus's prefetch helper; likely-next.ts loads the few pages a reader
 * is likely to open next.
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
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/,
            path.join(context.siteDir, 'src/plugins/quiet-prefetch/prefetch.ts'),
          ),
        ],
      };
    },
  };
}
