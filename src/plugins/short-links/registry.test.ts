import {describe, expect, it} from 'vitest';
import {checkRegistry, currentPaths, numbersById, registryAliases, reusedNumbers, type Registry} from './registry';

const registry: Registry = {
  '1': {id: 'clear-cache', paths: ['/general/clear-cache/']},
  '2': {id: 'reset-password', paths: ['/hangzhou/reset-password/', '/hangzhou/login/reset-password/']},
};
const live = [
  {id: 'clear-cache', path: '/general/clear-cache/'},
  {id: 'reset-password', path: '/hangzhou/login/reset-password/'},
];

describe('checkRegistry', () => {
  it('accepts a registry where every question has a number and its current path', () => {
    expect(checkRegistry(registry, live)).toEqual([]);
    expect(numbersById(registry)).toEqual(
      new Map([
        ['clear-cache', 1],
        ['reset-password', 2],
      ]),
    );
  });

  it('fails when a question has no number', () => {
    expect(checkRegistry(registry, [...live, {id: 'new-one', path: '/general/new-one/'}])).toEqual([
      expect.stringContaining('问题 "new-one"（/general/new-one/）没有短链接编号'),
    ]);
  });

  it('fails when a question moved without registering its new path', () => {
    const moved = [live[0]!, {id: 'reset-password', path: '/hangzhou/accounts/reset-password/'}];
    expect(checkRegistry(registry, moved)).toEqual([
      expect.stringContaining(
        '编号 2：问题 "reset-password" 现在的路径 /hangzhou/accounts/reset-password/ 不在 paths 中',
      ),
    ]);
  });

  it('fails when a registered question no longer exists, unless retired to another', () => {
    expect(checkRegistry(registry, [live[1]!])).toEqual([
      expect.stringContaining('编号 1：找不到 id 为 "clear-cache" 的问题'),
    ]);
    const retired: Registry = {...registry, '1': {...registry['1']!, retiredTo: 'reset-password'}};
    expect(checkRegistry(retired, [live[1]!])).toEqual([]);
  });

  it('lists the last path of each question that is not retired', () => {
    expect(currentPaths(registry)).toEqual(['/general/clear-cache/', '/hangzhou/login/reset-password/']);
    const retired: Registry = {...registry, '1': {...registry['1']!, retiredTo: 'reset-password'}};
    expect(currentPaths(retired)).toEqual(['/hangzhou/login/reset-password/']);
  });

  it('fails when an old path is taken by another question, or a path is registered twice', () => {
    const clash = [
      live[0]!,
      {id: 'reset-password', path: '/hangzhou/login/reset-password/'},
      {id: 'x', path: '/hangzhou/reset-password/'},
    ];
    expect(checkRegistry({...registry, '3': {id: 'x', paths: ['/hangzhou/reset-password/']}}, clash)).toEqual([
      expect.stringContaining('旧路径 /hangzhou/reset-password/ 现在被问题 "x" 占用'),
      expect.stringContaining('编号 3：路径 /hangzhou/reset-password/ 已登记在编号 2 下'),
    ]);
  });

  it('fails on a question with two numbers and on a non-ASCII path', () => {
    const errors = checkRegistry({...registry, '3': {id: 'clear-cache', paths: ['/通用/']}}, live);
    expect(errors).toContainEqual(expect.stringContaining('问题 "clear-cache" 已经有编号 1'));
    expect(errors).toContainEqual(expect.stringContaining('路径 "/通用/" 只能用小写英文'));
  });
});

describe('reusedNumbers', () => {
  it('fails when a published number is given to another question, or removed', () => {
    const published: Registry[] = [{'1': registry['1']!}, registry];
    expect(reusedNumbers(published, registry)).toEqual([]);
    expect(reusedNumbers(published, {...registry, '1': {id: 'other', paths: ['/general/other/']}})).toEqual([
      expect.stringContaining('编号 1：曾属于问题 "clear-cache"，不能改给 "other"'),
    ]);
    expect(reusedNumbers(published, {'1': registry['1']!})).toEqual([
      expect.stringContaining('编号 2：已发布的编号不能删除'),
    ]);
  });
});

describe('registryAliases', () => {
  it('leads every published path and every retired id to the live question', () => {
    expect(
      registryAliases({
        '1': {id: 'a', paths: ['/old/a/', '/new/a/']},
        '2': {id: 'gone', paths: ['/old/gone/'], retiredTo: 'a'},
      }),
    ).toEqual({'/old/a/': 'a', '/new/a/': 'a', '/old/gone/': 'a', gone: 'a'});
  });
});
