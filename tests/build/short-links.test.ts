import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {scriptHash} from '../../src/plugins/finish-build/csp';
import {LOADER_START} from '../../src/plugins/finish-build/late-boot';
import {loadRegistry} from '../../src/plugins/short-links/registry';
import {addressScript} from '../../src/plugins/short-links/render';
import {FAQ_BUILD, PUBLIC_BUILD} from './site';

const POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
const read = (dir: string, sitePath: string) => readFileSync(path.join(dir, sitePath, 'index.html'), 'utf8');

// A short link (and an old path) serves the question's page itself: made in short-links' postBuild, it must
// also pass through lean-css (critical CSS, renamed stylesheet) and finish-build (its own policy).
describe.each([
  [PUBLIC_BUILD, '/'],
  [FAQ_BUILD, '/faq/'],
])('short links in %s/', (dir, base) => {
  const pages = Object.entries(loadRegistry()).flatMap(([n, entry]) => {
    const to = entry.paths.at(-1)!;
    return [`/q/${n}/`, ...entry.paths.slice(0, -1)].map((from) => ({from, to}));
  });

  it('are the question page with the address script, and a policy that lets it run', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const {from, to} of pages) {
      const script = `<script>${addressScript(base + to.slice(1))}</script>`;
      const short = read(dir, from);
      const question = read(dir, to);
      // Where the bundles' loader is (src/plugins/finish-build/late-boot.ts): before the app starts.
      const loader = `<script>${LOADER_START}`;
      expect(short.replace(POLICY, ''), from).toBe(question.replace(POLICY, '').replace(loader, `${script}${loader}`));
      expect(POLICY.exec(short)?.[1], from).toContain(scriptHash(addressScript(base + to.slice(1))));
    }
  });
});
