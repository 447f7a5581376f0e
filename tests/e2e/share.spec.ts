import {load} from 'cheerio';
import type {Page} from '@playwright/test';
import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {expect, test, waitForHydration} from './fixtures';

const SITE_TITLE = '实名制技术支持';
const registry = Object.entries(loadRegistry());

/** The address of a site path under the project's base URL. */
function siteUrl(baseURL: string, path: string) {
  return new URL(path.slice(1), baseURL).href;
}

async function headOf(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  const $ = load(await response.text());
  const meta = (selector: string) => $(`meta[${selector}]`).attr('content');
  return {
    title: $('title').text(),
    description: meta('name="description"'),
    ogTitle: meta('property="og:title"'),
    ogDescription: meta('property="og:description"'),
    ogType: meta('property="og:type"'),
    ogImage: meta('property="og:image"'),
    itemDescription: meta('itemprop="description"'),
    canonical: $('link[rel="canonical"]').attr('href'),
    h1: $('h1').first().text(),
  };
}

test('复制链接 puts the title and the short link on the clipboard', async ({page, context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(baseURL!).origin});
  await page.goto('hangzhou/login/reset-password/');
  await waitForHydration(page);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  const button = page.getByRole('button', {name: '复制链接'});
  await button.click();
  await expect(page.getByTestId('copy-question-link')).toHaveText('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`「杭州市实名制重置密码说明」\n${siteUrl(baseURL!, '/q/10/')}`);
});

test('the copy button is reachable by keyboard', async ({page}) => {
  await page.goto('general/clear-cache/');
  await waitForHydration(page);
  const button = page.getByRole('button', {name: '复制链接'});
  await button.focus();
  await expect(button).toBeFocused();
});

test('every short link /q/<n>/ and every old path leads to its question, with its preview tags', async ({
  page,
  baseURL,
}) => {
  // Every number and old path: give a busy machine time.
  test.setTimeout(180_000);
  // Every one's HTML is checked here; opened in the browser: the old paths, the first and the last number
  // (every copy is its question page plus the same address script: tests/build/short-links.test.ts).
  const sample = new Set([registry[0]![0], registry.at(-1)![0]]);
  let checked = 0;
  for (const [n, entry] of registry) {
    const current = entry.paths.at(-1)!;
    const target = await headOf(page, siteUrl(baseURL!, current));
    for (const from of [`/q/${n}/`, ...entry.paths.slice(0, -1)]) {
      const short = await headOf(page, siteUrl(baseURL!, from));
      expect(short.title, from).toBe(target.title);
      expect(short.ogTitle, from).toBe(target.ogTitle);
      expect(short.ogDescription, from).toBe(target.ogDescription);
      expect(short.ogImage, from).toBe(target.ogImage);
      checked += 1;
      if (!sample.has(n) && from.startsWith('/q/')) continue;
      await page.goto(siteUrl(baseURL!, from));
      await expect(page, from).toHaveURL(siteUrl(baseURL!, current));
      await expect(page.locator('h1'), from).toHaveText(target.h1);
    }
  }
  expect(checked).toBeGreaterThanOrEqual(registry.length);
});

test('every question page has link-preview metadata with absolute ASCII URLs', async ({page, baseURL}) => {
  for (const path of currentPaths(Object.fromEntries(registry))) {
    const head = await headOf(page, siteUrl(baseURL!, path));
    expect(head.title, path).toBe(`${head.h1} | ${SITE_TITLE}`);
    expect(head.ogTitle, path).toBe(head.title);
    expect(head.description, path).toBeTruthy();
    expect([...head.description!].length, path).toBeLessThanOrEqual(80);
    expect(head.ogDescription, path).toBe(head.description);
    expect(head.itemDescription, path).toBe(head.description);
    expect(head.ogType, path).toBe('article');
    expect(head.ogImage, path).toMatch(/^https?:\/\/[\x21-\x7e]+\/img\/card\.png$/);
    expect(head.canonical, path).toMatch(/^https?:\/\/[\x21-\x7e]+$/);
    expect(head.canonical!.endsWith(path), path).toBe(true);
    expect(head.canonical, path).not.toContain('#');
  }
});
