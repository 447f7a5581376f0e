import {readFileSync} from 'node:fs';
import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {DATA_GLOBAL} from './search';
import {entryOf, searchDataScript} from './search-data';

const fixture = (file: string) => readFileSync(new URL(`./__fixtures__/build/${file}`, import.meta.url), 'utf8');

describe('entryOf', () => {
  it('reads a question page: title, category, description, keywords and the answer without related questions', () => {
    expect(
      entryOf(fixture('hangzhou/login/reset-password/index.html'), 'hangzhou/login/reset-password/index.html'),
    ).toEqual({
      u: 'hangzhou/login/reset-password/index.html',
      t: '杭州市实名制重置密码说明',
      c: '杭州实名制 › 登录类问题',
      d: '企业密码由建管站重置。',
      k: '忘记密码 找回密码',
      b: '外地企业联系建管站。 项目账号密码由企业账号重置。 图',
    });
  });

  it('separates list items', () => {
    expect(entryOf(fixture('general/clear-cache/index.html'), 'x')?.b).toBe('快捷键：ctrl+shift+delete 重启浏览器');
  });

  it('skips pages that are not questions, and redirect pages', () => {
    expect(entryOf(fixture('index.html'), 'index.html')).toBeUndefined();
    expect(entryOf(fixture('hangzhou/index.html'), 'hangzhou/index.html')).toBeUndefined();
    expect(entryOf(fixture('q/1/index.html'), 'q/1/index.html')).toBeUndefined();
  });
});

describe('searchDataScript', () => {
  it('sets the index as a global, safe inside a script', () => {
    const index = {entries: [{u: 'a', t: '</script>', c: '', d: '\u2028', k: '', b: ''}], synonyms: {登陆: '登录'}};
    const script = searchDataScript(index);
    expect(script).not.toContain('</script>');
    const window: Record<string, unknown> = {};
    runInNewContext(script, {window});
    expect(window[DATA_GLOBAL]).toEqual(index);
  });
});
