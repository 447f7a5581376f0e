import {expect, test, waitForHydration} from './fixtures';

// A page whose render fails in the browser keeps its server-rendered answer
// readable, with a short Chinese note (src/components/RenderErrorFallback),
// whichever error boundary catches it. The failures are those of QQ's and
// 360's older kernels: no time-zone data for Intl (the "last updated" date,
// inside the layout), no Object.fromEntries (Chromium 73; Docusaurus's own
// providers, around the layout), no Array.prototype.flat (Chromium 69; before
// hydration).
const QUESTION = 'hangzhou/login/reset-password/';
const ANSWER = '本地企业联系企业注册地的住建局';
const NOTE = /页面的部分功能没能正常运行，下面是这一页的内容。\s*重新加载/;

/** Intl.DateTimeFormat that throws for a time zone, as where the kernel has no time-zone data. */
function withoutTimeZones() {
  const DateTimeFormat = Intl.DateTimeFormat;
  Intl.DateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    if (options?.timeZone) throw new RangeError(`Invalid time zone specified: ${options.timeZone}`);
    return new DateTimeFormat(locales, options);
  } as typeof Intl.DateTimeFormat;
}

test('a render that fails inside the layout shows the answer again under a Chinese note', async ({page, problems}) => {
  await page.addInitScript(withoutTimeZones);
  await page.goto(QUESTION);
  const note = page.getByTestId('render-error');
  await expect(note).toHaveText(NOTE, {timeout: 10_000});
  await expect(page.locator('main').getByText(ANSWER)).toBeVisible();
  await expect(page.locator('h1')).toHaveText('杭州市实名制重置密码说明');
  await expect(page.getByText(/崩溃|crashed|重试|Try again/i)).toHaveCount(0);
  // The layout around it still works: the navbar is above the note, and its links lead on.
  const navbar = (await page.locator('nav.navbar').boundingBox())!;
  expect((await note.boundingBox())!.y).toBeGreaterThan(navbar.y);
  // The failure itself was logged: that is what this test is about.
  expect(problems.consoleErrors.join('\n')).toContain('Invalid time zone');
  problems.consoleErrors.length = 0;
});

test('a render that fails around the layout shows the whole page again under a Chinese note', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => delete (Object as {fromEntries?: unknown}).fromEntries);
  await page.goto(QUESTION);
  await expect(page.getByTestId('render-error')).toHaveText(NOTE, {timeout: 10_000});
  await expect(page.getByText(ANSWER)).toBeVisible();
  await expect(page.locator('h1')).toHaveText('杭州市实名制重置密码说明');
  await expect(page.getByText(/崩溃|crashed/i)).toHaveCount(0);
  // The page's links are plain links again: they lead on.
  await page.locator('main').getByRole('link', {name: '杭州实名制', exact: true}).first().click();
  await expect(page.locator('h1')).toHaveText('杭州实名制');
  expect(problems.consoleErrors.join('\n')).toContain('fromEntries');
  problems.consoleErrors.length = 0;
});

test('after moving to another page in the browser, a failing render loads that page from the server', async ({
  page,
  problems,
}) => {
  await page.goto('');
  await waitForHydration(page);
  // From now on, renders fail as on an old kernel; the page loaded afresh does not.
  await page.evaluate(withoutTimeZones);
  await page.evaluate(() => ((window as unknown as {sameDocument: boolean}).sameDocument = true));
  await page.locator(`main a[href$="/${QUESTION}"]`).first().click();
  // While the reload tears the old document down, evaluate() throws: not known yet, ask again.
  await expect
    .poll(() => page.evaluate(() => 'sameDocument' in window).catch(() => true), {timeout: 10_000})
    .toBe(false);
  await waitForHydration(page);
  await expect(page.getByText(ANSWER)).toBeVisible();
  await expect(page.getByTestId('render-error')).toHaveCount(0);
  problems.consoleErrors.length = 0;
});

test('where scripts cannot start (no Array.prototype.flat), the server-rendered page stays as it is', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => delete (Array.prototype as {flat?: unknown}).flat);
  await page.goto(QUESTION);
  await expect(page.getByText(ANSWER)).toBeVisible();
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => document.documentElement.dataset.hasHydrated)).toBe('false');
  await expect(page.getByTestId('render-error')).toHaveCount(0);
  problems.consoleErrors.length = 0;
});
