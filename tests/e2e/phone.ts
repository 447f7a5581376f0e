import {expect, type Locator, type Page, type TestInfo} from '@playwright/test';
import {loadQuestions, sitePath} from '../../scripts/content/questions';

/** The phone of the issue reports: 360×740, as QQ's in-app browser on Android says it is. */
export const PHONE = {
  viewport: {width: 360, height: 740},
  userAgent:
    'Mozilla/5.0 (Linux; Android 10; V2001A Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
    'Version/4.0 Chrome/89.0.4389.72 MQQBrowser/6.2 TBS/046011 Mobile Safari/537.36 QQ/8.8.68.7265 NetType/WIFI',
  hasTouch: true,
};

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * At 360 px the page does not scroll sideways and its action buttons are 44 px tall, inside the screen; a
 * question has its two copy buttons on one row right under its title (手机扫码 is for a PC screen).
 */
export async function expectPhoneLayout(page: Page, path: string, question: boolean) {
  expect(page.viewportSize()?.width, 'a phone-sized page').toBe(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  const buttons = page.locator('[data-question-actions] button').filter({visible: true});
  for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
    expect(box.height, path).toBeGreaterThanOrEqual(44);
    expect(box.right, path).toBeLessThanOrEqual(360);
  }
  const actions = page.locator('.theme-doc-markdown > [data-question-actions]');
  await expect(actions, path).toHaveCount(question ? 1 : 0, {timeout: 1000});
  if (!question) return;
  const [title, row] = await Promise.all([page.locator('h1').boundingBox(), actions.boundingBox()]);
  expect(row!.y, path).toBeGreaterThanOrEqual(title!.y + title!.height);
  expect(row!.y - (title!.y + title!.height), path).toBeLessThan(32);
  expect(await buttons.count(), path).toBe(2);
  const [link, reply] = await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  expect(link, path).toBe(reply);
}

/** The question with the longest title (its site path without the leading slash), the hardest to fit. */
export function longestQuestion(): {path: string; title: string} {
  const [longest] = loadQuestions('docs')
    .map((q) => ({
      path: sitePath(q.file, 'docs', String(q.frontMatter.id)).slice(1),
      title: String(q.frontMatter.title),
    }))
    .sort((a, b) => b.title.length - a.title.length);
  return longest!;
}

/** The alpha of a computed colour ("rgb(…)" is opaque). */
export async function backgroundAlpha(locator: Locator): Promise<number> {
  const color = await locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(color);
  return alpha ? Number(alpha[1]) : 1;
}

/**
 * Whether every navbar item but the search box is out of sight: hidden, or
 * under the open box at its centre and corners (what the reader sees there).
 */
export async function navbarItemsCovered(page: Page, box: Locator) {
  const shown = await box.evaluate((searchBox) => {
    const items = Array.from(document.querySelectorAll<HTMLElement>('.navbar__toggle, .navbar__brand, .navbar__item'));
    return items
      .filter((item) => !searchBox.contains(item) && item.getClientRects().length > 0)
      .filter((item) => {
        const r = item.getBoundingClientRect();
        const points = [
          [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
          [r.left + 2, r.top + 2],
          [r.right - 2, r.bottom - 2],
        ];
        return points.some(([x, y]) => {
          const seen = document.elementFromPoint(x!, y!);
          return seen !== null && !searchBox.contains(seen);
        });
      })
      .map((item) => item.className);
  });
  expect(shown, 'navbar items showing beside the open search box').toEqual([]);
}

/** The lines a block of text takes, with the width of its last line. */
export async function textLines(locator: Locator): Promise<{lines: number; lastWidth: number}> {
  return locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rows = new Map<number, number>();
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width === 0) continue;
      const top = Math.round(rect.top);
      rows.set(top, (rows.get(top) ?? 0) + rect.width);
    }
    const tops = [...rows.keys()].sort((a, b) => a - b);
    return {lines: tops.length, lastWidth: rows.get(tops.at(-1)!) ?? 0};
  });
}

/** The heights of the visible elements of a locator that are under `min` px tall, by their text. */
export async function shorterThan(locator: Locator, min: number): Promise<string[]> {
  const boxes = await locator.evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({text: (el.textContent ?? '').trim(), height: el.getBoundingClientRect().height})),
  );
  expect(boxes.length, 'elements measured').toBeGreaterThan(0);
  return boxes.filter((b) => b.height < min).map((b) => `${b.text}: ${b.height.toFixed(1)} px`);
}

/** Keeps a screenshot of the page with the test's results for review (not compared). */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({path: testInfo.outputPath(`${name}.png`)});
}
