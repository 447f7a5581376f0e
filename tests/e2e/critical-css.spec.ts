import {QUESTION_PAGES} from '../../scripts/budget';
import {expect, test} from './fixtures';

// Each page carries the CSS its own HTML needs (src/plugins/lean-css), so it
// paints before the stylesheet at the end of <body> arrives. Here, with the
// site's scripts held back (the page as first painted), every element's and
// pseudo-element's computed style must be the same with the stylesheet and
// after it is taken away.
const PAGES = ['', 'hangzhou/', ...QUESTION_PAGES.map((p) => p.slice(1)), 'support/', 'search/', '404.html'];

/** The first 20 computed styles that change once the page's stylesheet is removed ("element ::pseudo property: before → after"). */
function stylesLostWithoutStylesheet(): string[] {
  const links = document.querySelectorAll('link[rel=stylesheet]');
  if (links.length !== 1) return [`${links.length} 个样式表`];
  const elements = [...document.querySelectorAll('*')].filter((element) => element !== links[0]);
  const snapshot = () =>
    elements.flatMap((element) =>
      ['', '::before', '::after'].map((pseudo) => {
        const style = getComputedStyle(element, pseudo || null);
        // A ::before or ::after without content is not drawn: its content is all that can differ.
        if (pseudo && ['none', 'normal'].includes(style.content))
          return {element, pseudo, values: {content: style.content}};
        const values: Record<string, string> = {};
        for (const name of style) if (!name.startsWith('--')) values[name] = style.getPropertyValue(name);
        return {element, pseudo, values};
      }),
    );
  const before = snapshot();
  links[0]!.remove();
  const after = snapshot();
  return before
    .flatMap(({element, pseudo, values}, i) =>
      Object.entries(values)
        .filter(([name, value]) => after[i]!.values[name] !== value)
        .map(([name, value]) => {
          const tag = element.outerHTML.slice(0, 80);
          return `${tag} ${pseudo} ${name}: ${value} → ${after[i]!.values[name]}`;
        }),
    )
    .slice(0, 20);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme, viewport: {width: 360, height: 740}});

    test('pages look the same from their inline CSS as with the whole stylesheet', async ({page}) => {
      // Every element's computed style on eight pages: give a busy machine time.
      test.setTimeout(180_000);
      await page.route('**/assets/js/**', (route) => route.abort('aborted'));
      for (const path of PAGES) {
        await page.goto(path);
        await expect(page.locator('h1').first(), path).toBeVisible({timeout: 5000});
        expect(await page.evaluate(stylesLostWithoutStylesheet), path).toEqual([]);
      }
    });
  });
}
