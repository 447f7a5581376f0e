import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {expect, it} from 'vitest';
import {buildFiles, PUBLIC_BUILD} from './site';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** The public build's scripts that contain any of `needles`. */
function scriptsCarrying(needles: string[]): string[] {
  const scripts = buildFiles(PUBLIC_BUILD).filter((f) => /^build\/assets\/js\/.*\.js$/.test(f.split(path.sep).join('/')));
  expect(scripts.length).toBeGreaterThan(10);
  return scripts.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return needles.some((needle) => text.includes(needle));
  });
}

// src/theme/Admonition/Types stands in for the theme's admonition types: their SVG icons
// (3 KB gzipped, loaded by every question page through MDXComponents) must not be bundled.
it("the scripts carry none of the theme's admonition icons", () => {
  const iconDir = path.join(packageDir('@docusaurus/theme-classic'), 'lib/theme/Admonition/Icon');
  const paths = readdirSync(iconDir)
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...readFileSync(path.join(iconDir, f), 'utf8').matchAll(/\bd="([^"]{20,})"/g)].map((m) => m[1]!));
  expect(paths.length).toBeGreaterThanOrEqual(5);
  expect(scriptsCarrying(paths)).toEqual([]);
});

// src/plugins/no-code-highlighting aliases prism-react-renderer to a stub: Prism (about 35 KB
// gzipped, on every page) must not be bundled. Its grammars' regular expressions survive minifying.
it('the scripts carry no Prism (src/plugins/no-code-highlighting)', () => {
  const prism = readFileSync(path.join(packageDir('prism-react-renderer'), 'dist/index.mjs'), 'utf8');
  const patterns = [...prism.matchAll(/pattern: \/((?:[^/\\\n]|\\.){30,})\//g)].map((m) => m[1]!);
  expect(patterns.length).toBeGreaterThan(20);
  expect(scriptsCarrying(patterns)).toEqual([]);
});

// src/plugins/preact: the browser runs Preact, never React DOM (whose code names its fibers __reactFiber).
it('the scripts carry no React DOM', () => {
  const scripts = buildFiles(PUBLIC_BUILD).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  expect(scripts.filter((file) => /__reactFiber|Minified React error/.test(readFileSync(file, 'utf8')))).toEqual([]);
});

// src/plugins/tslib-helpers: @docusaurus/utils-common takes tslib's one helper it uses, not the whole of tslib
// (about 3.7 KB gzipped in main.js). The other helpers' error messages survive minifying.
it('the scripts carry no tslib helper but __importDefault (src/plugins/tslib-helpers)', () => {
  const tslib = readFileSync(path.join(packageDir('tslib'), 'tslib.es6.mjs'), 'utf8');
  const messages = [...tslib.matchAll(/"([A-Z][^"]{19,})"/g)].map((m) => m[1]!);
  expect(messages.length).toBeGreaterThan(10);
  expect(scriptsCarrying(messages)).toEqual([]);
});
