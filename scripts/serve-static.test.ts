import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveStatic} from './serve-static';

// A build next to another folder it must never serve (as build/ beside build-internal/).
const work = mkdtempSync(path.join(tmpdir(), 'serve-static-test-'));
mkdirSync(path.join(work, 'build', 'general'), {recursive: true});
mkdirSync(path.join(work, 'build-internal'));
writeFileSync(path.join(work, 'build', 'index.html'), '<p>首页</p>');
writeFileSync(path.join(work, 'build', 'general', 'index.html'), '<p>通用</p>');
writeFileSync(path.join(work, 'build', '404.html'), '<p>找不到页面</p>');
writeFileSync(path.join(work, 'build-internal', 'index.html'), '<p>SECRET</p>');

describe.each(['/', '/faq/'])('serveStatic under %s', (base) => {
  let origin = '';
  let close = () => {};
  beforeAll(async () => {
    const server = await serveStatic({dir: path.join(work, 'build'), port: 0, base});
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('serves the pages of its folder', async () => {
    expect(await (await fetch(`${origin}${base}general/`)).text()).toBe('<p>通用</p>');
  });

  it.each([
    '..%2fbuild-internal/index.html',
    '..%2Fbuild-internal/',
    '%2e%2e%2fbuild-internal/index.html',
    '.%2e/build-internal/index.html',
    'general/..%2f..%2fbuild-internal/index.html',
    '..%5cbuild-internal/index.html',
    '%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'index.html%00.png',
  ])('stays inside its folder for %s', async (attack) => {
    // fetch() would resolve the dots itself; the raw request line goes as written.
    const response = await fetch(`${origin}${base}${attack}`.replace(/\/\.\.\//g, '/%2e%2e/'));
    const text = await response.text();
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('root:');
    // 400: serve-handler refuses a path that leaves the folder.
    expect([400, 404]).toContain(response.status);
  });
});

afterAll(() => rmSync(work, {recursive: true, force: true}));
