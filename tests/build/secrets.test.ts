import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {filesOf} from '../../src/lib/files';
import {restrictedInFolder} from '../../src/lib/restricted';
import {buildFiles, FAQ_BUILD, INTERNAL_BUILD, OFFLINE_BUILD, PUBLIC_BUILD, testRestrictedValues} from './site';

const values = testRestrictedValues();
const TEST_PROJECT = 'hangzhou/integration/test-project/index.html';

describe('restricted values (the test project key and password; npm test builds with fake ones)', () => {
  it('are two values with characters that Markdown and HTML escape', () => {
    expect(Object.values(values)).toHaveLength(2);
    for (const v of Object.values(values)) expect(v).toMatch(/^(?=.*[#*_!]).{8,}$/);
  });

  it.each([PUBLIC_BUILD, FAQ_BUILD, OFFLINE_BUILD])('appear in no file of %s, however escaped', (dir) => {
    buildFiles(dir);
    const {checked, found} = restrictedInFolder(dir, values, filesOf(dir));
    expect(checked).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });

  it('are replaced by a note to ask support in the public build', () => {
    const html = readFileSync(path.join(PUBLIC_BUILD, TEST_PROJECT), 'utf8');
    expect(html.match(/不公开，请向技术支持索取/g)).toHaveLength(2);
  });

  it('appear on the test-project page of the internal build (which is made with them), and in its 复制答复', () => {
    const {found} = restrictedInFolder(INTERNAL_BUILD, values, filesOf(INTERNAL_BUILD));
    for (const file of [TEST_PROJECT, 'replies.json']) {
      expect(found.find((f) => f.file === file)?.names.sort(), file).toEqual(Object.keys(values).sort());
    }
  });

  it('are found by the same scan when a build shows them escaped', () => {
    // The internal page, with its values written as Markdown escapes and HTML entities would leave them.
    const page = readFileSync(path.join(INTERNAL_BUILD, TEST_PROJECT), 'utf8');
    const escaped = Object.values(values).reduce(
      (html, v) => html.replaceAll(v, v.replace(/#/g, '&#35;').replace(/\*/g, '\\*')),
      page,
    );
    expect(escaped).not.toContain(Object.values(values)[0]);
    const dir = mkdtempSync(path.join(tmpdir(), 'secrets-test-'));
    writeFileSync(path.join(dir, 'index.html'), escaped);
    expect(restrictedInFolder(dir, values, ['index.html']).found).toEqual([
      {file: 'index.html', names: Object.keys(values)},
    ]);
    rmSync(dir, {recursive: true});
  });
});
