import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {APIResponse} from '@playwright/test';
import {SETTLE_MS} from '../../src/lib/events/encode';
import {E2E_LOGS} from '../../scripts/serve-nginx';
import {dropdown, expect, navbarBox, openHome, test, waitForHydration} from './fixtures';

// What deploy/nginx.conf promises an admin, checked on real nginx (the nginx
// project of playwright.config.ts serves build-faq/ under /faq/).
const SERVED = 'build-faq';
const GZIP = {'Accept-Encoding': 'gzip'};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers, what).toMatchObject(SECURITY_HEADERS);
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'self'");
  expect(headers['server'], `${what}: no version`).toBe('nginx');
}

test('every kind of response carries the security headers, without the nginx version', async ({request, baseURL}) => {
  const home = await request.get('', {headers: GZIP});
  // The main bundle, as the page's loader names it (src/plugins/finish-build/late-boot.ts).
  const script = /"([^"]+\/assets\/js\/main\.[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script).toBeDefined();
  const responses: [string, APIResponse][] = [
    ['page', home],
    ['script', await request.get(script!)],
    ['search index', await request.get('search-index.json', {headers: GZIP})],
    ['folder redirect', await request.get('hangzhou', {maxRedirects: 0})],
    ['404 page', await request.get('no-such-question/')],
    ['dotfile', await request.get('.env')],
    ['outside the site', await request.get(new URL('/', baseURL).href)],
  ];
  expect(responses.map(([, r]) => r.status())).toEqual([200, 200, 200, 301, 404, 404, 404]);
  for (const [what, response] of responses) expectSecurityHeaders(response, what);
});

test('pages get the policy parts a <meta> cannot carry; other files may run nothing', async ({request}) => {
  const page = (await request.get('')).headers()['content-security-policy']!;
  expect(page).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
  const json = (await request.get('search-index.json')).headers()['content-security-policy']!;
  expect(json).toContain("default-src 'none'");
  expect(json).toContain('sandbox');
});

test('dotfiles, .map files and everything outside the site are not served', async ({request, baseURL}) => {
  // As if an admin had copied them into the site folder with the build.
  const planted = ['.git/config', '.env', 'assets/js/main.js.map', 'assets/.secret'];
  for (const file of planted) {
    mkdirSync(path.dirname(path.join(SERVED, file)), {recursive: true});
    writeFileSync(path.join(SERVED, file), 'SECRET');
  }
  try {
    for (const file of [...planted, '.git/', '.git/HEAD']) {
      const response = await request.get(file);
      expect(response.status(), file).toBe(404);
      expect(await response.text(), file).not.toContain('SECRET');
    }
    for (const outside of ['/', '/faq', '/etc/passwd', '/faq/..%2f..%2fetc/passwd', '/index.nginx-debian.html']) {
      const response = await request.get(new URL(outside, baseURL).href, {
        maxRedirects: 0,
      });
      expect([400, 404], outside).toContain(response.status());
    }
  } finally {
    for (const file of planted) rmSync(path.join(SERVED, file), {force: true});
    rmSync(path.join(SERVED, '.git'), {recursive: true, force: true});
  }
});

test('the search index, pages and the sitemap are sent precompressed (gzip_static)', async ({request}) => {
  for (const file of ['search-index.json', 'sitemap.xml', 'index.html', 'hangzhou/index.html']) {
    const response = await request.get(file, {headers: GZIP});
    expect(response.headers()['content-encoding'], file).toBe('gzip');
    // nginx compressing on the fly sends no length; a precompressed file is sent as it is.
    expect(Number(response.headers()['content-length']), file).toBe(statSync(path.join(SERVED, `${file}.gz`)).size);
  }
});

test('another site cannot frame the pages; the site itself can', async ({page, problems, baseURL}) => {
  await page.goto('');
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, new URL('support/', baseURL).href);
  await expect(page.frameLocator('iframe').locator('h1')).toHaveText('联系技术支持', {timeout: 5_000});

  // A page of no origin (another site, as far as 'self' goes) frames the home page: Chromium shows its error page.
  const other = await page.context().newPage();
  await other.setContent(`<iframe src="${baseURL}"></iframe>`);
  const framed = () =>
    other
      .frames()[1]
      ?.evaluate(() => document.body?.innerText ?? '')
      .catch(() => '') ?? '';
  await expect.poll(framed, {timeout: 5_000}).not.toBe('');
  expect(await framed()).not.toContain('实名制技术支持');
  await other.close();
  problems.consoleErrors.length = 0;
});

test('nginx answers the event path itself, never cached, with the security headers', async ({request}) => {
  const response = await request.get('event.gif?e=vote&p=1&v=up');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/gif');
  expect(response.headers()['cache-control']).toBe('no-store');
  expectSecurityHeaders(response, 'event');
  expect((await response.body()).subarray(0, 6).toString()).toBe('GIF89a');
  // Answered by empty_gif, not from the build's event.gif, which nginx would send with an ETag.
  expect(response.headers()['etag']).toBeUndefined();
});

test.describe("on a reader's phone", () => {
  // Headless Chromium names itself in its user agent, and the report skips it as a bot.
  test.use({userAgent: 'Mozilla/5.0 (Linux; Android 10; V2001A) AppleWebKit/537.36 Chrome/66.0 Mobile QQ/8.9.0'});

  test('a search and a vote in the browser reach faq-events.log, and npm run report lists the zero-result query and the vote', async ({
    page,
  }) => {
    const nothing = `zzqq${Date.now() % 100_000}`;
    await openHome(page);
    const box = navbarBox(page);
    await box.focus();
    await box.pressSequentially(nothing, {delay: 30});
    await expect(dropdown(page)).toContainText('没有找到', {timeout: 10_000});
    await page.waitForTimeout(SETTLE_MS + 300);
    await box.fill('忘记密码');
    await expect(dropdown(page).getByRole('option').first()).toBeVisible({timeout: 5_000});
    await box.press('Enter');
    await waitForHydration(page);
    const title = (await page.locator('article h1').textContent())!;
    await page.getByTestId('answer-vote').getByRole('button', {name: '没帮助'}).click();
    await page.getByTestId('answer-vote').getByRole('button', {name: '步骤看不懂'}).click();

    const events = path.join(E2E_LOGS, 'faq-events.log');
    await expect.poll(() => readFileSync(events, 'utf8'), {timeout: 5_000}).toContain('why=unclear');
    // The events have their own log; pages stay in access.log.
    expect(readFileSync(path.join(E2E_LOGS, 'access.log'), 'utf8')).not.toContain('event.gif');

    const dir = mkdtempSync(path.join(tmpdir(), 'faq-report-'));
    const out = path.join(dir, 'report.html');
    const printed = execFileSync(
      'npm',
      ['run', '--silent', 'report', '--', path.join(E2E_LOGS, 'access.log'), events, '--out', out, '--build', SERVED],
      {encoding: 'utf8'},
    );
    expect(printed).toContain(`${nothing}  （现在仍搜不到）`);
    expect(printed).toMatch(/评价：有帮助 \d+，没帮助 [1-9]/);
    expect(printed).toContain(title);
    const html = readFileSync(out, 'utf8');
    rmSync(dir, {recursive: true});
    expect(html).toContain(nothing);
    expect(html).toMatch(new RegExp(`${title}.*步骤看不懂 1`));
  });
});
