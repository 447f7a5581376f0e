import {describe, expect, it} from 'vitest';
import {parseLine} from './parse';

describe('parseLine', () => {
  it('reads a combined-format line as nginx writes it, time in UTC', () => {
    const entry = parseLine(
      '10.0.0.2 - - [02/Dec/2026:09:15:04 +0800] "GET /faq/event.gif?e=search&q=%E8%80%83%E5%8B%A4&n=7&r= HTTP/1.1" 200 43 "http://10.0.0.8/faq/" "Mozilla/5.0 \\x22x\\x22"',
    );
    expect(entry).toEqual({
      time: Date.UTC(2026, 11, 2, 1, 15, 4),
      method: 'GET',
      target: '/faq/event.gif?e=search&q=%E8%80%83%E5%8B%A4&n=7&r=',
      status: 200,
      referer: 'http://10.0.0.8/faq/',
      agent: 'Mozilla/5.0 \\x22x\\x22',
    });
  });

  it('reads Apache lines: a user, a "-" size, an escaped quote', () => {
    const entry = parseLine('::1 - alice [31/Jan/2026:23:59:59 -0500] "GET /q/3/ HTTP/1.0" 304 - "-" "say \\"hi\\""');
    expect(entry).toMatchObject({
      time: Date.UTC(2026, 1, 1, 4, 59, 59),
      target: '/q/3/',
      status: 304,
      agent: 'say \\"hi\\"',
    });
  });

  it('keeps a line whose request is not HTTP (a TLS handshake on port 80) with no method', () => {
    expect(parseLine('1.2.3.4 - - [02/Dec/2026:09:15:04 +0000] "\\x16\\x03\\x01" 400 157 "-" "-"')).toMatchObject({
      method: '',
      status: 400,
    });
  });

  it('returns null for what is not a combined-format line', () => {
    for (const line of [
      'garbage',
      '10.0.0.27 - - [02/Dec/2026:09:16:00 +0800] "GET / HTTP/1.1" 200',
      '10.0.0.27 - - [02/Foo/2026:09:16:00 +0800] "GET / HTTP/1.1" 200 1 "-" "-"',
    ]) {
      expect(parseLine(line), line).toBeNull();
    }
  });
});
