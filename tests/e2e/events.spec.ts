import type {Page, Request} from '@playwright/test';
import {SETTLE_MS} from '../../src/lib/events/encode';
import {dropdown, expect, navbarBox, openHome, test, waitForAnswer, waitForHydration} from './fixtures';

// What the site records in the server's log (src/lib/events): one same-origin
// GET of event.gif per settled search, vote, reason and copy, and nothing else.
const QUESTION = 'hangzhou/login/reset-password/';
/** A query no page matches. */
const NOTHING = 'zzqqxx';

/** The query strings of the page's event requests, in order, each checked to go to the site's own event.gif. */
function recordEvents(page: Page, baseURL: string) {
  const events: string[] = [];
  const requests: Request[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.endsWith('/event.gif')) return;
    expect(url.href.startsWith(new URL('event.gif', baseURL).href), url.href).toBe(true);
    events.push(decodeURIComponent(url.search.slice(1)));
    requests.push(request);
  });
  return {events, requests};
}

async function questionNumber(page: Page): Promise<string> {
  return (await page.locator('[data-question-actions]').getAttribute('data-n'))!;
}

test('a search is recorded once it settles, not per keystroke, with the rank of the result opened', async ({
  page,
  baseURL,
}) => {
  const {events} = recordEvents(page, baseURL!);
  await openHome(page);
  const box = navbarBox(page);
  await box.focus();
  await expect(page.locator('[data-search-ready="true"]').first()).toBeAttached({timeout: 10_000});

  // A query that finds nothing, left alone until it settles, then a new query: the first is recorded, with no result opened.
  await box.pressSequentially(NOTHING, {delay: 50});
  await expect(dropdown(page)).toContainText('没有找到', {timeout: 5_000});
  await page.waitForTimeout(SETTLE_MS + 300);
  expect(events).toEqual([]);
  await box.fill('');
  // Typed key by key, then opened at once with Enter: one event, with rank 1.
  await box.pressSequentially('忘记密码', {delay: 80});
  await waitForAnswer(page, '忘记密码');
  const count = await dropdown(page).getByRole('option').count();
  await box.press('Enter');
  await waitForHydration(page);
  await expect.poll(() => events, {timeout: 5_000}).toHaveLength(2);
  expect(events[0]).toBe(`e=search&q=${NOTHING}&n=0&r=`);
  expect(events[1]).toBe(`e=search&q=忘记密码&n=${count}&r=1`);
});

test('the search page records the result clicked, by its rank', async ({page, baseURL}) => {
  const {events} = recordEvents(page, baseURL!);
  await page.goto('search/?q=考勤');
  await waitForHydration(page);
  const results = page.getByTestId('search-results').getByRole('option');
  await expect(results.nth(1)).toBeVisible({timeout: 10_000});
  const count = await results.count();
  await results.nth(1).click();
  await expect.poll(() => events, {timeout: 5_000}).toEqual([`e=search&q=考勤&n=${count}&r=2`]);
});

test('没帮助 and a reason are recorded, thanks shown in place; one vote per page per browser', async ({
  page,
  baseURL,
}) => {
  const {events, requests} = recordEvents(page, baseURL!);
  await page.context().addCookies([{name: 'session', value: 'x', url: baseURL!}]);
  await page.goto(QUESTION);
  await waitForHydration(page);
  const n = await questionNumber(page);
  const vote = page.getByTestId('answer-vote');
  await expect(vote).toContainText('这个答复有帮助吗？');
  // Under the answer, after its last paragraph.
  const answerBottom = await page.locator('article .markdown > *:not([data-testid])').last().boundingBox();
  expect((await vote.boundingBox())!.y).toBeGreaterThan(answerBottom!.y);

  await vote.getByRole('button', {name: '没帮助'}).click();
  await expect(vote.getByRole('status')).toContainText('哪里不好');
  await vote.getByRole('button', {name: '内容过时'}).click();
  await expect(vote.getByRole('status')).toHaveText('谢谢，已记下，我们会改进这个答复。');
  await expect.poll(() => events, {timeout: 5_000}).toEqual([`e=vote&p=${n}&v=down`, `e=reason&p=${n}&why=outdated`]);
  // No cookie goes with an event, though the site has one.
  for (const request of requests) expect(await request.allHeaders()).not.toHaveProperty('cookie');

  await page.reload();
  await waitForHydration(page);
  await expect(vote.getByRole('status')).toHaveText('谢谢，已记下，我们会改进这个答复。');
  await expect(vote.getByRole('button')).toHaveCount(0);
  expect(events).toHaveLength(2);
});

test('有帮助 is recorded once and thanked', async ({page, baseURL}) => {
  const {events} = recordEvents(page, baseURL!);
  await page.goto(QUESTION);
  await waitForHydration(page);
  const n = await questionNumber(page);
  await page.getByTestId('answer-vote').getByRole('button', {name: '有帮助'}).click();
  await expect(page.getByTestId('answer-vote').getByRole('status')).toHaveText('谢谢反馈！');
  await expect.poll(() => events, {timeout: 5_000}).toEqual([`e=vote&p=${n}&v=up`]);
});

test('a copy button records which button on which question', async ({page, baseURL, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const {events} = recordEvents(page, baseURL!);
  await page.goto(QUESTION);
  await waitForHydration(page);
  const n = await questionNumber(page);
  await page.getByTestId('copy-question-link').click();
  await page.getByTestId('copy-reply').click();
  await expect
    .poll(() => events, {timeout: 5_000})
    .toEqual([`e=copy&p=${n}&w=link&f=page`, `e=copy&p=${n}&w=reply&f=page`]);
});

test('reading a page records nothing', async ({page, baseURL}) => {
  const {events} = recordEvents(page, baseURL!);
  await page.goto(QUESTION);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  expect(events).toEqual([]);
});

test('a placeholder page (整理中) asks for no vote: there is no answer to judge yet', async ({page}) => {
  await page.goto('xiaoshan/basics/xs-project-details/');
  await waitForHydration(page);
  await expect(page.locator('[data-question-actions]')).toBeVisible();
  await expect(page.getByTestId('answer-vote')).toHaveCount(0);
});
