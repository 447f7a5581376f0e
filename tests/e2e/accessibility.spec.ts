import type {Page} from '@playwright/test';
import {axeOf, expect, sitemapPaths, test, waitForHydration} from './fixtures';
import {expectPhoneLayout} from './phone';
import {expectQuestionEnd, questionPaths} from './question-end';

// axe-core finds no violation: on one page of each kind, whole, in the light
// (at 360 px) and the dark colour mode (at 1280); on every other page of the
// sitemap, in <main> (what differs from page to page: the answer, its links and
// related questions; the navbar, sidebar and footer are the same everywhere).
// The sweep of every page is at 360×740 and checks on the way the phone layout
// (phone.ts) and a question's end (question-end.ts), so that each page is opened once.
async function violationsOn(page: Page, path: string, within?: string): Promise<string[]> {
  await page.goto(path);
  await waitForHydration(page);
  await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-Hans');
  const axe = axeOf(page);
  if (within) {
    await expect(page.locator(within), path).toHaveCount(1, {timeout: 1000});
    axe.include(within);
  }
  const results = await axe.analyze();
  return results.violations.map(
    (v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const EXTRA = ['search/?q=密码', '404.html'];
const ONE_OF_EACH = ['', 'hangzhou/', 'hangzhou/basics/vendor-info/', 'xiaoshan/login/', 'support/', 'all/', ...EXTRA];
// Parts of about five pages: each stays well inside its limit on a loaded 2-core machine.
const SHARDS = 12;

// axe takes a second or two a page, several on a busy machine.
test.describe.configure({timeout: 120_000});

const questions = new Set(questionPaths);

// The sweep below finds question pages through the sitemap: it must list every one, in each category.
test('the sitemap lists every question page', async ({page}) => {
  const sitemap = await sitemapPaths(page);
  expect(sitemap.filter((p) => questions.has(p))).toHaveLength(questions.size);
  for (const category of ['general', 'hangzhou', 'xiaoshan']) {
    expect(
      questionPaths.some((p) => p.startsWith(`/${category}/`)),
      category,
    ).toBe(true);
  }
});

test.describe('at 360×740', () => {
  test.use({viewport: {width: 360, height: 740}});
  for (let shard = 0; shard < SHARDS; shard += 1) {
    test(`every page has no accessibility violations, a phone layout, and a question's end (part ${shard + 1}/${SHARDS})`, async ({
      page,
      baseURL,
    }) => {
      const sitemap = await sitemapPaths(page);
      const paths = [...sitemap, ...EXTRA].filter((_, i) => i % SHARDS === shard);
      expect(paths.length).toBeGreaterThan(2);
      const violations: string[] = [];
      for (const path of paths) {
        violations.push(...(await violationsOn(page, path, ONE_OF_EACH.includes(path) ? undefined : 'main')));
        if (sitemap.includes(path)) await expectPhoneLayout(page, path, questions.has(path));
        if (questions.has(path)) await expectQuestionEnd(page, path, baseURL!);
      }
      expect(violations).toEqual([]);
    });
  }
});

for (const path of ONE_OF_EACH) {
  test(`${path || 'the home page'} has no accessibility violations in dark mode`, async ({page}) => {
    await page.emulateMedia({colorScheme: 'dark'});
    expect(await violationsOn(page, path)).toEqual([]);
  });
}
