import {existsSync} from 'node:fs';
import path from 'node:path';
import {filesOf} from '../../src/lib/files';
import {loadNames, loadValues} from '../../src/lib/restricted';

export const PUBLIC_BUILD = 'build';
export const INTERNAL_BUILD = 'build-internal';
/** The public build with BASE_URL=/faq/. */
export const FAQ_BUILD = 'build-faq';
/** The offline copy of the public build (scripts/offline/build-offline.ts). */
export const OFFLINE_BUILD = 'build-offline';
/** Every kind of build: what each must show of the restricted values. */
export const BUILDS = [PUBLIC_BUILD, INTERNAL_BUILD, FAQ_BUILD, OFFLINE_BUILD];

/**
 * The fake restricted values npm test builds with (FAQ_RESTRICTED_FILE in
 * package.json's test:builds): the real ones never reach CI.
 */
export const TEST_RESTRICTED_FILE = 'tests/__fixtures__/restricted-values.json';
export function testRestrictedValues(): Record<string, string> {
  return loadValues(TEST_RESTRICTED_FILE, loadNames());
}

/** The pages a sitemap lists, as paths from the host ("/faq/hangzhou/"); the build tests and the browser tests read it so. */
export function pagesOfSitemap(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Every file of a build folder; fails if the build is missing. */
export function buildFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ 不存在：先运行 npm run build:all`);
  return filesOf(dir).map((file) => path.join(dir, file));
}

