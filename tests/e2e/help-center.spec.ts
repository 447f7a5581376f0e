import {load} from 'cheerio';
import {loadRegistry} from '../../src/plugins/short-links/registry';
import {hoursText, supportDesk, supportDesks} from '../../src/data/support';
import {popularQuestions} from '../../src/data/popular';
import {axeOf, expect, test, waitForHydration} from './fixtures';
import {BADGE, questionPaths} from './question-end';

/** A site path ("/general/feedback/") as a URL relative to the base URL. */
const rel = (path: string) => path.slice(1);

// That every question page ends with its related questions and its contact block is checked in the sweep of
// every page (accessibility.spec.ts, question-end.ts); here, what only some pages show.
test.describe('the end of a question page', () => {
  test('the 桩桩 groups show on the 桩桩, integration and stats pages only', async ({page}) => {
    const pinming = supportDesk('hangzhou').groups.find((g) => g.onlyUnder)!;
    for (const [path, shown] of [
      ['/hangzhou/basics/pinming/', true],
      ['/hangzhou/integration/data-mismatch/', true],
      ['/hangzhou/login/reset-password/', false],
    ] as const) {
      await page.goto(rel(path));
      await expect(page.locator('aside[data-desk]').getByText(pinming.title), path).toHaveCount(shown ? 1 : 0);
    }
  });

  test('the general block carries the feedback guidance and links to both general pages', async ({page}) => {
    await page.goto('general/clear-cache/');
    await waitForHydration(page);
    const block = page.locator('aside[data-desk="general"]');
    await block.getByText('更多联系方式与提问方法').click();
    await expect(block).toContainText('表明身份');
    await expect(block).toContainText('紧急');
    await expect(block.getByRole('link', {name: '问题反馈建议'})).toHaveAttribute('href', /\/general\/feedback\/$/);
    await expect(block.getByRole('link', {name: '技术支持服务说明'})).toHaveAttribute(
      'href',
      /\/general\/support-hours\/$/,
    );
  });
});

test('on a phone the 仍未解决？ block is shorter than the answer of each most asked question', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  const entries = Object.values(loadRegistry());
  expect(popularQuestions.length).toBeGreaterThan(5);
  for (const id of popularQuestions) {
    const path = entries.find((e) => e.id === id)!.paths.at(-1)!;
    await page.goto(rel(path));
    await waitForHydration(page);
    const [answer, block] = await page.evaluate(() => {
      const markdown = document.querySelector('.theme-doc-markdown')!.getBoundingClientRect();
      const actions = document.querySelector('[data-question-actions]')!.getBoundingClientRect();
      return [
        markdown.bottom - actions.bottom,
        document.querySelector('aside[data-desk]')!.getBoundingClientRect().height,
      ];
    });
    expect(block, path).toBeGreaterThan(100);
    expect(block, `${path}: block ${block} px, answer ${answer} px`).toBeLessThan(answer);
  }
});

test.describe('the service badge', () => {
  test('is not in the static HTML: it appears after hydration (no mismatch)', async ({page}) => {
    const html = await (await page.request.get('xiaoshan/personnel/xs-support/')).text();
    expect(html).toContain('仍未解决？');
    expect(html).not.toContain('data-testid="service-badge"');
    await page.goto('xiaoshan/personnel/xs-support/');
    await waitForHydration(page);
    await expect(page.getByTestId('service-badge')).toHaveText(BADGE);
  });

  // Shanghai is UTC+8: Monday 2024-06-03 17:10 there is 09:10 UTC.
  for (const [instant, hangzhou, xiaoshan] of [
    ['2024-06-03T02:00:00Z', '服务时间内 · 至 11:30', '服务时间内 · 至 11:30'], // Monday 10:00
    ['2024-06-03T04:10:00Z', '非服务时间 · 今天 13:30 恢复', '非服务时间 · 今天 13:30 恢复'], // Monday 12:10
    ['2024-06-03T09:10:00Z', '非服务时间 · 明天 9:00 恢复', '服务时间内 · 至 17:30'], // Monday 17:10
    ['2024-06-07T10:00:00Z', '非服务时间 · 周一 9:00 恢复', '非服务时间 · 周一 9:00 恢复'], // Friday 18:00
    ['2024-06-08T02:00:00Z', '非服务时间 · 周一 9:00 恢复', '非服务时间 · 周一 9:00 恢复'], // Saturday 10:00
  ] as const) {
    test(`at ${instant} reads ${hangzhou} (杭州) and ${xiaoshan} (萧山)`, async ({page}) => {
      await page.clock.setFixedTime(new Date(instant));
      await page.goto('support/');
      await waitForHydration(page);
      await expect(page.locator('section', {has: page.locator('#hangzhou')}).getByTestId('service-badge')).toHaveText(
        hangzhou,
      );
      await expect(page.locator('section', {has: page.locator('#xiaoshan')}).getByTestId('service-badge')).toHaveText(
        xiaoshan,
      );
    });
  }
});

