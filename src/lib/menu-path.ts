/**
 * The seed writes the system's menus as 【实名制管理】【项目报备】【未报备】:
 * each run of 【…】 items (a single one too, such as 【项目库】) is one menu
 * path. Shared by the answers (src/remark/menu-path.ts) and the one-line
 * answers shown in lists (src/components/MenuPathText), so both show it alike.
 */

/** 【…】, then more 【…】 right after it, each optionally after a - or －. */
const RUN = /【[^【】\n]+】(?:[ \t]*[-－]?[ \t]*【[^【】\n]+】)*/g;
const ITEM = /【([^【】\n]+)】/g;

/** Plain text, or the items of a menu path. */
export type MenuPathPiece = string | {items: string[]};

/** The text split into plain text and menu paths; null when there is no 【…】. */
export function splitMenuPaths(value: string): MenuPathPiece[] | null {
  const pieces: MenuPathPiece[] = [];
  let last = 0;
  for (const run of value.matchAll(RUN)) {
    if (run.index > last) pieces.push(value.slice(last, run.index));
    pieces.push({items: [...run[0].matchAll(ITEM)].map((m) => m[1]!.trim())});
    last = run.index + run[0].length;
  }
  if (pieces.length === 0) return null;
  if (last < value.length) pieces.push(value.slice(last));
  return pieces;
}

/** The classes of a rendered menu path (styled in src/css/markdown.css). */
export const MENU_PATH_CLASS = {path: 'menu-path', item: 'menu-path__item', separator: 'menu-path__sep'} as const;
/** What stands between two items of a path. */
export const MENU_PATH_SEPARATOR = '›';
