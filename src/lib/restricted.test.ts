import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {
  findRestrictedValues,
  loadValues,
  normalizeEscapes,
  requireRestrictedValues,
  restrictedIn,
  restrictedInFolder,
  valuesFileOf,
} from './restricted';

const work = mkdtempSync(path.join(tmpdir(), 'restricted-test-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

const names = {key: '测试项目的密钥', password: '测试项目的密码'};
const values = {key: 'FAKE-k3y#For*Tests!x-', password: 'Fake#Pw_42'};

/** A project folder with the names file and, optionally, a local values file. */
function project(local?: unknown): string {
  const root = mkdtempSync(path.join(work, 'project-'));
  mkdirSync(path.join(root, 'src/data'), {recursive: true});
  writeFileSync(path.join(root, 'src/data/restricted-names.json'), JSON.stringify(names));
  if (local !== undefined) writeFileSync(path.join(root, 'restricted.local.json'), JSON.stringify(local));
  return root;
}

describe('the values file', () => {
  it('is FAQ_RESTRICTED_FILE when set, else restricted.local.json when present, else none', () => {
    const root = project(values);
    writeFileSync(path.join(work, 'elsewhere.json'), JSON.stringify(values));
    expect(valuesFileOf(root, {FAQ_RESTRICTED_FILE: path.join(work, 'elsewhere.json')})).toBe(
      path.join(work, 'elsewhere.json'),
    );
    expect(valuesFileOf(root, {})).toBe(path.join(root, 'restricted.local.json'));
    expect(valuesFileOf(project(), {})).toBeUndefined();
    expect(() => valuesFileOf(root, {FAQ_RESTRICTED_FILE: 'missing.json'})).toThrow(
      'FAQ_RESTRICTED_FILE=missing.json：找不到这个受限值文件。',
    );
  });

  it('is optional for the public build and required, with directions, for the internal one', () => {
    const empty = project();
    expect(findRestrictedValues(empty)).toBeUndefined();
    expect(() => requireRestrictedValues(empty)).toThrow(
      /内部版需要测试项目的密钥和密码，但没有找到受限值文件：请设置 FAQ_RESTRICTED_FILE=.*或在项目根目录放一个 restricted\.local\.json/,
    );
    const root = project(values);
    expect(requireRestrictedValues(root)).toEqual({file: path.join(root, 'restricted.local.json'), values});
  });

  it('must give a value to each name and nothing else', () => {
    const file = path.join(work, 'partial.json');
    writeFileSync(file, JSON.stringify({key: 'x', extra: 'y'}));
    expect(() => loadValues(file, names)).toThrow(`缺少 password（测试项目的密码），多了不认识的 extra`);
    writeFileSync(file, '{"key": ');
    expect(() => loadValues(file, names)).toThrow(`受限值文件 ${file} 不是合格的 JSON`);
  });
});

describe('restrictedIn', () => {
  it('sees a value through Markdown escapes, HTML entities, JavaScript escapes and invisible characters', () => {
    for (const text of [
      '密钥：FAKE-k3y#For*Tests!x-',
      '密钥：FAKE\\-k3y\\#For\\*Tests\\!x\\-',
      '密钥：FAKE-k3y&#35;For&ast;Tests&excl;x-',
      '"FAKE-k3y\\u0023For\\x2aTests!x-"',
      'FAKE-k3y&amp;#35;For*Tests!x-',
      'FAKE-\u200bk3y#For*Tests!x-',
      'fake-K3Y#for*tests!X-',
    ]) {
      expect(restrictedIn(text, values), text).toEqual(['key']);
    }
    expect(restrictedIn('FAKE-k3y For Tests', values)).toEqual([]);
  });

  it('decodes as a reader would read', () => {
    expect(normalizeEscapes('a\\#b &lt;c&gt; \\u{1F600} &#x23;')).toBe('a#b <c> 😀 #');
  });
});

describe('restrictedInFolder', () => {
  it('checks the text files of a build, and pages once tags are gone', () => {
    const dir = mkdtempSync(path.join(work, 'build-'));
    writeFileSync(path.join(dir, 'page.html'), '<p>密码：<strong>Fake#</strong>Pw_42</p>');
    writeFileSync(path.join(dir, 'chunk.js'), 'x("FAKE-k3y\\u0023For*Tests!x-")');
    writeFileSync(path.join(dir, 'clean.json'), '{"a": 1}');
    writeFileSync(path.join(dir, 'image.png'), 'FAKE-k3y#For*Tests!x-');
    expect(restrictedInFolder(dir, values, ['page.html', 'chunk.js', 'clean.json', 'image.png'])).toEqual({
      checked: 3,
      found: [
        {file: 'page.html', names: ['password']},
        {file: 'chunk.js', names: ['key']},
      ],
    });
  });
});
