/**
 * What a key does in a search box with a list of results under it. One
 * mapping for the site's search box, its search page and the offline copy,
 * so that the same keys do the same everywhere.
 */
export type ResultKey = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** An Enter that confirms a Chinese input-method candidate. */
  isComposing: boolean;
};

export type ResultAction =
  {type: 'move'; to: number} | {type: 'open'} | {type: 'copy'; what: 'reply' | 'link'} | {type: 'close'};

/** The shortcuts, as the drop-down's footer shows them. */
export const RESULT_KEYS = [
  {keys: '↑↓', does: '选择'},
  {keys: 'Enter', does: '打开'},
  {keys: 'Ctrl+Enter', does: '复制答复'},
  {keys: 'Shift+Enter', does: '复制链接'},
];

/**
 * The action of a key, with `active` the highlighted option of `count` (the
 * arrows go round them). Null for keys that are the input's own.
 */
export function resultKeyAction(event: ResultKey, active: number, count: number): ResultAction | null {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (count === 0) return null;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    return {type: 'move', to: (active + step + count) % count};
  }
  if (event.key === 'Escape') return {type: 'close'};
  if (event.key !== 'Enter' || event.isComposing || event.altKey) return null;
  if (event.ctrlKey || event.metaKey) return {type: 'copy', what: 'reply'};
  if (event.shiftKey) return {type: 'copy', what: 'link'};
  return {type: 'open'};
}
