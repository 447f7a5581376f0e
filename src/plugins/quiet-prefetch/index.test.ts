import {describe, expect, it} from 'vitest';
import {replacementProblem} from './index';

describe('quiet-prefetch proves the replacement took effect', () => {
  it('accepts a bundle with our prefetch, nested in a concatenated module', () => {
    const modules = [
      {
        name: './node_modules/@docusaurus/core/lib/client/docusaurus.js + 9 modules',
        modules: [{name: './src/plugins/quiet-prefetch/prefetch.ts'}],
      },
    ];
    expect(replacementProblem(modules)).toBeUndefined();
  });

  it("fails when Docusaurus's own helper is bundled", () => {
    const modules = [
      {name: './src/plugins/quiet-prefetch/prefetch.ts'},
      {name: './node_modules/@docusaurus/core/lib/client/prefetch.js'},
    ];
    expect(replacementProblem(modules)).toContain('@docusaurus/core/lib/client/prefetch.js');
  });

  it('ignores a module that is in no chunk', () => {
    const modules = [
      {name: './src/plugins/quiet-prefetch/prefetch.ts'},
      {name: './node_modules/@docusaurus/core/lib/client/prefetch.js', orphan: true},
    ];
    expect(replacementProblem(modules)).toBeUndefined();
  });

  it('fails when ours is missing, or when the stats list nothing', () => {
    expect(replacementProblem([{name: './src/index.ts'}])).toContain('没有 src/plugins/quiet-prefetch/prefetch.ts');
    expect(replacementProblem([])).toContain('没有模块');
  });
});
