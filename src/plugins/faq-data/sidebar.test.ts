import {describe, expect, it} from 'vitest';
import {isPendingItem, prepareSidebar, PENDING_ITEM_CLASS} from './sidebar';

describe('prepareSidebar', () => {
  it('marks placeholder questions at any depth, and keys categories by their path', () => {
    const prepared = prepareSidebar(
      [
        {type: 'doc', id: 'a/answer'},
        {
          type: 'category',
          label: '萧山云平台',
          collapsed: true,
          collapsible: true,
          items: [
            {type: 'doc', id: 'b/placeholder', className: 'own'},
            {type: 'category', label: '登录问题', link: {type: 'doc', id: 'c/index'}, items: []},
          ],
        },
      ],
      new Set(['b/placeholder', 'c/index']),
    );
    expect(prepared).toEqual([
      {type: 'doc', id: 'a/answer'},
      {
        type: 'category',
        label: '萧山云平台',
        key: '萧山云平台',
        collapsed: true,
        collapsible: true,
        items: [
          {type: 'doc', id: 'b/placeholder', className: `own ${PENDING_ITEM_CLASS}`},
          {
            type: 'category',
            label: '登录问题',
            key: '萧山云平台/登录问题',
            link: {type: 'doc', id: 'c/index'},
            items: [],
            className: PENDING_ITEM_CLASS,
          },
        ],
      },
    ]);
    const category = prepared[1] as {items: {className?: string}[]};
    expect(isPendingItem(prepared[0]!)).toBe(false);
    expect(category.items.map(isPendingItem)).toEqual([true, true]);
  });
});
