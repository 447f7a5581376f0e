import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {formatError, lintContent} from './lint-content';
import {Site, withEntry} from './new-question';

const GOOD = fileURLToPath(new URL('./__fixtures__/lint/good/', import.meta.url));
const temporary: string[] = [];

/** A temporary copy of the good mini repository of the lint fixtures. */
function repo(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'new-question-'));
  temporary.push(root);
  cpSync(GOOD, root, {recursive: true});
  return root;
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, {recursive: true, force: true});
});

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

describe('npm run new', () => {
  it('writes a question in a section with the next prefix, and registers the next number', () => {
    const root = repo();
    const created = new Site(root, []).create({
      category: 'hangzhou',
      section: 'login',
      title: '账号被锁定: 怎么办',
      id: 'account-locked',
      description: '密码连续输错五次后账号锁定半小时，之后可再次登录。',
      keywords: ['锁定', '冻结'],
    });
    expect(created).toEqual({
      file: 'docs/02-hangzhou/01-login/02-account-locked.md',
      number: 5,
      path: '/hangzhou/login/account-locked/',
    });
    expect(read(root, created.file)).toBe(
      [
        '---',
        'id: account-locked',
        'title: "账号被锁定: 怎么办"',
        'description: 密码连续输错五次后账号锁定半小时，之后可再次登录。',
        'keywords: [锁定, 冻结]',
        '---',
        '',
      ].join('\n'),
    );
    expect(read(root, 'src/data/short-links.json').split('\n').slice(-4)).toEqual([
      '  "4": {"id": "old-password", "paths": ["/hangzhou/old-password/"], "retiredTo": "reset-password"},',
      '  "5": {"id": "account-locked", "paths": ["/hangzhou/login/account-locked/"]}',
      '}',
      '',
    ]);
    // Only the missing answer keeps it from being published.
    expect(lintContent({root}).errors.map(formatError)).toEqual([
      `${created.file}:7  正文是空的：在第二个 --- 下面写上答案；还没有答案的栏目请写明“正在整理中”和咨询渠道。`,
    ]);
    writeFileSync(path.join(root, created.file), `${read(root, created.file)}\n输错五次密码后锁定半小时。\n`);
    expect(lintContent({root}).errors).toEqual([]);
  });

  it('writes a question of a category without sections, leaving description and keywords for the lint to ask for', () => {
    const root = repo();
    const created = new Site(root, []).create({category: 'general', title: '推荐浏览器', id: 'browsers'});
    expect(created.file).toBe('docs/01-general/03-browsers.md');
    expect(read(root, created.file)).toBe('---\nid: browsers\ntitle: 推荐浏览器\ndescription:\nkeywords: []\n---\n');
    expect(lintContent({root}).errors.map(formatError)).toEqual([
      `${created.file}:4  缺少 description：加一行 description: 一句话回答或概括这个问题（最多 80 个字，显示在搜索结果和链接预览中）。`,
      `${created.file}:5  keywords 要写成 keywords: [词1, 词2]：方括号里写读者可能搜索的说法（同义词、口语），至少一个，用英文逗号隔开。`,
      `${created.file}:7  正文是空的：在第二个 --- 下面写上答案；还没有答案的栏目请写明“正在整理中”和咨询渠道。`,
    ]);
  });

  it('never reuses a number that was published, even if it was later removed', () => {
    const root = repo();
    const published = [{'9': {id: 'removed', paths: ['/general/removed/']}}];
    expect(new Site(root, published).nextNumber()).toBe(10);
  });

  it('refuses unknown folders, ids in use (now or before), bad ids, duplicate titles and long descriptions', () => {
    const site = new Site(repo(), [{'1': {id: 'clear-cache', paths: ['/general/clear-cache/']}}]);
    const base = {category: 'hangzhou', section: 'login', title: '新问题', id: 'new-question'};
    expect(site.problem('category', {...base, category: 'shanghai'})).toBe(
      '分类请从这些中选一个：general（通用问题）、hangzhou（杭州实名制）。',
    );
    expect(site.problem('section', {...base, section: undefined})).toBe('栏目请从这些中选一个：login（登录问题）。');
    expect(site.problem('section', {...base, category: 'general'})).toBe(
      '分类 general 下没有栏目，请不要写 --section。',
    );
    expect(site.problem('id', {...base, id: 'old-password'})).toBe(
      'id "old-password" 已经被用过（现在或以前的问题），请换一个。',
    );
    expect(site.problem('id', {...base, id: '新问题'})).toBe(
      'id 只能用小写英文字母、数字和 -，并以字母开头（如 forgot-password）。',
    );
    expect(site.problem('title', {...base, title: ' 问题反馈 '})).toBe('已经有一个问题叫“问题反馈”，标题不能重复。');
    expect(site.problem('description', {...base, description: '字'.repeat(81)})).toBe(
      'description 最多 80 个字，现在有 81 个字。',
    );
    expect(() => site.create({...base, id: 'feedback'})).toThrow('id "feedback" 已经被用过');
  });
});

describe('withEntry', () => {
  it('appends one line to a registry, also to an empty one', () => {
    expect(withEntry('{}\n', 1, 'a', '/general/a/')).toBe('{\n  "1": {"id": "a", "paths": ["/general/a/"]}\n}\n');
    expect(withEntry('{\n  "1": {"id": "a", "paths": ["/a/"]}\n}\n', 2, 'b', '/b/')).toBe(
      '{\n  "1": {"id": "a", "paths": ["/a/"]},\n  "2": {"id": "b", "paths": ["/b/"]}\n}\n',
    );
  });
});
