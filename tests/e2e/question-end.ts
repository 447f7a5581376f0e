import {expect, type Page} from '@playwright/test';
import {pendingPaths} from '../../scripts/content/questions';
import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {firstGroups, groupsFor, hoursText, supportDesk} from '../../src/data/support';

/** Every live question's current path (without the base URL), from the short-link registry. */
export const questionPaths = currentPaths(loadRegistry());
const placeholders = pendingPaths();
export const BADGE = /^(服务时间内 · 至 \d{1,2}:\d\d|非服务时间 · (今天|明天|周[一二三四五]) \d{1,2}:\d\d 恢复)$/;

/** A link's site path, without the base URL the site is served under. */
const sitePathOf = (href: string, baseURL: string) =>
  new URL(href).pathname.slice(new URL(baseURL).pathname.length - 1);

/**
 * A question page (`path`, hydrated) ends with 3–5 related questions that exist, are answered, not itself and not
 * of the other platform, then its category's 仍未解决？ block: the team to ask first, in view, with its QQ group to
 * copy, its hours and service badge; the page's other teams folded; nothing of teams that are not for this page.
 */
export async function expectQuestionEnd(page: Page, path: string, baseURL: string) {
  const category = path.split('/')[1]!;
  const related = (
    await page
      .locator('nav[aria-labelledby="related-questions"] li a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
  ).map((href) => sitePathOf(href, baseURL));
  expect(related.length, path).toBeGreaterThanOrEqual(3);
  expect(related.length, path).toBeLessThanOrEqual(5);
  const otherPlatform = {hangzhou: '/xiaoshan/', xiaoshan: '/hangzhou/'}[category];
  for (const target of related) {
    expect(questionPaths, `${path} → ${target}`).toContain(target);
    expect(placeholders, `${path} suggests the placeholder ${target}`).not.toContain(target);
    if (otherPlatform) expect(target, `${path} suggests the other platform's ${target}`).not.toMatch(otherPlatform);
    expect(target, path).not.toBe(path);
  }

  const desk = supportDesk(category);
  expect(desk.key, path).toBe(category);
  const block = page.locator('aside[data-desk]');
  await expect(block, path).toHaveAttribute('data-desk', category);
  await expect(block.getByRole('heading', {name: '仍未解决？'}), path).toBeVisible();
  // First, in view: the team to ask (for 通用问题, each platform's), its open QQ group to copy, its hours.
  const first = firstGroups(desk);
  for (const {group} of first) {
    const shown = block.getByTestId('support-group').filter({hasText: group.title}).first();
    await expect(shown.getByText(group.channels[0]!.value, {exact: true}), path).toBeVisible();
    await expect(shown.getByRole('button', {name: /^复制QQ\d群群号/}), path).toBeVisible();
    await expect(shown, path).toContainText(hoursText(group.service!));
    await expect(shown.getByTestId('service-badge'), path).toHaveText(BADGE);
  }
  // Folded under 更多联系方式: the other teams of this page, and nothing of the pages they are not for.
  const folded = block.locator('details');
  for (const group of groupsFor(desk, path).filter((g) => !first.some((f) => f.group === g))) {
    await expect(folded, `${path}: ${group.title}`).toContainText(group.title);
    for (const channel of group.channels) await expect(folded, path).toContainText(channel.value);
  }
  for (const hidden of desk.groups.filter((g) => !groupsFor(desk, path).includes(g))) {
    await expect(block, `${path} shows ${hidden.title}`).not.toContainText(hidden.title);
  }
  await expect(folded, path).toContainText('本站不掌握节假日安排');
}
