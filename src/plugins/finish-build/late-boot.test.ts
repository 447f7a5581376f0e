import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {bootAfterLoad, loaderOf} from './late-boot';

const BUNDLES =
  '<script src=/faq/assets/js/runtime~main.1a.js defer></script><script src=/faq/assets/js/main.2b.js defer></script>';
const page = (head: string) =>
  `<!doctype html><html><head><meta charset=UTF-8>${head}</head><body><main>答案</main><link rel=stylesheet href=/s.css /></body></html>`;

describe('bootAfterLoad', () => {
  it('puts a loader of the bundles, in order, where the first of them was', () => {
    const loader = loaderOf(['/faq/assets/js/runtime~main.1a.js', '/faq/assets/js/main.2b.js']);
    expect(bootAfterLoad(page(`<script>theme()</script>${BUNDLES}<style>a{}</style>`))).toEqual({
      html: page(`<script>theme()</script><script>${loader}</script><style>a{}</style>`),
    });
  });

  it('refuses a page whose bundles Docusaurus writes another way, or that has another external script', () => {
    expect(bootAfterLoad(page('<script type=module src=/assets/js/main.2b.js></script>'))).toHaveProperty('problem');
    expect(bootAfterLoad(page(`${BUNDLES}<script src=/other.js></script>`))).toHaveProperty('problem');
  });
});

describe('loaderOf', () => {
  it('appends nothing before load, nor during it, then each bundle in order, not async, to <body>', () => {
    const appended: {src: string; async: boolean}[] = [];
    let onLoad = () => {};
    let later = () => {};
    runInNewContext(loaderOf(['/a.js', '/b.js']), {
      addEventListener: (type: string, run: () => void) => type === 'load' && (onLoad = run),
      setTimeout: (run: () => void) => (later = run),
      document: {
        createElement: () => ({}),
        body: {appendChild: (e: {src: string; async: boolean}) => appended.push(e)},
      },
    });
    expect(appended).toEqual([]);
    onLoad();
    expect(appended).toEqual([]);
    later();
    expect(appended).toEqual([
      {src: '/a.js', async: false},
      {src: '/b.js', async: false},
    ]);
  });

  it('cannot close its <script> whatever the file names', () => {
    expect(loaderOf(['/a</script>.js'])).not.toContain('</');
  });
});
