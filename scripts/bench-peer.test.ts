import {describe, expect, it} from 'vitest';
import {peerConfig, peerSite, RESTRICTED_NOTE, toVitePress} from './bench-peer';
import {QUESTION_PAGES} from './budget';
import {currentPaths, loadRegistry} from '../src/plugins/short-links/registry';

describe('the VitePress peer of npm run bench', () => {
  it('converts what only our remark plugins read, and keeps what VitePress reads', () => {
    const body = [
      '- 密钥：:restricted[testProjectKey]',
      '- 推送',
      '  :::flow[推送顺序]{last=optional}',
      '  - 企业',
      '  - 人员',
      '  :::',
      '- 见[密码重置说明](../02-login/03-reset-password.md#steps)和[手册](http://x.cn/a.pdf)',
      '',
      ':::tip',
      '提示',
      ':::',
      '',
    ].join('\n');
    const linkTo = (file: string) =>
      file === '../02-login/03-reset-password.md' ? '/hangzhou/login/reset-password/' : undefined;
    expect(toVitePress({title: '标题', description: '说明', body}, linkTo)).toBe(
      [
        '---',
        '{"title":"标题","description":"说明"}',
        '---',
        '',
        '# 标题',
        '',
        `- 密钥：*${RESTRICTED_NOTE}*`,
        '- 推送',
        '  - 企业',
        '  - 人员',
        '- 见[密码重置说明](/hangzhou/login/reset-password/#steps)和[手册](http://x.cn/a.pdf)',
        '',
        ':::tip',
        '提示',
        ':::',
        '',
      ].join('\n'),
    );
  });

  it("puts every question at our site's path, with the home page and the bench's pages, and nothing VitePress cannot read", () => {
    const {pages, sidebar} = peerSite();
    for (const p of [...currentPaths(loadRegistry()), '/', '/hangzhou/', '/hangzhou/login/', ...QUESTION_PAGES]) {
      expect(pages.has(p), p).toBe(true);
    }
    for (const markdown of pages.values()) expect(markdown).not.toMatch(/:restricted|:::flow|\]\([^)]*\.md[)#]/);
    expect(pages.get('/hangzhou/integration/test-project/')).toContain(`密钥：*${RESTRICTED_NOTE}*`);
    expect(pages.get('/hangzhou/login/reset-password/')).toMatch(/^---\n.*\n---\n\n# 杭州市实名制重置密码说明\n/);
    const links = [...JSON.stringify(sidebar).matchAll(/"link":"([^"]*)"/g)].map((m) => m[1]);
    expect(links.sort()).toEqual([...pages.keys()].filter((p) => p !== '/').sort());
  });

  it('writes a config that splits Chinese into words for the search', async () => {
    const source = peerConfig([{text: '通用问题', link: '/general/'}]);
    const {default: config} = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    expect(config).toMatchObject({lang: 'zh-Hans', cleanUrls: false, themeConfig: {search: {provider: 'local'}}});
    const tokenize = config.themeConfig.search.options.miniSearch.options.tokenize;
    expect(tokenize('忘记密码？')).toEqual(['忘记', '密码']);
  });
});
