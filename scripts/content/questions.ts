import {readFileSync} from 'node:fs';
import path from 'node:path';
import {LineCounter, parseDocument, isMap, isScalar} from 'yaml';
import {filesOf} from '../../src/lib/files';

/** One question file of docs/, read for the content tools (lint, new). */
export type QuestionFile = {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  frontMatter: Record<string, unknown>;
  /** Line (1-based, in the file) of each front-matter key. */
  keyLines: Record<string, number>;
  /** Set when the front matter is missing or is not valid YAML. */
  frontMatterError?: {line: number; message: string};
  body: string;
  /** Line (1-based, in the file) where the body starts. */
  bodyLine: number;
};

/** The number prefix of a docs folder or file name ("02-login"); the number is group 1. */
export const NUMBER_PREFIX = /^(\d+)-/;
const MISSING_FRONT_MATTER =
  '文件开头缺少 front matter：第一行要是 ---，接着写 id、title、description、keywords 各一行，再写一行 ---，下面才是正文。';
const BAD_YAML =
  '开头 --- 之间的写法有误（在这一行或上一行）：冒号后面要有一个空格；方括号 [ ] 和英文双引号要成对；内容里如果有英文冒号加空格（: ）或以 [ { # * & 等符号开头，请改用中文冒号“：”，或用英文双引号把整段内容括起来。';
const UNCLOSED_FRONT_MATTER =
  '开头的 front matter 没有结束：第 1 行的 --- 之后写完 id、title、description、keywords，要再写一行 ---，下面才是正文。';
const DUPLICATE_KEY = '这一项在开头 --- 之间写了两次：请删掉多余的一行。';

export function parseQuestion(file: string, text: string): QuestionFile {
  const base = {file: file.split(path.sep).join('/'), frontMatter: {}, keyLines: {}};
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) {
    const message = /^---\r?\n/.test(text) ? UNCLOSED_FRONT_MATTER : MISSING_FRONT_MATTER;
    return {...base, body: text, bodyLine: 1, frontMatterError: {line: 1, message}};
  }
  const yamlText = match[1]!;
  const bodyLine = match[0].split('\n').length;
  const body = text.slice(match[0].length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {lineCounter});
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + 1;
    const message = firstError.code === 'DUPLICATE_KEY' ? DUPLICATE_KEY : BAD_YAML;
    return {...base, body, bodyLine, frontMatterError: {line, message}};
  }
  const keyLines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line + 1;
      }
    }
  }
  const frontMatter = (doc.toJS() ?? {}) as Record<string, unknown>;
  return {...base, frontMatter, keyLines, body, bodyLine};
}

/** The question files under `docsDir`, named relative to `root`. */
export function loadQuestions(docsDir: string, root = process.cwd()): QuestionFile[] {
  return filesOf(docsDir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => path.join(docsDir, file))
    .map((file) => parseQuestion(path.relative(root, file), readFileSync(file, 'utf8')));
}

/**
 * The site path of a question (without the base URL), as Docusaurus makes
 * it: folders without their number prefixes, then the id; an index.md is
 * its folder's page.
 */
export function sitePath(file: string, docsDir: string, id: string): string {
  const rel = path.relative(docsDir, file).split(path.sep);
  const name = rel.pop()!.replace(/\.mdx?$/, '');
  const dirs = rel.map((d) => d.replace(NUMBER_PREFIX, ''));
  return `/${[...dirs, ...(name === 'index' ? [] : [id])].map((s) => `${s}/`).join('')}`;
}

/** The site paths of the questions without an answer yet (front matter pending: true). */
export function pendingPaths(docsDir = 'docs'): string[] {
  return loadQuestions(docsDir)
    .filter((q) => q.frontMatter.pending === true)
    .map((q) => sitePath(q.file, docsDir, String(q.frontMatter.id)));
}
