import {readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {loadQuestions, sitePath} from '../../scripts/content/questions';
import {PUBLIC_BUILD} from './site';

describe('answers of the public build', () => {
  it('each says when it was last updated, with a machine-readable date', () => {
    const questions = loadQuestions('docs');
    expect(questions.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const q of questions) {
      const page = path.join(PUBLIC_BUILD, sitePath(q.file, 'docs', String(q.frontMatter.id)), 'index.html');
      const $ = load(readFileSync(page, 'utf8'));
      const line = $('.theme-last-updated');
      const datetime = line.find('time').attr('datetime') ?? '';
      if (!/^最后于 \d{4}年\d{1,2}月\d{1,2}日 更新$/.test(line.text()) || Number.isNaN(Date.parse(datetime))) {
        missing.push(`${page}: “${line.text()}” ${datetime}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
