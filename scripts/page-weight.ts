// Own code: a budget of the build's own gzipped files a page loads, stable from run to run; Lighthouse measures network transfer instead.
/**
 * What a page loads until its app is ready, in gzipped bytes of the build's
 * own files: a byte count, not a timing, so that a budget check is stable.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Page} from '@playwright/test';

export const KINDS = ['html', 'js', 'css', 'font', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Weight = {total: number; byKind: Record<Kind, number>; files: {url: string; bytes: number}[]};

/** A count of zero for each kind. */
export function zeroByKind(): Record<Kind, number> {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
}

export function kindOf(url: string): Kind {
  const ext = path.extname(new URL(url).pathname).toLowerCase();
  if (ext === '' || ext === '.html') return 'html';
  if (ext === '.js') return 'js';
  if (ext === '.css') return 'css';
  if (/^\.(woff2?|ttf|otf|eot)$/.test(ext)) return 'font';
  return 'other';
}

/** The size of a file gzipped as a server would (level 6). */
export function fileGzipSize(file: string): number {
  return gzipSync(readFileSync(file), {level: 6}).length;
}

/** The gzipped size of the build file a URL serves (folder URLs serve index.html). */
export function gzippedSize(buildDir: string, base: string, url: string): number {
  const pathname = decodeURIComponent(new URL(url).pathname);
  if (!pathname.startsWith(base)) throw new Error(`${url} is outside ${base}`);
  let file = path.join(buildDir, pathname.slice(base.length));
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fileGzipSize(file);
}

/** Waits until Docusaurus marks the page hydrated (data-has-hydrated): its app is ready. */
export async function waitForHydration(page: Page, timeout = 10_000) {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', null, {timeout});
}

/**
 * Opens `url` and adds up what it requested from its own origin until its app
 * is ready (Docusaurus's data-has-hydrated; the app starts after `load`,
 * src/plugins/finish-build/late-boot.ts) and the network is idle.
 */
export async function pageWeight(page: Page, url: string, buildDir: string, base: string): Promise<Weight> {
  const origin = new URL(url).origin;
  const requested: string[] = [];
  const onRequest = (request: {url: () => string}) => {
    if (new URL(request.url()).origin === origin) requested.push(request.url());
  };
  page.on('request', onRequest);
  await page.goto(url, {waitUntil: 'load'});
  await waitForHydration(page, 15_000);
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  const byKind = zeroByKind();
  const files = [...new Set(requested)].map((u) => ({url: u, bytes: gzippedSize(buildDir, base, u)}));
  for (const f of files) byKind[kindOf(f.url)] += f.bytes;
  return {total: files.reduce((sum, f) => sum + f.bytes, 0), byKind, files};
}
