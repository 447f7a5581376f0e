import {load} from 'cheerio';

/** Relative URL from one site path to another, both ending in "/". */
export function relativeUrl(from: string, to: string): string {
  const fromParts = from.split('/').filter(Boolean);
  const toParts = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && fromParts[common] === toParts[common]) common += 1;
  const up = fromParts.slice(common).map(() => '..');
  const rel = [...up, ...toParts.slice(common)].join('/');
  return rel === '' ? './' : `${rel}/`;
}

const PREVIEW_TAGS = [
  'title',
  'meta[name="description"]',
  'meta[itemprop]',
  'meta[property^="og:"]',
  'meta[name^="twitter:"]',
  'link[rel="canonical"]',
].join(', ');

/** The tags of a built page that make its link-preview card. */
export function previewTags(html: string): string {
  const $ = load(html);
  return $('head')
    .find(PREVIEW_TAGS)
    .toArray()
    .map((el) => $.html(el))
    .join('\n');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

/**
 * Keeps the #fragment the meta refresh would drop. It reads the target from
 * the meta refresh, so that it is the same script on every redirect page:
 * one hash in the Content-Security-Policy (src/plugins/finish-build).
 */
export const REDIRECT_SCRIPT =
  "location.replace(document.querySelector('meta[http-equiv=refresh]').content.replace(/^[^=]*=/, '') + location.hash)";

/**
 * A static page that sends the reader on to `to`: a meta refresh and a plain
 * link (for browsers without JavaScript), with the target's preview tags.
 */
export function redirectPage({from, to, title, head}: {from: string; to: string; title: string; head: string}): string {
  const href = escapeHtml(relativeUrl(from, to));
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
<meta http-equiv="refresh" content="0; url=${href}">
<script>${REDIRECT_SCRIPT}</script>
</head>
<body>
<p>正在打开：<a href="${href}">${escapeHtml(title)}</a></p>
</body>
</html>
`;
}
