import {describe, expect, it} from 'vitest';
import {guessFromAddress, type GuessInput} from '.';

const questions = [
  {id: 'reset-password', n: 10, title: '杭州市实名制重置密码说明', permalink: '/faq/hangzhou/login/reset-password/'},
  {id: 'login-failed', n: 11, title: '登录失败', permalink: '/faq/hangzhou/login/login-failed/'},
  {id: 'attendance-rate', n: 25, title: '考勤率', permalink: '/faq/hangzhou/stats/attendance-rate/'},
  {id: 'xs-login', n: 31, title: '登录问题', permalink: '/faq/xiaoshan/login/'},
];
const input: Omit<GuessInput, 'pathname'> = {
  baseUrl: '/faq/',
  questions,
  aliases: {'/hangzhou/password/': 'reset-password', 'forgot-password': 'reset-password'},
  categories: [
    {path: '/hangzhou/', label: '杭州实名制'},
    {path: '/xiaoshan/', label: '萧山云平台'},
  ],
};
const guess = (pathname: string) => guessFromAddress({...input, pathname});
const ids = (pathname: string) => guess(pathname).questions.map((q) => q.id);

describe('guessFromAddress', () => {
  it('reads a short number, however it was written', () => {
    for (const path of ['/faq/q/25', '/faq/q/25/', '/faq/q/025/', '/faq/25/', '/faq/q25/', '/faq/q/25/%EF%BC%89']) {
      expect(ids(path)[0], path).toBe('attendance-rate');
    }
  });

  it('finds an id anywhere in the address: moved folders, file names, .html', () => {
    expect(ids('/faq/hangzhou/reset-password/')[0]).toBe('reset-password');
    expect(ids('/faq/docs/02-hangzhou/05-stats/03-attendance-rate.md')[0]).toBe('attendance-rate');
    expect(ids('/faq/hangzhou/stats/attendance-rate.html')[0]).toBe('attendance-rate');
  });

  it('knows the old paths and retired ids of the registry', () => {
    expect(ids('/faq/hangzhou/password/')[0]).toBe('reset-password');
    expect(ids('/faq/general/forgot-password/')[0]).toBe('reset-password');
  });

  it('guesses an id typed wrong or cut short, and text stuck to the link', () => {
    expect(ids('/faq/hangzhou/login/reset-pasword/')[0]).toBe('reset-password');
    expect(ids('/faq/hangzhou/login/reset-pa')[0]).toBe('reset-password');
    expect(ids('/faq/hangzhou/stats/attendance-rate/看这个')[0]).toBe('attendance-rate');
  });

  it('guesses nothing from an address that names no question', () => {
    expect(ids('/faq/hangzhou/nothing-like-it/')).toEqual([]);
    expect(ids('/faq/q/999/')).toEqual([]);
    expect(ids('/faq/')).toEqual([]);
    expect(ids('/faq/%E0%A4%A/')).toEqual([]);
  });

  it('gives the best guess as search words, else the category and Chinese words of the address', () => {
    expect(guess('/faq/q/10/').words).toBe('杭州市实名制重置密码说明');
    expect(guess('/faq/hangzhou/nothing/').words).toBe('杭州实名制');
    expect(guess('/faq/xiaoshan/%E5%AF%86%E7%A0%81').words).toBe('萧山云平台 密码');
    expect(guess('/faq/zzz/').words).toBe('');
  });

  it('lists at most three, best first', () => {
    expect(ids('/faq/q/31/login-failed/').slice(0, 2)).toEqual(['xs-login', 'login-failed']);
    expect(ids('/faq/login/').length).toBeLessThanOrEqual(3);
  });
});
