import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {text} from 'node:stream/consumers';
import {createElement, Suspense} from 'react';
import {renderToPipeableStream as react} from 'react-dom/server.node';
import {describe, expect, it} from 'vitest';
import {garbledPages} from './index';
import {renderToPipeableStream, withoutNul} from './server';

/** Chinese paragraphs in a Suspense boundary: enough to cross React's 2 KB buffer with 3-byte characters. */
const app = createElement(
  Suspense,
  null,
  ...Array.from({length: 40}, (_, i) =>
    createElement('p', {key: i, title: 'x'.repeat(i)}, '杭州实名制常见问题'.repeat(20)),
  ),
);

/** The HTML of `app`, read as Docusaurus reads it (@docusaurus/core/lib/client/renderToHtml.js). */
const html = (render: typeof react) =>
  new Promise<string>((resolve, reject) => {
    const pass = new PassThrough();
    const stream = render(app, {
      onError: reject,
      onAllReady() {
        stream.pipe(pass);
        text(pass).then(resolve, reject);
      },
    });
  });

const nuls = (s: string) => s.split('\0').length - 1;

describe('renderToPipeableStream without NUL bytes', () => {
  it("React 18's own inserts NUL bytes (when it stops, React is fixed: remove this plugin)", async () => {
    expect(nuls(await html(react))).toBeGreaterThan(0);
  });

  it('ours writes the same HTML without them', async () => {
    const [raw, clean] = await Promise.all([html(react), html(renderToPipeableStream)]);
    expect(nuls(clean)).toBe(0);
    expect(clean).toBe(raw.replaceAll('\0', ''));
  });

  it('withoutNul leaves other bytes alone', () => {
    expect([...withoutNul(new Uint8Array([0xe6, 0, 0x9d, 0xad, 0]))]).toEqual([0xe6, 0x9d, 0xad]);
    const plain = new Uint8Array([1, 2]);
    expect(withoutNul(plain)).toBe(plain);
  });
});

describe('garbledPages', () => {
  it('names the pages with NUL or U+FFFD', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'faq-garbled-'));
    try {
      writeFileSync(path.join(dir, 'ok.html'), '<p>杭州</p>');
      writeFileSync(path.join(dir, 'bad.html'), '<p>杭\uFFFD州</p>');
      writeFileSync(path.join(dir, 'nul.html'), '<p>杭\0州</p>');
      writeFileSync(path.join(dir, 'data.json'), '"\uFFFD"');
      expect(garbledPages(dir).sort()).toEqual(['bad.html', 'nul.html']);
    } finally {
      rmSync(dir, {recursive: true});
    }
  });
});
