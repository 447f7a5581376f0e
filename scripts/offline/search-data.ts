import {DATA_GLOBAL, type OfflineData} from '../../src/lib/offline/data';

/** search-data.js: a script that sets the data as a global (no fetch from file://). */
export function searchDataScript(data: OfflineData): string {
  // U+2028/2029 are line ends in old JavaScript string literals; "</" must not close a script.
  const json = JSON.stringify(data).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `window.${DATA_GLOBAL} = ${json.replace(/<\//g, '<\\/')};\n`;
}
