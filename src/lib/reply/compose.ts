/**
 * The texts the copy buttons put on the clipboard, for pasting into a QQ
 * group. Shared by the site and the offline copy (src/lib/offline/client.ts).
 */

/**
 * A piece of a reply: plain text, or a page of this site ({p: "q/12/"},
 * relative to the site's root), written out with the reader's host when copied.
 */
export type Segment = string | {p: string};

/** A question's answer as reply text (src/plugins/replies makes them at build time). */
export type Reply = {title: string; body: Segment[]};

/** What replies.json holds: each question's reply by its short-link number. */
export type Replies = Record<string, Reply>;

/** The site's root on the host the reader is on, e.g. "http://10.0.0.8/faq/". */
export type SiteRoot = string;

export const shortLink = (root: SiteRoot, n: number | string) => `${root}q/${n}/`;

/** 复制链接: the title, then the short link. */
export function shareText(title: string, link: string): string {
  return `「${title}」\n${link}`;
}

/** 复制答复: 「title」, the answer's lines, then the short link, on the reader's host. */
export function replyText(reply: Reply, n: number | string, root: SiteRoot): string {
  const body = reply.body.map((s) => (typeof s === 'string' ? s : root + s.p)).join('');
  return `「${reply.title}」\n${body}\n${shortLink(root, n)}`;
}
