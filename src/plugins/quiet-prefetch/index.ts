import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Puts src/plugins/quiet-prefetch/prefetch.ts in place of Docusaurus's prefetch helper. */
export default function quietPrefetchPlugin(context: LoadContext): Plugin {
  return {
    name: 'quiet-prefetch',
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
