import {expect, search, test, waitForHydration} from './fixtures';

test('search finds a question and opens it', async ({page}) => {
  await page.goto('');
  await waitForHydration(page);
  const results = await search(page, '密码');
  await results.filter({hasText: '杭州市实名制重置密码说明'}).first().click();
  await expect(page.locator('h1')).toHaveText('杭州市实名制重置密码说明');
  await expect(page).toHaveURL(/\/hangzhou\/login\/reset-password\/([?#].*)?$/);
  await expect(page.getByText('外地（杭州市外）企业联系建管站（市场管理科）')).toBeVisible();
});
