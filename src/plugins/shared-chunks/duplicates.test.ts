import {describe, expect, it} from 'vitest';
import {duplicatedModules} from './duplicates';

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
});
