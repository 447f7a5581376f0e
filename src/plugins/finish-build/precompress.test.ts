import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {filesOf} from '../../lib/files';
import {precompress} from './precompress';

const dir = mkdtempSync(path.join(tmpdir(), 'precompress-test-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('precompress', () => {
  it('writes file.gz beside each text file worth compressing, with the same content', () => {
    const text = '<p>问题和回答</p>\n'.repeat(100);
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), text);
    writeFileSync(path.join(dir, 'search-index.json'), JSON.stringify({t: text}));
    writeFileSync(path.join(dir, 'sitemap.xml'), `<urlset>${'<url><loc>http://x/</loc></url>'.repeat(20)}</urlset>`);
    writeFileSync(path.join(dir, 'assets', 'main.js'), 'console.log(1);'.repeat(50));
    writeFileSync(path.join(dir, 'tiny.css'), 'a{}');
    writeFileSync(path.join(dir, 'logo.png'), Buffer.alloc(1000));
    const result = precompress(dir);
    expect(
      filesOf(dir)
        .filter((f) => f.endsWith('.gz'))
        .sort(),
    ).toEqual(['assets/main.js.gz', 'index.html.gz', 'search-index.json.gz', 'sitemap.xml.gz']);
    expect(gunzipSync(readFileSync(path.join(dir, 'index.html.gz'))).toString()).toBe(text);
    expect(result.files).toBe(4);
    expect(result.gzipBytes).toBeLessThan(result.bytes / 5);
  });
});
