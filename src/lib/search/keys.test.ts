import {describe, expect, it} from 'vitest';
import {resultKeyAction, type ResultKey} from './keys';

const press = (key: string, extra: Partial<ResultKey> = {}): ResultKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  ...extra,
});

describe('resultKeyAction', () => {
  it('moves round the options with the arrows', () => {
    expect(resultKeyAction(press('ArrowDown'), 0, 3)).toEqual({type: 'move', to: 1});
    expect(resultKeyAction(press('ArrowDown'), 2, 3)).toEqual({type: 'move', to: 0});
    expect(resultKeyAction(press('ArrowUp'), 0, 3)).toEqual({type: 'move', to: 2});
    expect(resultKeyAction(press('ArrowDown'), 0, 0)).toBeNull();
  });

  it('opens with Enter, copies the reply with Ctrl/⌘+Enter and the link with Shift+Enter', () => {
    expect(resultKeyAction(press('Enter'), 0, 3)).toEqual({type: 'open'});
    expect(resultKeyAction(press('Enter', {ctrlKey: true}), 0, 3)).toEqual({type: 'copy', what: 'reply'});
    expect(resultKeyAction(press('Enter', {metaKey: true}), 0, 3)).toEqual({type: 'copy', what: 'reply'});
    expect(resultKeyAction(press('Enter', {shiftKey: true}), 0, 3)).toEqual({type: 'copy', what: 'link'});
  });

  it('ignores an Enter that confirms an input-method candidate, and keys of the input itself', () => {
    expect(resultKeyAction(press('Enter', {isComposing: true}), 0, 3)).toBeNull();
    expect(resultKeyAction(press('Enter', {altKey: true}), 0, 3)).toBeNull();
    expect(resultKeyAction(press('a'), 0, 3)).toBeNull();
    expect(resultKeyAction(press('c', {ctrlKey: true}), 0, 3)).toBeNull();
  });

  it('closes with Escape', () => {
    expect(resultKeyAction(press('Escape'), 0, 3)).toEqual({type: 'close'});
  });
});
