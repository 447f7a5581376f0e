import {dropdown, expect, navbarBox, openHome, test, waitForHydration} from './fixtures';
import {
  COLOR_SCHEMES,
  PHONE,
  backgroundAlpha,
  keepScreenshot,
  longestQuestion,
  navbarItemsCovered,
  shorterThan,
  textLines,
} from './phone';

for (const colorScheme of COLOR_SCHEMES) {
  test.describe(`at 360×740 in QQ, ${colorScheme}`, () => {
    test.use({...PHONE, colorScheme});

    test('the home page shows one search box, its own', async ({page}, testInfo) => {
      await openHome(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.locator('input[type="search"]').filter({visible: true})).toHaveCount(1);
      await expect(page.locator('[data-search-box="hero"] input')).toBeVisible();
      await keepScreenshot(page, testInfo, 'home');
    });

    test('the open navbar search is opaque, covers the navbar, lists results to tap, and 取消 leaves it', async ({
      page,
    }, testInfo) => {
      await page.goto(longestQuestion().path);
      await waitForHydration(page);
      const input = navbarBox(page);
      await input.tap();
      await input.fill('忘记密码');
      const options = dropdown(page).getByRole('option');
      await expect(options.first()).toBeVisible();
      await keepScreenshot(page, testInfo, 'search-open');

      const box = page.locator('[data-search-box="navbar"]');
      expect(await backgroundAlpha(input)).toBe(1);
      expect(await backgroundAlpha(box)).toBe(1);
      expect(await backgroundAlpha(dropdown(page))).toBe(1);
      await navbarItemsCovered(page, box);
      // The box spans the bar; 取消 beside the input, not on it.
      const cancel = page.getByRole('button', {name: '取消'});
      const [field, exit] = [(await input.boundingBox())!, (await cancel.boundingBox())!];
      expect(field.x + field.width).toBeLessThanOrEqual(exit.x);
      expect(field.width).toBeGreaterThan(200);
      expect(exit.height).toBeGreaterThanOrEqual(44);
      expect(await shorterThan(options, 44)).toEqual([]);

      await cancel.tap();
      await expect(input).toHaveValue('');
      await expect(input).not.toBeFocused();
      await expect(dropdown(page)).toBeHidden();
      await expect(cancel).toBeHidden();
      const toggle = (await page.locator('.navbar__toggle').boundingBox())!;
      expect(
        await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.navbar__toggle') !== null,
          [toggle.x + toggle.width / 2, toggle.y + toggle.height / 2],
        ),
      ).toBe(true);
    });

    test('a long question: a 24–28 px title in two lines at most, breadcrumbs that wrap in place, upright text', async ({
      page,
    }, testInfo) => {
      const {path, title} = longestQuestion();
      await page.goto(path);
      await waitForHydration(page);
      const h1 = page.locator('h1');
      await expect(h1).toHaveText(title);
      const size = await h1.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeLessThanOrEqual(28);
      expect(size).toBeGreaterThanOrEqual(20);
      const {lines, lastWidth} = await textLines(h1);
      expect(lines).toBeLessThanOrEqual(2);
      // No lone character on the last line.
      expect(lastWidth).toBeGreaterThan(2 * size);

      // The page's name starts on the line of the crumb before it, where there is room.
      const crumbs = page.locator('.breadcrumbs__item');
      const [before, current] = await Promise.all(
        [crumbs.nth(-2), crumbs.last()].map((c) => c.evaluate((el) => el.getClientRects()[0]!.toJSON() as DOMRect)),
      );
      expect(current!.top).toBeCloseTo(before!.top, 0);

      await expect(page.locator('.theme-last-updated')).toHaveCount(1);
      const slanted = await page
        .locator('main *')
        .evaluateAll((els) =>
          els.filter((el) => getComputedStyle(el).fontStyle !== 'normal').map((el) => `${el.tagName}.${el.className}`),
        );
      expect(slanted).toEqual([]);
      await page.locator('.theme-last-updated').scrollIntoViewIfNeeded();
      await keepScreenshot(page, testInfo, 'question-end');
    });

    test('tap targets are 44 px high: ☰, the menu, related questions, a category list', async ({page}, testInfo) => {
      await page.goto(longestQuestion().path);
      await waitForHydration(page);
      const toggle = (await page.locator('.navbar__toggle').boundingBox())!;
      expect(Math.min(toggle.width, toggle.height)).toBeGreaterThanOrEqual(44);
      expect(await shorterThan(page.locator('nav[aria-labelledby="related-questions"] li a'), 44)).toEqual([]);

      await page.locator('.navbar__toggle').tap();
      const menu = page.locator('.navbar-sidebar');
      await expect(menu.locator('.menu__link').first()).toBeVisible();
      await keepScreenshot(page, testInfo, 'menu');
      expect(await shorterThan(menu.locator('.menu__link, .navbar-sidebar__close'), 44)).toEqual([]);

      await page.goto('hangzhou/');
      await waitForHydration(page);
      expect(await shorterThan(page.locator('main article li a'), 44)).toEqual([]);
    });
  });
}
