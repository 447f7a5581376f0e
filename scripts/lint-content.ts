/**
 * npm run lint:content — checks every question file of docs/ before a build,
 * and tells the editor, in Chinese, the file, the line and what to change.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import {visit} from 'unist-util-visit';
import type {Heading, Link, Root} from 'mdast';
import {checkRegistry, numbersById, reusedNumbers, type Registry} from '../src/plugins/short-links/registry';
import {loadQuestions, sitePath, type QuestionFile} from './content/questions';

export type LintError = {file: string; line?: number; message: string};

export type LintOptions = {
  /** The repository (or a fixture) root. */
  root: string;
  /** Published versions of the registry, oldest first (from git history). */
  published?: Registry[];
};

export const DESCRIPTION_MAX = 80;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ASCII_NAME = /^[a-z0-9._-]+$/;
const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.docusaurus', 'build', 'test-results', '__fixtures__']);
const RESTRICTED_FILE = 'src/data/restricted.json';
const REGISTRY_FILE = 'src/data/short-links.json';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

function headingText(node: Heading): string {
  let text = '';
  visit(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') text += n.value;
  });
  return text;
}

/** Category folders: ASCII names and a _category_.json that parses. */
function lintFolders(docsDir: string, root: string, errors: LintError[]): Set<string> {
  const categoryPaths = new Set<string>();
  const walk = (dir: string, urlParts: string[]) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full);
      if (!statSync(full).isDirectory()) {
        if (!ASCII_NAME.test(name)) errors.push({file: rel, message: '文件名只能用小写英文、数字和 -（网址由它生成）。'});
        continue;
      }
      if (!ASCII_NAME.test(name)) errors.push({file: rel, message: '文件夹名只能用小写英文、数字和 -（网址由它生成）。'});
      const parts = [...urlParts, name.replace(/^\d+-/, '')];
      const categoryFile = path.join(full, '_category_.json');
      if (!existsSync(categoryFile)) {
        errors.push({file: path.relative(root, categoryFile), message: '每个分类文件夹都需要 _category_.json（写明分类名 label 和顺序 position）。'});
      } else {
        try {
          const category = JSON.parse(readFileSync(categoryFile, 'utf8')) as {label?: string; link?: {slug?: string}};
          if (!category.label) errors.push({file: path.relative(root, categoryFile), message: '缺少分类名 "label"。'});
          categoryPaths.add(category.link?.slug ? `${category.link.slug.replace(/\/$/, '')}/` : `/${parts.join('/')}/`);
        } catch (e) {
          errors.push({file: path.relative(root, categoryFile), message: `不是合法的 JSON：${(e as Error).message}`});
        }
      }
      walk(full, parts);
    }
  };
  walk(docsDir, []);
  return categoryPaths;
}

function lintFrontMatter(q: QuestionFile, errors: LintError[]) {
  const fm = q.frontMatter;
  const at = (key: string) => q.keyLines[key] ?? 1;
  const id = fm.id;
  if (typeof id !== 'string' || id === '') {
    errors.push({file: q.file, line: 1, message: '缺少 id：在 front matter 中加一行 id: 英文短词（如 reset-password），定下后不再修改。'});
  } else if (!SLUG.test(id)) {
    errors.push({file: q.file, line: at('id'), message: `id "${id}" 只能用小写英文、数字和 -（如 reset-password）。`});
  }
  if (typeof fm.title !== 'string' || fm.title.trim() === '') {
    errors.push({file: q.file, line: 1, message: '缺少 title：在 front matter 中加一行 title: 问题原文。'});
  }
  const description = fm.description;
  if (typeof description !== 'string' || description.trim() === '') {
    errors.push({file: q.file, line: 1, message: '缺少 description：用一句话回答或概括这个问题（搜索结果和链接预览会显示它）。'});
  } else if ([...description].length > DESCRIPTION_MAX) {
    errors.push({
      file: q.file,
      line: at('description'),
      message: `description 有 ${[...description].length} 个字，最多 ${DESCRIPTION_MAX} 个字，请缩短。`,
    });
  }
  const keywords = fm.keywords;
  if (!Array.isArray(keywords) || keywords.length === 0 || keywords.some((k) => typeof k !== 'string' || k.trim() === '')) {
    errors.push({file: q.file, line: q.keyLines.keywords ?? 1, message: 'keywords 要写成 [词1, 词2]：读者可能搜索的说法，至少一个。'});
  }
}

function lintBody(root: string, q: QuestionFile, knownPaths: Set<string>, errors: LintError[]) {
  if (q.body.trim() === '') {
    errors.push({file: q.file, line: q.bodyLine, message: '正文是空的：写上答案；还没有答案的栏目请写明“正在整理中”和咨询渠道。'});
    return;
  }
  const tree = markdown.parse(q.body) as Root;
  const lineOf = (node: {position?: {start: {line: number}}}) => (node.position?.start.line ?? 1) + q.bodyLine - 1;
  let previousDepth = 1;
  visit(tree, 'heading', (node: Heading) => {
    const line = lineOf(node);
    if (node.depth === 1) {
      errors.push({file: q.file, line, message: '正文中不要用一级标题（#），问题标题已由 title 显示；请从 ## 开始。'});
    } else if (node.depth > previousDepth + 1) {
      errors.push({file: q.file, line, message: `标题跳级了：上一级是 ${'#'.repeat(previousDepth)}，这里是 ${'#'.repeat(node.depth)}，请逐级使用。`});
    }
    previousDepth = node.depth;
    const id = HEADING_ID.exec(headingText(node))?.[1];
    if (id === undefined) {
      errors.push({file: q.file, line, message: '标题需要英文锚点，写在标题末尾：## 标题 {#english-words}（分享链接要求纯英文）。'});
    } else if (!SLUG.test(id)) {
      errors.push({file: q.file, line, message: `标题锚点 {#${id}} 只能用小写英文、数字和 -。`});
    }
  });
  visit(tree, 'link', (node: Link) => {
    const line = lineOf(node);
    const url = node.url;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return;
    const target = url.split('#')[0]!;
    if (/\.mdx?$/.test(target)) {
      if (!existsSync(path.join(root, path.dirname(q.file), decodeURIComponent(target)))) {
        errors.push({file: q.file, line, message: `链接的文件 ${target} 不存在（相对于本文件所在的文件夹）。`});
      }
    } else if (target.startsWith('/')) {
      if (!target.endsWith('/')) {
        errors.push({file: q.file, line, message: `站内链接 ${target} 请以 / 结尾（本站网址统一以 / 结尾）。`});
      } else if (!knownPaths.has(target)) {
        errors.push({file: q.file, line, message: `站内链接 ${target} 找不到对应的页面。`});
      }
    } else {
      errors.push({file: q.file, line, message: `链接 ${url} 请写成另一个问题文件的相对路径（如 ../02-login/03-reset-password.md）或以 / 开头的站内网址。`});
    }
  });
}

