import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {DATA_GLOBAL, type OfflineData} from '../../src/lib/offline/data';
import {searchDataScript} from './search-data';

describe('searchDataScript', () => {
  it('sets the data as a global, safe inside a script', () => {
    const data: OfflineData = {
      index: [],
      simplified: {帳: '帐'},
      replies: {'1': {title: '</script>', body: ['\u2028', {p: 'q/2/'}]}},
      placeholders: ['/xiaoshan/login/'],
      base: '/',
      numbers: {'/general/clear-cache/': 1},
      siteRoot: 'http://10.0.0.8/',
    };
    const script = searchDataScript(data);
    expect(script).not.toContain('</script>');
    expect(script).not.toContain('\u2028');
    const window: Record<string, unknown> = {};
    runInNewContext(script, {window});
    expect(window[DATA_GLOBAL]).toEqual(data);
  });
});
