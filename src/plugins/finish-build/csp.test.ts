import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {
  addPolicy,
  inlineScriptHashes,
  PAGE_DIRECTIVES,
  policyOf,
  scriptHash,
  unsafeMarkup,
  withPolicyMeta,
} from './csp';

const page = (head: string, body: string) =>
  `<!doctype html><html><head><meta charset=UTF-8><title>t</title>${head}</head><body>${body}</body></html>`;

describe('scriptHash', () => {
  it('is the sha256 a browser computes over the script text', () => {
    // The hash Chromium printed for this script in a violation report.
    expect(scriptHash("document.title+=' INLINE'")).toBe("'sha256-9NIhk2ARQ2oMi5s4vkGP63Ijq8vp/Ae67EPbcqGvAN4='");
  });
});

describe('inlineScriptHashes', () => {
  it('hashes each inline script a browser would run, once, and no data block or external script', () => {
    const $ = load(
      page(
        '<script type="application/ld+json">{"a":1}</script><script src="/main.js"></script>',
        '<script>a()</script><script type="text/javascript">b()</script><script>a()</script><script type="module">c()</script>',
      ),
    );
    expect(inlineScriptHashes($)).toEqual([scriptHash('a()'), scriptHash('b()'), scriptHash('c()')]);
  });
});

describe('policyOf', () => {
  it('adds the hashes to script-src, and holds the directives the issue asks for', () => {
    const policy = policyOf(PAGE_DIRECTIVES, ["'sha256-x'"]);
    expect(policy).toContain("script-src 'self' 'sha256-x';");
    for (const directive of ["object-src 'none'", "base-uri 'self'", "connect-src 'self'", "img-src 'self' data:"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('withPolicyMeta', () => {
  it('puts the policy right after the charset, replacing an earlier one', () => {
    const once = withPolicyMeta(page('', ''), "default-src 'self'");
    expect(once).toContain(
      `<meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
    );
    const twice = withPolicyMeta(once, "default-src 'none'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain(`content="default-src 'none'"`);
  });

  it('refuses a page without a head', () => {
    expect(() => withPolicyMeta('<p>x</p>', 'x')).toThrow('页面没有 <head>');
  });
});

describe('unsafeMarkup and addPolicy', () => {
  const app = (content: string) => `<div id="__docusaurus"><article>${content}</article></div>`;

  it('give a page of the site its policy, with the hash of its own inline script', () => {
    const result = addPolicy(
      page('<script type="application/ld+json">{"a":"b"}</script>', `<script>theme()</script>${app('<p>答案</p>')}`),
    );
    expect('html' in result && result.html).toContain(`script-src 'self' ${scriptHash('theme()')};`);
  });

  it('refuse a script in the content, a JSON-LD block broken out of, event attributes and script URLs', () => {
    const $ = load(
      page(
        '<script type="application/ld+json">{"name":"问题</script><script>alert(1)</script>"}</script>',
        app(
          '<script>alert(2)</script><img src=x onerror="alert(3)"><a href=" javascript:alert(4)">x</a><iframe src="data:text/html,x"></iframe>',
        ),
      ),
    );
    const problems = unsafeMarkup($);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/页面内容里有 <script>.*alert\(2\)/);
    expect(problems.join('\n')).toContain('结构化数据（JSON-LD）不是合格的 JSON');
    expect(problems.join('\n')).toContain('带有事件属性 onerror');
    expect(problems.join('\n')).toContain('<a> 的 href 是脚本地址');
    expect(problems.join('\n')).toContain('<iframe> 的 src 是脚本地址');
    expect(addPolicy($.html())).toEqual({problems});
  });
});
