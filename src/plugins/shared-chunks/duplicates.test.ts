import {describe, expect, it} from 'vitest';
import {duplicatedModules, hasModuleIn} from './duplicates';

describe('duplicatedModules', () => {
  it('names a site module bundled into two chunks, counting modules inside concatenated ones', () => {
    const modules = [
      {
        name: './src/components/SearchBox/index.tsx + 3 modules',
        chunks: ['6785'],
        modules: [{name: './src/lib/clipboard.ts'}],
      },
      {name: './src/lib/clipboard.ts', chunks: ['1668']},
      {name: './src/components/Home/index.tsx', chunks: ['6785']},
      {name: './node_modules/clsx/dist/clsx.mjs', chunks: ['1', '2']},
    ];
    expect(duplicatedModules(modules, './src/')).toEqual(['./src/lib/clipboard.ts（2 个代码块）']);
  });

  it('passes modules that are each in one chunk', () => {
    expect(
      duplicatedModules(
        [
          {name: './src/a.ts', chunks: [1]},
          {name: './src/b.ts', chunks: [1]},
        ],
        './src/',
      ),
    ).toEqual([]);
  });

  it('fails when the stats hold no site module, rather than checking nothing', () => {
    expect(() => duplicatedModules([{name: './node_modules/x.js', chunks: [1]}], './src/')).toThrow(/没有 \.\/src\//);
    // Stats without chunk ids (`ids: false`) would hide every duplicate.
    expect(() => duplicatedModules([{name: './src/a.ts'}], './src/')).toThrow(/没有 \.\/src\//);
  });

  it('finds whether a chunk holds a module under a prefix, inside concatenated modules too', () => {
    const theme = './node_modules/@docusaurus/theme-classic/';
    const pattern = /node_modules[\\/]@docusaurus[\\/]theme-classic[\\/]/;
    const modules = [
      {
        name: './src/theme/Navbar/index.tsx + 1 modules',
        chunks: ['site'],
        modules: [{name: `${theme}lib/theme/Navbar/index.js`}],
      },
      {name: `${theme}lib/theme/DocItem/index.js`, chunks: [17]},
    ];
    expect(hasModuleIn(modules, pattern, 'site')).toBe(true);
    expect(hasModuleIn(modules, pattern, '17')).toBe(true);
    expect(hasModuleIn(modules, pattern, 'main')).toBe(false);
    // node_modules linked from another folder (npm run bench:scale's copies): the stats name it from there.
    const linked = [
      {name: '../../work/main/node_modules/@docusaurus/theme-classic/lib/theme/Layout/index.js', chunks: [3]},
    ];
    expect(hasModuleIn(linked, pattern, 3)).toBe(true);
  });
});
