import path from 'node:path';
import {readFileSync} from 'node:fs';
import type {Plugin} from '@docusaurus/types';
import {filesOf} from '../../lib/files';

/** Pages of a build that hold a NUL or U+FFFD: characters React 18's stream can garble (see server.ts). */
export function garbledPages(outDir: string): string[] {
  return filesOf(outDir).filter((file) => {
    if (!file.endsWith('.html')) return false;
    const html = readFileSync(path.join(outDir, file), 'utf8');
    return html.includes('\0') || html.includes('\uFFFD');
  });
}

/**
 * Server-side rendering without stray NUL bytes: react-dom/server is
 * server.ts in the server bundle; after the build every page is checked.
 */
export default function ssrNulBytesPlugin(): Plugin {
  return {
    name: 'ssr-nul-bytes',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (!isServer) return {};
      // A replacement, not an alias: Docusaurus's own alias of react-dom would match first.
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /^react-dom\/server$/,
            path.join(__dirname, 'server.ts'),
          ),
        ],
      };
    },
    postBuild({outDir}) {
      const garbled = garbledPages(outDir);
      if (garbled.length > 0) {
        throw new Error(
          `ssr-nul-bytes: 这些页面含有乱码字符（NUL 或 U+FFFD）：${garbled.join('、')}。` +
            '请检查 src/plugins/README.md 的 ssr-nul-bytes 一节：服务端渲染是否还经过 server.ts。',
        );
      }
    },
  };
}
