import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {bootAfterLoad, loaderOf} from './late-boot';

const BUNDLES =
  '<script src=/faq/assets/js/runtime~main.1a.js defer></script><script src=/faq/assets/js/main.2b.js defer></script>';
const page = (head: string) =>
  `<!doctype html><html><head><meta charset=UTF-8>${head}</head><body><main>答案</main><link rel=stylesheet href=/s.css /></body></html>`;

describe('bootAfterLoad', () => {
  it('puts a loader of the stylesheet and the bundles where the first bundle was, and the stylesheet in <noscript>', () => {
    const loader = loaderOf(['/faq/assets/js/runtime~main.1a.js', '/faq/assets/js/main.2b.js'], '/s.css');
    expect(bootAfterLoad(page(`<script>theme()</script>${BUNDLES}<style>a{}</style>`))).toEqual({
      html: page(`<script>theme()</script><script>${loader}</script><style>a{}</style>`).replace(
        '<link rel=stylesheet href=/s.css />',
        '<noscript><link rel=stylesheet href=/s.css /></noscript>',
      ),
    });
  });

  it('refuses a page whose bundles Docusaurus writes another way, or that has another external script', () => {
    expect(bootAfterLoad(page('<script type=module src=/assets/js/main.2b.js></script>'))).toHaveProperty('problem');
    expect(bootAfterLoad(page(`${BUNDLES}<script src=/other.js></script>`))).toHaveProperty('problem');
  });
});

/** Runs a loader: what it appends to <body> before `load`, during it, and after. */
function run(loader: string) {
  const appended: Record<string, unknown>[] = [];
  let onLoad = () => {};
  let later = () => {};
  runInNewContext(loader, {
    addEventListener: (type: string, listener: () => void) => type === 'load' && (onLoad = listener),
    setTimeout: (callback: () => void) => (later = callback),
    document: {
      createElement: (tag: string) => ({tag}),
      body: {appendChild: (e: Record<string, unknown>) => appended.push(e)},
    },
  });
  const before = [...appended];
  onLoad();
  const during = [...appended];
  later();
  return {before, during, after: appended};
}

describe('loaderOf', () => {
  it('appends nothing before load, nor during it, then the stylesheet and each bundle in order, not async', () => {
    expect(run(loaderOf(['/a.js', '/b.js'], '/s.css'))).toEqual({
      before: [],
      during: [],
      after: [
        {tag: 'link', rel: 'stylesheet', href: '/s.css'},
        {tag: 'script', src: '/a.js', async: false},
        {tag: 'script', src: '/b.js', async: false},
      ],
    });
    expect(run(loaderOf(['/a.js'])).after).toEqual([{tag: 'script', src: '/a.js', async: false}]);
  });

  it('cannot close its <script> whatever the file names', () => {
    expect(loaderOf(['/a</script>.js'], '/</script>.css')).not.toContain('</');
  });
});