test('the support page lists every channel and the hours of every desk, from src/data/support.ts', async ({page}) => {
  await page.goto('support/');
  await waitForHydration(page);
  await expect(page.locator('h1')).toHaveText('联系技术支持');
  const channels = supportDesks.flatMap((d) => d.groups.flatMap((g) => g.channels));
  expect(channels.length).toBeGreaterThan(5);
  for (const c of channels) await expect(page.locator('main'), c.label).toContainText(c.value);
  const services = supportDesks.flatMap((d) => d.groups.flatMap((g) => (g.service ? [g.service] : [])));
  expect(services).toHaveLength(2);
  for (const service of services) await expect(page.locator('main')).toContainText(hoursText(service));
  await expect(page.getByTestId('service-badge')).toHaveCount(services.length);
  for (const [name, href] of [
    ['联系支持', /\/support\/$/],
    ['全部问题', /\/all\/$/],
  ] as const) {
    await expect(page.locator('.navbar').getByRole('link', {name, exact: true})).toHaveAttribute('href', href);
  }
});

test.describe('全部问题一页版', () => {
  test('has every question under its title, linking to its own page, and sound headings', async ({page}) => {
    const titles = new Map<string, string>();
    for (const path of questionPaths) {
      const $ = load(await (await page.request.get(rel(path))).text());
      titles.set(path, $('h1').first().text().trim());
    }
    expect(titles.size).toBeGreaterThan(30);

    await page.goto('all/');
    await waitForHydration(page);
    await expect(page.locator('h1')).toHaveCount(1);
    const main = page.locator('main');
    for (const [path, title] of titles) {
      const link = main.locator(`h3 a[href$="${path}"], h4 a[href$="${path}"]`);
      await expect(link, path).toHaveCount(1);
      await expect(link, path).toHaveText(title);
    }

    const headings = await main
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => ({level: Number(h.tagName[1]), id: h.id})));
    expect(headings.length).toBeGreaterThan(titles.size);
    headings.forEach((h, i) => {
      if (i > 0) expect(h.level, `heading ${i} (#${h.id})`).toBeLessThanOrEqual(headings[i - 1]!.level + 1);
    });
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(
      ids.filter((id) => /[^\x20-\x7e]/.test(id)),
      'non-ASCII ids',
    ).toEqual([]);
    expect(new Set(ids).size, 'duplicate ids').toBe(ids.length);
    const anchors = await main
      .locator('a[href^="#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    expect(anchors.length).toBeGreaterThan(2);
    for (const anchor of anchors) expect(ids, `#${anchor}`).toContain(anchor);

    // Answers come with their menu paths and diagrams, and without each page's footer blocks.
    await expect(main.locator('.flow')).toHaveCount(3);
    await expect(main.locator('aside[data-desk], nav[aria-labelledby="related-questions"]')).toHaveCount(0);
  });

  test('prints with a page break before each category after the first, and question links show their path', async ({
    page,
  }) => {
    await page.goto('all/');
    await waitForHydration(page);
    await page.emulateMedia({media: 'print'});
    const breaks = await page
      .locator('main > section')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toEqual(['auto', ...Array(breaks.length - 1).fill('page')]);
    expect(breaks.length).toBe(3);
    const after = await page
      .locator('main h3 a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/general/clear-cache/');
  });

  test('printed in dark mode, prints dark text and diagrams with white step numbers', async ({page}) => {
    await page.emulateMedia({media: 'print', colorScheme: 'dark'});
    await page.goto('all/');
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const brightness = (color: string) =>
      color
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b, 0);
    for (const selector of ['main h3', 'main h4', '.markdown li', '.menu-path__item']) {
      const color = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
      expect(brightness(color), `${selector}: ${color}`).toBeLessThan(200);
    }
    const number = await page
      .locator('.flow__step')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').color);
    expect(brightness(number), `step number ${number}`).toBe(765);
  });

  test('is linked from the home page', async ({page}) => {
    await page.goto('');
    await waitForHydration(page);
    await page.locator('main').getByRole('link', {name: '全部问题一页版'}).click();
    await expect(page.locator('h1')).toHaveText('全部问题一页版');
  });
});

