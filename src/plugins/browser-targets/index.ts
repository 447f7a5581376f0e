import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * The browserslist of package.json decides what syntax the build emits (SWC
 * compiles down to it, Lightning CSS prefixes for it), but rspack's
 * persistent cache does not watch package.json: with new targets, it would
 * reuse modules compiled for the old ones. This makes package.json one of
 * the cache's build dependencies, so that a change of targets recompiles.
 */
export default function browserTargetsPlugin(context: LoadContext): Plugin {
  return {
    name: 'browser-targets',
    configureWebpack(config) {
      // Only where Docusaurus set up rspack's persistent cache (future.faster, and not turned off).
      const cache = (config as {experiments?: {cache?: {type?: string}}}).experiments?.cache;
      if (cache?.type !== 'persistent') return {};
      return {experiments: {cache: {buildDependencies: [path.join(context.siteDir, 'package.json')]}}};
    },
  };
}