/** Text files of the tree that could carry a restricted value. */
function textFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (SKIP_DIRS.has(name) || name.startsWith('build-')) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(md|mdx|json|ts|tsx|js|mjs|cjs|css|txt|yml|yaml|html|conf)$/.test(name)) files.push(full);
    }
  };
  walk(root);
  return files;
}

function lintRestricted(root: string, errors: LintError[]) {
  const valuesFile = path.join(root, RESTRICTED_FILE);
  if (!existsSync(valuesFile)) return;
  const values = Object.values(JSON.parse(readFileSync(valuesFile, 'utf8')) as Record<string, string>);
  for (const file of textFiles(root)) {
    if (path.resolve(file) === path.resolve(valuesFile)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (values.some((v) => text.includes(v))) {
          errors.push({
            file: path.relative(root, file),
            line: i + 1,
            message: `这里出现了受限值（测试项目的密钥或密码）。它只能写在 ${RESTRICTED_FILE} 中；页面里请写 :restricted[名字]。`,
          });
        }
      });
  }
}

export function lintContent({root, published = []}: LintOptions): {checked: number; errors: LintError[]} {
  const errors: LintError[] = [];
  const docsDir = path.join(root, 'docs');
  const questions = loadQuestions(docsDir, root);
  const categoryPaths = lintFolders(docsDir, root, errors);

  const byId = new Map<string, QuestionFile>();
  const byTitle = new Map<string, QuestionFile>();
  const live: {id: string; path: string}[] = [];
  for (const q of questions) {
    if (q.frontMatterError) {
      errors.push({file: q.file, ...q.frontMatterError});
      continue;
    }
    lintFrontMatter(q, errors);
    const {id, title} = q.frontMatter;
    if (typeof id === 'string' && id !== '') {
      const other = byId.get(id);
      if (other) errors.push({file: q.file, line: q.keyLines.id, message: `id "${id}" 与 ${other.file} 重复；每个问题的 id 必须不同。`});
      else byId.set(id, q);
      live.push({id, path: sitePath(path.join(root, q.file), docsDir, id)});
    }
    if (typeof title === 'string') {
      const other = byTitle.get(title);
      if (other) errors.push({file: q.file, line: q.keyLines.title, message: `标题“${title}”与 ${other.file} 重复；两个问题不能同名。`});
      else byTitle.set(title, q);
    }
  }

  const registryPath = path.join(root, REGISTRY_FILE);
  const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as Registry;
  const numbers = numbersById(registry);
  for (const {id} of live) {
    if (!numbers.has(id)) {
      const q = byId.get(id)!;
      errors.push({file: q.file, line: q.keyLines.id, message: `问题 "${id}" 没有短链接编号：用 npm run new 新建问题，或在 ${REGISTRY_FILE} 末尾登记下一个编号。`});
    }
  }
  for (const message of [...checkRegistry(registry, live.filter((q) => numbers.has(q.id))), ...reusedNumbers(published, registry)]) {
    errors.push({file: REGISTRY_FILE, message});
  }

  const knownPaths = new Set(['/', ...categoryPaths, ...live.map((q) => q.path), ...Object.keys(registry).map((n) => `/q/${n}/`)]);
  for (const q of questions) if (!q.frontMatterError) lintBody(root, q, knownPaths, errors);
  lintRestricted(root, errors);

  if (questions.length === 0) errors.push({file: 'docs', message: '没有找到任何问题文件（docs/**/*.md）。'});
  return {checked: questions.length, errors};
}

/** Every version of the registry committed so far, oldest first. */
export function publishedRegistries(root: string): Registry[] {
  try {
    const shas = execFileSync('git', ['log', '--format=%H', '--reverse', '--', REGISTRY_FILE], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter(Boolean);
    return shas.map((sha) => JSON.parse(execFileSync('git', ['show', `${sha}:${REGISTRY_FILE}`], {cwd: root, encoding: 'utf8'})) as Registry);
  } catch {
    return [];
  }
}

function main() {
  const root = process.cwd();
  const {checked, errors} = lintContent({root, published: publishedRegistries(root)});
  for (const e of errors) console.error(`${e.file}${e.line ? `:${e.line}` : ''}  ${e.message}`);
  if (errors.length > 0) {
    console.error(`\n内容检查未通过：${errors.length} 处需要修改（共检查 ${checked} 个问题文件）。`);
    process.exit(1);
  }
  console.log(`内容检查通过：${checked} 个问题文件。`);
}

if (process.argv[1]?.endsWith('lint-content.ts')) main();
