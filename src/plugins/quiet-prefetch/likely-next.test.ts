import {describe, expect, it} from 'vitest';
import {likelyNextPaths, spareData} from './likely-next';

describe('spareData', () => {
  it('spares data with the data saver on, or on a connection slower than 4G', () => {
    expect(spareData({saveData: true, effectiveType: '4g'})).toBe(true);
    for (const effectiveType of ['slow-2g', '2g', '3g']) expect(spareData({effectiveType}), effectiveType).toBe(true);
    // The benchmark's slow phone: Chromium rates 150 ms and 1.6 Mbit/s as 4G.
    expect(spareData({effectiveType: '4g', downlink: 1.5})).toBe(true);
  });

  it('loads on 4G, and where the browser does not tell', () => {
    expect(spareData({saveData: false, effectiveType: '4g'})).toBe(false);
    expect(spareData({effectiveType: '4g', downlink: 10})).toBe(false);
    expect(spareData({})).toBe(false);
    expect(spareData(undefined)).toBe(false);
  });
});

describe('likelyNextPaths', () => {
  it('keeps the first distinct pages, never the current one', () => {
    const hrefs = ['http://h/faq/a/', 'http://h/faq/self/', 'http://h/faq/a/#x', 'http://h/faq/b/', 'http://h/faq/c/'];
    expect(likelyNextPaths(hrefs, '/faq/self/')).toEqual(['/faq/a/', '/faq/b/', '/faq/c/']);
    expect(likelyNextPaths([...hrefs, 'http://h/faq/d/'], '/faq/self/')).toHaveLength(3);
  });
});
