import {expect, test} from './fixtures';

// What the server does with the build (serve-static.ts, and nginx with
// deploy/nginx.conf): caching, gzip, the Chinese 404 page, folder redirects.
const GZIP = {'Accept-Encoding': 'gzip'};

test('pages are revalidated and gzipped, hashed assets cached for a year', async ({request}) => {
  const home = await request.get('', {headers: GZIP});
  expect(home.status()).toBe(200);
  expect(home.headers()['cache-control']).toMatch(/no-cache/);
  expect(home.headers()['content-encoding']).toBe('gzip');

  const stylesheet = /<link[^>]+rel=["']?stylesheet["']?[^>]+href=["']?([^"' >]*\/assets\/css\/[^"' >]+)/.exec(
    await home.text(),
  )?.[1];
  expect(stylesheet).toBeDefined();
  const css = await request.get(stylesheet!, {headers: GZIP});
  expect(css.status()).toBe(200);
  expect(css.headers()['cache-control']).toMatch(/max-age=31536000/);
  expect(css.headers()['cache-control']).toMatch(/immutable/);
  expect(css.headers()['content-encoding']).toBe('gzip');
});

test('the search index: its first file revalidated, its shards (named by content) cached for a year, both gzipped', async ({
  request,
}) => {
  const meta = await request.get('search-meta.json', {headers: GZIP});
  expect(meta.status()).toBe(200);
  expect(meta.headers()['cache-control']).toMatch(/no-cache/);
  expect(meta.headers()['content-encoding']).toBe('gzip');
  const {shards, sizes} = (await meta.json()) as {shards: string[]; sizes: number[]};
  const largest = shards[sizes.indexOf(Math.max(...sizes))]!;
  expect(largest).toMatch(/^search-index\/\d+\.[0-9a-f]{10}\.json$/);
  const shard = await request.get(largest, {headers: GZIP});
  expect(shard.status()).toBe(200);
  expect(shard.headers()['cache-control']).toMatch(/max-age=31536000/);
  expect(shard.headers()['cache-control']).toMatch(/immutable/);
  expect(shard.headers()['content-encoding']).toBe('gzip');
});

test('a missing page gets the Chinese 404 page with status 404', async ({request}) => {
  const response = await request.get('no-such-question/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('找不到页面');
});

test('a folder without its trailing slash redirects to it', async ({request, baseURL}) => {
  const response = await request.get('hangzhou/login', {maxRedirects: 0});
  expect(response.status()).toBe(301);
  expect(new URL(response.headers()['location']!, baseURL).href).toBe(new URL('hangzhou/login/', baseURL).href);
  expect((await request.get('hangzhou/login/index.html')).status()).toBe(200);
});
