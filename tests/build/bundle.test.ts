import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {expect, it} from 'vitest';
import {buildFiles, PUBLIC_BUILD} from './site';

// src/theme/Admonition/Types stands in for the theme's admonition types: their SVG icons
// (3 KB gzipped, loaded by every question page through MDXComponents) must not be bundled.
it("the scripts carry none of the theme's admonition icons", () => {
  const require = createRequire(import.meta.url);
  const iconDir = path.join(path.dirname(require.resolve('@docusaurus/theme-classic/package.json')), 'lib/theme/Admonition/Icon');
  const paths = readdirSync(iconDir)
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...readFileSync(path.join(iconDir, f), 'utf8').matchAll(/\bd="([^"]{20,})"/g)].map((m) => m[1]!));
  expect(paths.length).toBeGreaterThanOrEqual(5);
  const scripts = buildFiles(PUBLIC_BUILD).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  const carrying = scripts.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return paths.some((d) => text.includes(d));
  });
  expect(carrying).toEqual([]);
});

// src/plugins/preact: the browser runs Preact, never React DOM (whose code names its fibers __reactFiber).
it('the scripts carry no React DOM', () => {
  const scripts = buildFiles(PUBLIC_BUILD).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  expect(scripts.filter((file) => /__reactFiber|Minified React error/.test(readFileSync(file, 'utf8')))).toEqual([]);
});
