import {replyText, shareText, shortLink, type Replies} from './compose';

let loading: Promise<Replies> | undefined;

/** replies.json (src/plugins/replies), fetched once, on the first 复制答复. */
function loadReplies(baseUrl: string): Promise<Replies> {
  loading ??= fetch(`${baseUrl}replies.json`).then((response) => {
    if (!response.ok) throw new Error(`replies.json: HTTP ${response.status}`);
    return response.json() as Promise<Replies>;
  });
  // A later copy retries after a failed load (e.g. a dropped connection).
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The site's root on the host the reader is on. */
const siteRoot = (baseUrl: string) => `${window.location.origin}${baseUrl}`;

/** 复制链接 of question `n`. */
export const linkTextOf = (baseUrl: string, n: number, title: string) =>
  shareText(title, shortLink(siteRoot(baseUrl), n));

/** 复制答复 of question `n`. */
export async function replyTextOf(baseUrl: string, n: number): Promise<string> {
  const reply = (await loadReplies(baseUrl))[n];
  if (!reply) throw new Error(`replies.json: 没有问题 ${n} 的答复`);
  return replyText(reply, n, siteRoot(baseUrl));
}

/** Starts loading the replies early (when a search shows results), so that copying is instant. */
export const prefetchReplies = (baseUrl: string) => void loadReplies(baseUrl).catch(() => undefined);
