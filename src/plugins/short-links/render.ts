/**
 * The script a short-link page starts with: before the app reads the
 * address, it becomes the question's own (`path`, base URL included), so
 * that the router and hydration see the page they were rendered for. The
 * query string and fragment stay.
 */
export function addressScript(path: string): string {
  // A path in a string literal: nothing in it can close the <script>.
  const literal = JSON.stringify(path).replace(/</g, '\\u003c');
  return `history.replaceState(history.state,'',${literal}+location.search+location.hash)`;
}

/**
 * A short link's page: the question's own built page (same answer, same
 * preview tags, canonical link to the readable address), with the address
 * script before the app's first script. No redirect: the answer arrives
 * with the first response.
 */
export function shortLinkPage(questionHtml: string, path: string): string {
  const at = questionHtml.indexOf('<script src=');
  if (at === -1) throw new Error('页面没有 <script src=…>：找不到应用脚本的位置');
  return `${questionHtml.slice(0, at)}<script>${addressScript(path)}</script>${questionHtml.slice(at)}`;
}
