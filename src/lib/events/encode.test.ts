import {describe, expect, it} from 'vitest';
import {decodeEvent, encodeEvent, type SiteEvent} from './encode';

describe('encodeEvent', () => {
  it('writes each kind of event as a short query string, Chinese URL-encoded', () => {
    expect(encodeEvent({type: 'search', query: ' 忘记密码 ', results: 5, opened: 2})).toBe(
      'e=search&q=%E5%BF%98%E8%AE%B0%E5%AF%86%E7%A0%81&n=5&r=2',
    );
    expect(encodeEvent({type: 'search', query: 'xyz', results: 0, opened: null})).toBe('e=search&q=xyz&n=0&r=');
    expect(encodeEvent({type: 'vote', question: 12, helpful: false})).toBe('e=vote&p=12&v=down');
    expect(encodeEvent({type: 'reason', question: 12, reason: 'outdated'})).toBe('e=reason&p=12&why=outdated');
    expect(encodeEvent({type: 'copy', question: 3, what: 'reply', from: 'search'})).toBe('e=copy&p=3&w=reply&f=search');
  });

  it('keeps at most 100 characters of a query, and escapes what would break the query string', () => {
    const long = '考'.repeat(150);
    const decoded = decodeEvent(encodeEvent({type: 'search', query: long, results: 0, opened: null}));
    expect(decoded).toEqual({type: 'search', query: '考'.repeat(100), results: 0, opened: null});
    const tricky = 'a&e=vote&p=1 <script>#x';
    expect(encodeEvent({type: 'search', query: tricky, results: 0, opened: null})).not.toMatch(/[<># ]|&e=vote/);
    expect(decodeEvent(encodeEvent({type: 'search', query: tricky, results: 0, opened: null}))).toMatchObject({
      query: tricky,
    });
  });
});

describe('decodeEvent', () => {
  it('reads back every event encodeEvent writes', () => {
    const events: SiteEvent[] = [
      {type: 'search', query: '工地码扫不出来', results: 0, opened: null},
      {type: 'search', query: 'app', results: 8, opened: 1},
      {type: 'vote', question: 1, helpful: true},
      {type: 'vote', question: 40, helpful: false},
      {type: 'reason', question: 40, reason: 'missing'},
      {type: 'copy', question: 7, what: 'link', from: 'page'},
    ];
    for (const event of events) expect(decodeEvent(encodeEvent(event))).toEqual(event);
  });

  it('rejects what the site never sends', () => {
    for (const query of [
      '',
      'e=search&q=&n=0&r=',
      'e=search&q=x&n=many&r=',
      'e=search&q=x&n=1&r=first',
      'e=vote&p=12&v=maybe',
      'e=vote&p=-1&v=up',
      'e=reason&p=12&why=toString',
      'e=copy&p=12&w=page&f=page',
      'e=hack&p=1',
    ]) {
      expect(decodeEvent(query), query).toBeNull();
    }
  });
});
