import {describe, expect, it} from 'vitest';
import {runInNewContext} from 'node:vm';
import {addressScript, shortLinkPage} from './render';

describe('shortLinkPage', () => {
  const question =
    '<!doctype html><html lang="zh-Hans"><head><meta charset="UTF-8"><title>清缓存方法</title>' +
    '<link rel="canonical" href="http://x/faq/general/clear-cache/"><script src="/faq/main.js" defer></script>' +
    '<style>h1{}</style></head><body><h1>清缓存方法</h1></body></html>';

  it('is the question page itself, with the address script before the app’s first script', () => {
    const page = shortLinkPage(question, '/faq/general/clear-cache/');
    expect(page).toBe(
      question.replace('<script src=', `<script>${addressScript('/faq/general/clear-cache/')}</script><script src=`),
    );
  });

  it('refuses a page without the app’s scripts', () => {
    expect(() => shortLinkPage('<head></head><p>x</p>', '/a/')).toThrow('<script src=');
  });
});

describe('addressScript', () => {
  const run = (script: string, location: {search: string; hash: string}) => {
    const calls: unknown[][] = [];
    runInNewContext(script, {
      location,
      history: {state: {key: 1}, replaceState: (...args: unknown[]) => calls.push(args)},
    });
    return calls;
  };

  it('puts the question address in the address bar, keeping the query and the fragment', () => {
    expect(run(addressScript('/faq/general/clear-cache/'), {search: '?from=qq', hash: '#steps'})).toEqual([
      [{key: 1}, '', '/faq/general/clear-cache/?from=qq#steps'],
    ]);
  });

  it('cannot be closed by the path it carries', () => {
    const script = addressScript('/a</script><script>alert(1)//');
    expect(script).not.toContain('</script>');
    expect(run(script, {search: '', hash: ''})).toEqual([[{key: 1}, '', '/a</script><script>alert(1)//']]);
  });
});
