import {describe, expect, it} from 'vitest';
import {markPending, PENDING_ITEM_CLASS} from './sidebar';

describe('markPending', () => {
  it('marks placeholder questions at any depth and leaves the others as they were', () => {
    const marked = markPending(
      [
        {type: 'doc', id: 'a/answer'},
        {
          type: 'category',
          label: '萧山云平台',
          collapsed: true,
          collapsible: true,
          items: [{type: 'doc', id: 'b/placeholder', className: 'own'}],
        },
        {type: 'category', label: '登录问题', link: {type: 'doc', id: 'c/index'}, items: []},
      ],
      new Set(['b/placeholder', 'c/index']),
    );
    expect(marked).toEqual([
      {type: 'doc', id: 'a/answer'},
      {
        type: 'category',
        label: '萧山云平台',
        collapsed: true,
        collapsible: true,
        items: [{type: 'doc', id: 'b/placeholder', className: `own ${PENDING_ITEM_CLASS}`}],
      },
      {
        type: 'category',
        label: '登录问题',
        link: {type: 'doc', id: 'c/index'},
        items: [],
        className: PENDING_ITEM_CLASS,
      },
    ]);
  });
});
