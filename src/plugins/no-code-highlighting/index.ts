import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Leaves Prism (about 35 KB gzipped, loaded by every page) out of the
 * browser bundle. The FAQ shows no code; src/theme/CodeBlock renders a
 * plain <pre> should an answer ever contain a code block.
 */
export default function noCodeHighlightingPlugin(context: LoadContext): Plugin {
  return {
    name: 'no-code-highlighting',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            'prism-react-renderer$': path.join(context.siteDir, 'src/plugins/no-code-highlighting/prism-stub.ts'),
          },
        },
      };
    },
  };
}
