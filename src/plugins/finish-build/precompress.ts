import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {constants, gzipSync} from 'node:zlib';
import {filesOf} from '../../lib/files';

/**
 * file.gz beside each text file of the build, for nginx's gzip_static (see
 * deploy/nginx.conf): the server sends them as they are instead of
 * compressing the same page or search index again on every request.
 */
export const COMPRESSIBLE = /\.(html|js|css|json|xml|svg|txt|webmanifest)$/;
/** Below this, gzip saves too little to be worth a second file (nginx's gzip_min_length). */
export const MIN_BYTES = 256;

/** Writes the .gz files; returns how many, and the bytes before and after. */
export function precompress(outDir: string): {files: number; bytes: number; gzipBytes: number} {
  const result = {files: 0, bytes: 0, gzipBytes: 0};
  for (const file of filesOf(outDir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const full = path.join(outDir, file);
    const data = readFileSync(full);
    if (data.length < MIN_BYTES) continue;
    const gzip = gzipSync(data, {level: constants.Z_BEST_COMPRESSION});
    writeFileSync(`${full}.gz`, gzip);
    result.files += 1;
    result.bytes += data.length;
    result.gzipBytes += gzip.length;
  }
  return result;
}
