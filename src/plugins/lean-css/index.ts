import {createHash} from 'node:crypto';
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {filesOf} from '../../lib/files';
import {criticalCss, unmatchedAlwaysCritical} from './critical';
import {namedProperties, purgeCss} from './purge';

/** Writes through a temporary file, so that other plugins reading the page never see half of it. */
function replaceFile(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/**
 * After the build: the stylesheet loses the rules no page or script uses (it
 * gets a new hashed name, as its content changed), then every page gets its
 * own critical CSS inline (see critical.ts).
 */
export default function leanCssPlugin(): Plugin {
  return {
    name: 'lean-css',
    async postBuild({outDir, baseUrl}) {
      const files = filesOf(outDir);
      // The pages and scripts, read once: their text names every class and custom property in use.
      const texts = new Map(
        files.filter((f) => /\.(html|js)$/.test(f)).map((f) => [f, readFileSync(path.join(outDir, f), 'utf8')]),
      );
      const usedText = [...texts.values()].join('\n');

      const renamed = new Map<string, string>();
      let stylesheets = '';
      for (const file of files.filter((f) => /^assets\/css\/.*\.css$/.test(f))) {
        const css = purgeCss(readFileSync(path.join(outDir, file), 'utf8'), usedText);
        stylesheets += css;
        const hash = createHash('sha256').update(css).digest('hex').slice(0, 8);
        const next = file.replace(/(\.[0-9a-f]+)?\.css$/, `.${hash}.css`);
        writeFileSync(path.join(outDir, next), css);
        if (next !== file) rmSync(path.join(outDir, file));
        renamed.set(baseUrl + file, baseUrl + next);
      }

      const unmatched = unmatchedAlwaysCritical(stylesheets);
      if (unmatched.length > 0) {
        throw new Error(
          `lean-css：样式表里没有选择器匹配 ${unmatched.join('、')}，首屏样式会缺少颜色模式的规则。` +
            '升级 Docusaurus 后请检查主题的颜色模式选择器，并更新 src/plugins/lean-css/critical.ts 的 ALWAYS_CRITICAL（见 src/plugins/README.md）。',
        );
      }

      const scripts = [...texts].filter(([file]) => file.endsWith('.js'));
      const inline = criticalCss({
        outDir,
        baseUrl,
        scriptProperties: namedProperties(scripts.map(([, t]) => t).join('\n')),
      });
      let inlined = 0;
      for (const [page, text] of texts) {
        if (!page.endsWith('.html')) continue;
        let html = text;
        for (const [from, to] of renamed) html = html.replaceAll(from, to);
        try {
          // Unchanged pages are not written: the short-links plugin writes its redirects meanwhile.
          const out = await inline(html);
          if (out !== html) inlined += 1;
          if (out !== text) replaceFile(path.join(outDir, page), out);
        } catch (error) {
          throw new Error(`${page}：${(error as Error).message}`, {cause: error});
        }
      }
      if (inlined === 0) {
        throw new Error(
          'lean-css：没有一个页面链接样式表（<link rel="stylesheet">），首屏样式一个也没有内联：请检查 Docusaurus 写页面的方式',
        );
      }
    },
  };
}
