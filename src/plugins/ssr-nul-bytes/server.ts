// Why: React 18's renderToPipeableStream flushes its whole 2 KB buffer when a
// multi-byte character does not fit at its end, so NUL bytes land inside the
// HTML (facebook/react#31134, fixed only in React 19, which costs 15 KB gzipped
// on every page); the HTML minifier then turns each into U+FFFD (garbled
// Chinese). This module stands in for react-dom/server in the server bundle
// (index.ts) and drops those bytes on the way out.
import {Transform} from 'node:stream';
import {renderToPipeableStream as render} from 'react-dom/server.node';

export * from 'react-dom/server.node';

/** The bytes of `chunk` without NULs (none belongs in HTML). */
export function withoutNul(chunk: Uint8Array): Uint8Array {
  return chunk.includes(0) ? chunk.filter((byte) => byte !== 0) : chunk;
}

export function renderToPipeableStream(...args: Parameters<typeof render>): ReturnType<typeof render> {
  const stream = render(...args);
  return {
    ...stream,
    pipe<T extends NodeJS.WritableStream>(destination: T): T {
      const clean = new Transform({
        transform(chunk: Uint8Array, _encoding, done) {
          done(null, withoutNul(chunk));
        },
      });
      clean.pipe(destination);
      stream.pipe(clean);
      return destination;
    },
  };
}
