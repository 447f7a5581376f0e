import {test} from './fixtures';

// The guard of fixtures.ts must be able to fail: a request to another host
// (here the same server under another name) fails the test.
test('a request to another host fails the test', async ({page, baseURL}) => {
  test.fail();
  await page.goto('');
  const otherHost = baseURL!.replace('127.0.0.1', 'localhost');
  await page.evaluate((url) => fetch(url, {mode: 'no-cors'}).catch(() => undefined), otherHost);
});