test.describe('menu paths and step diagrams', () => {
  test('【实名制管理】【项目报备】【未报备】 is a path whose words stay text', async ({page}) => {
    await page.goto('hangzhou/integration/project-filing/');
    const markdown = page.locator('.theme-doc-markdown');
    const path = markdown.locator('.menu-path').filter({hasText: '未报备'});
    await expect(path.locator('.menu-path__item')).toHaveText(['实名制管理', '项目报备', '未报备']);
    await expect(path.locator('.menu-path__sep')).toHaveCount(2);
    await expect(markdown).not.toContainText('【');
    await expect(markdown.locator('.menu-path__item', {hasText: '项目库'}).first()).toBeVisible();
  });

  test('【腾讯文档】 keeps its words next to the form title', async ({page}) => {
    await page.goto('xiaoshan/personnel/xs-key-request/');
    const markdown = page.locator('.theme-doc-markdown');
    await expect(markdown.locator('.menu-path__item')).toHaveText(['腾讯文档']);
    await expect(markdown).toContainText('腾讯文档萧山实名制密钥申请');
  });

  for (const [path, steps, optionalLast] of [
    [
      '/hangzhou/basics/vendor-info/',
      [
        '企业信息',
        '参建单位',
        '班组信息',
        '人员信息',
        '人员进退场',
        '考勤数据',
        '其余业务有需要的数据或主管部门、业主方要求的数据',
      ],
      true,
    ],
    ['/xiaoshan/quality/acceptance/', ['基础验收：', '主体验收：', '竣工验收：'], false],
    ['/hangzhou/integration/data-rules/', ['进场', '退场', '进场'], false],
  ] as const) {
    test(`${path} draws its steps in order, in a row on a wide screen and a column at 360 px`, async ({page}) => {
      await page.goto(rel(path));
      const flow = page.locator('.theme-doc-markdown .flow');
      await expect(flow).toHaveCount(1);
      const items = flow.locator('.flow__step');
      await expect(items).toHaveCount(steps.length);
      for (const [i, step] of steps.entries()) await expect(items.nth(i)).toContainText(step);
      await expect(flow.locator('.flow__step--optional')).toHaveCount(optionalLast ? 1 : 0);
      const boxes = async () => Promise.all((await items.all()).map(async (item) => (await item.boundingBox())!));
      const [first, second] = await boxes();
      expect(second!.x, 'second step to the right of the first').toBeGreaterThan(first!.x + first!.width);
      await page.setViewportSize({width: 360, height: 800});
      const column = await boxes();
      for (let i = 1; i < column.length; i += 1) {
        expect(column[i]!.y, `step ${i + 1} below step ${i}`).toBeGreaterThan(column[i - 1]!.y + column[i - 1]!.height);
        expect(column[i]!.x + column[i]!.width, `step ${i + 1} fits in 360 px`).toBeLessThanOrEqual(360);
      }
    });
  }
});

test.describe('new elements are readable in light and dark mode', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: colour contrast of menu paths, diagrams, badges and the contact block`, async ({page}) => {
      await page.emulateMedia({colorScheme});
      for (const [path, selectors] of [
        ['/hangzhou/basics/vendor-info/', ['.flow', 'aside[data-desk]']],
        ['/hangzhou/integration/project-filing/', ['.menu-path', 'aside[data-desk]']],
        ['/support/', ['main section']],
      ] as const) {
        await page.goto(rel(path));
        await waitForHydration(page);
        await expect(page.getByTestId('service-badge').first()).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        const axe = axeOf(page).withRules(['color-contrast']);
        for (const selector of selectors) axe.include(selector);
        const results = await axe.analyze();
        expect(results.passes.length + results.violations.length, path).toBeGreaterThan(0);
        expect(
          results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)),
          `${path} (${colorScheme})`,
        ).toEqual([]);
      }
    });
  }
});
