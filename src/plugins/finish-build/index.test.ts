import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {afterOtherPostBuilds, checkRestricted} from './index';

type Fake = {name: string; postBuild?: (props: unknown) => Promise<void>};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Docusaurus's executePluginsPostBuild: every postBuild started in one pass, awaited together. */
async function docusaurusPostBuild(plugins: Fake[]) {
  await Promise.all(plugins.map(async (plugin) => plugin.postBuild && (await plugin.postBuild({plugins}))));
}

/** The plugins of a site: finish-build first, then two plugins that write files after a while. */
function site(log: string[], finishAt = 0): Fake[] {
  const finish: Fake = {
    name: 'finish-build',
    postBuild: async ({plugins}: {plugins: Fake[]}) => {
      await afterOtherPostBuilds(plugins);
      log.push('finish-build');
    },
  } as Fake;
  const others: Fake[] = [
    {name: 'docs'},
    {name: 'sitemap', postBuild: () => wait(20).then(() => void log.push('sitemap'))},
    {name: 'search-index', postBuild: () => wait(5).then(() => void log.push('search-index'))},
  ];
  others.splice(finishAt, 0, finish);
  return others;
}

describe('afterOtherPostBuilds', () => {
  it('lets finish-build run after every other postBuild, whatever their speed', async () => {
    const log: string[] = [];
    await docusaurusPostBuild(site(log));
    expect(log).toEqual(['search-index', 'sitemap', 'finish-build']);
  });

  it('fails, saying what to change, when a plugin with a postBuild comes first', async () => {
    await expect(docusaurusPostBuild(site([], 2))).rejects.toThrow(
      'finish-build 必须排在所有带 postBuild 的插件前面，现在排在 sitemap 后面',
    );
  });

  it('fails instead of waiting for ever when Docusaurus runs postBuild one after another', async () => {
    const plugins = site([]);
    const sequential = (async () => {
      for (const plugin of plugins) await plugin.postBuild?.({plugins});
    })();
    await expect(sequential).rejects.toThrow('finish-build 没能等到其他插件的 postBuild（0/2 个被调用）');
  });
});

describe('checkRestricted', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'finish-build-test-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const restricted = {file: 'values.json', values: {testProjectKey: 'FAKE-k3y#For*Tests!x-'}};
  const build = (html: string) => {
    writeFileSync(path.join(dir, 'index.html'), html);
    return ['index.html'];
  };

  it('fails a public build that shows a value, written escaped in the Markdown', () => {
    // What "密钥：FAKE-k3y\#For\*Tests!x-" in an answer becomes.
    const files = build('<li>密钥：FAKE-k3y#For*Tests!x-</li>');
    expect(() => checkRestricted(dir, files, {internal: false, restricted})).toThrow(
      /公开版里出现了受限值.*\nindex\.html：testProjectKey/,
    );
    expect(() => checkRestricted(dir, files, {internal: true, restricted: undefined})).not.toThrow();
  });

  it('without the values, checks the names: no :restricted[…] left, and says what it could not check', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() =>
      checkRestricted(dir, build('<li>密钥：（不公开）</li>'), {internal: false, restricted: undefined}),
    ).not.toThrow();
    expect(warn.mock.calls[0]![0]).toContain('只检查了受限值的名字');
    expect(() =>
      checkRestricted(dir, build('<li>密钥：:restricted[testProjectKey]</li>'), {
        internal: false,
        restricted: undefined,
      }),
    ).toThrow('这些页面里留下了没有替换的 :restricted[…]：index.html');
    warn.mockRestore();
  });
});
