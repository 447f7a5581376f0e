import {describe, expect, it} from 'vitest';
import {replacementProblem} from './index';

const OURS = '/site/src/plugins/quiet-prefetch/docusaurus.ts';
const CORE = '/site/node_modules/@docusaurus/core/lib/client/docusaurus.js';

describe('quiet-prefetch proves the replacement took effect', () => {
  it('accepts a bundle with our prefetch, merged into a concatenated module', () => {
    const modules = [
      {
        nameForCondition: '/site/node_modules/@docusaurus/core/lib/client/clientEntry.js',
        modules: [{nameForCondition: OURS, orphan: true}],
      },
    ];
    expect(replacementProblem(modules)).toBeUndefined();
  });

  it("fails when Docusaurus's own helper is bundled", () => {
    expect(replacementProblem([{nameForCondition: OURS}, {nameForCondition: CORE}])).toContain(
      '@docusaurus/core/lib/client/docusaurus.js',
    );
  });

  it('ignores a module that is in no chunk', () => {
    expect(replacementProblem([{nameForCondition: OURS}, {nameForCondition: CORE, orphan: true}])).toBeUndefined();
  });

  it('fails when ours is missing, or when the stats list nothing', () => {
    expect(replacementProblem([{nameForCondition: '/site/src/index.ts'}])).toContain(
      '没有 src/plugins/quiet-prefetch/docusaurus.ts',
    );
    expect(replacementProblem([])).toContain('没有模块');
  });
});
