import type {Locator, Page} from '@playwright/test';
import {loadQuestions, sitePath} from '../../scripts/content/questions';
import {expect, openHome, search, test, waitForAnswer, waitForHydration} from './fixtures';

// Placeholder questions (front matter pending: true) are marked 整理中 wherever they are listed.
const xiaoshan = loadQuestions('docs').filter((q) => q.file.startsWith('docs/03-xiaoshan/'));
const pending = xiaoshan.filter((q) => q.frontMatter.pending === true);
const pendingTitles = pending.map((q) => String(q.frontMatter.title));
const rel = (q: (typeof pending)[number]) => sitePath(q.file, 'docs', String(q.frontMatter.id)).slice(1);
const badge = (scope: Locator | Page) => scope.locator('.faq-pending', {hasText: '整理中'});
/** The sidebar's mark is CSS (a class from the sidebar generator): the generated content after the current page's link. */
const sidebarMark = (page: Page) =>
  page
    .locator('.theme-doc-sidebar-menu .menu__link--active')
    .last()
    .evaluate((a) => getComputedStyle(a, '::after').content);

test.beforeAll(() => {
  expect(pending.length).toBeGreaterThan(0);
  expect(xiaoshan.length).toBeGreaterThan(pending.length);
});

test('the home card counts answers and placeholders apart', async ({page}) => {
  await openHome(page);
  const card = page.getByRole('link', {name: /萧山云平台/}).filter({has: page.getByRole('heading')});
  await expect(card).toContainText(`${xiaoshan.length - pending.length} 个问题，${pending.length} 个整理中`);
  await expect(page.getByRole('link', {name: /杭州实名制/}).filter({has: page.getByRole('heading')})).not.toContainText(
    '整理中',
  );
});

test('the category list, the page and its sidebar link mark each placeholder, and only those', async ({page}) => {
  await page.goto('xiaoshan/');
  await waitForHydration(page);
  const rows = page.locator('article li', {has: page.locator('a')}).filter({hasNot: page.locator('h2')});
  await expect(rows).toHaveCount(xiaoshan.length);
  for (const row of await rows.all()) {
    const title = (await row.getByRole('link').first().textContent())!;
    await expect(badge(row), title).toHaveCount(pendingTitles.includes(title) ? 1 : 0);
  }
  for (const q of pending) {
    await page.goto(rel(q));
    await waitForHydration(page);
    await expect(badge(page.locator('article')), rel(q)).toBeVisible();
    expect(await sidebarMark(page), rel(q)).toBe('"整理中"');
  }
  const answer = xiaoshan.find((q) => q.frontMatter.pending !== true)!;
  await page.goto(rel(answer));
  await waitForHydration(page);
  await expect(badge(page.locator('article'))).toHaveCount(0);
  expect(await sidebarMark(page)).toBe('none');
});

test('search marks a placeholder, and ranks it above no answer that matches as well', async ({page}) => {
  await openHome(page);
  const results = async (query: string) => {
    const options = await search(page, query);
    await waitForAnswer(page, query);
    await expect(options.first(), query).toBeVisible({timeout: 10_000});
    return options.evaluateAll((os) =>
      os.map((o) => {
        // The title without its mark: the result's first line.
        const title = o.querySelector('span span')!.cloneNode(true) as Element;
        title.querySelector('.faq-pending')?.remove();
        return {title: title.textContent, marked: o.querySelector('.faq-pending') !== null};
      }),
    );
  };
  // Asked in a way every answer matches as well: the answers come first (a placeholder ranked 4th for 忘记密码 before).
  for (const query of ['忘记密码', '密码']) {
    const found = await results(query);
    const firstMarked = found.findIndex((r) => r.marked);
    if (firstMarked !== -1)
      expect(
        found.slice(firstMarked).every((r) => r.marked),
        query,
      ).toBe(true);
  }
  // Asked for what only the placeholder covers: it leads, marked.
  for (const [query, title] of [
    ['萧山登录', '登录问题'],
    ['萧山安监', '安监问题'],
  ] as const) {
    const [first] = await results(query);
    expect(first, query).toEqual({title, marked: true});
    expect(pendingTitles, query).toContain(title);
  }
});

test('the all-in-one page marks placeholders', async ({page}) => {
  await page.goto('all/');
  await waitForHydration(page);
  for (const q of pending) {
    await expect(badge(page.locator(`#${String(q.frontMatter.id)}`)), String(q.frontMatter.id)).toHaveCount(1);
  }
  await expect(page.locator('main .faq-pending')).toHaveCount(pending.length);
});
