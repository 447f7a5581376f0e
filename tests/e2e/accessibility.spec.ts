import AxeBuilder from '@axe-core/playwright';
import {expect, test, waitForHydration} from './fixtures';

// axe-core over one page of each kind, in the light and dark colour modes.
const PAGES = [
  '',
  'hangzhou/',
  'hangzhou/login/reset-password/',
  'hangzhou/basics/vendor-info/',
  'xiaoshan/login/',
  'search/?q=密码',
  'support/',
  'all/',
  '404.html',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`/${path} has no accessibility violations (${colorScheme})`, async ({page}) => {
      await page.emulateMedia({colorScheme});
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      const results = await new AxeBuilder({page}).analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);
    });
  }
}
