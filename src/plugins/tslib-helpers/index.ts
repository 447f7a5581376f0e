import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * @docusaurus/utils-common's index, in every page's main.js, requires the
 * whole of tslib (about 3.7 KB gzipped) for one helper, `__importDefault`:
 * for that file only, in the browser bundle, `tslib` is `helpers.ts`, which
 * takes just that helper from tslib's own ES module. Proof it took effect:
 * tests/build/bundle.test.ts finds no other tslib helper in build/assets/js.
 */
export default function tslibHelpersPlugin(context: LoadContext): Plugin {
  return {
    name: 'tslib-helpers',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        module: {
          rules: [
            {
              test: /[\\/]@docusaurus[\\/]utils-common[\\/]lib[\\/]index\.js$/,
              resolve: {alias: {tslib$: path.join(context.siteDir, 'src/plugins/tslib-helpers/helpers.ts')}},
            },
          ],
        },
      };
    },
  };
}
