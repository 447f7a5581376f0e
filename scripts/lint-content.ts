// Own code: these are this site's content rules (links to question files, the short-link registry, restricted values) with Chinese messages; the generic parts are Joi (front matter, _category_.json, registry), mdast-util-to-string and markdownlint (Markdown style, heading levels).
/**
 * npm run lint:content — checks every question file of docs/ before a build,
 * and tells the editor, in Chinese, the file, the line and what to change.
 * CONTRIBUTING.md explains each message.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import Joi from 'joi';
import type {Definition, Heading, Link, Root} from 'mdast';
import {
  checkRegistry,
  numbersById,
  REGISTRY_FILE,
  reusedNumbers,
  type Registry,
} from '../src/plugins/short-links/registry';
import {
  findRestrictedValues,
  LOCAL_VALUES_FILE,
  NAMES_FILE,
  restrictedIn,
  VALUES_ENV,
  type RestrictedValues,
} from '../src/lib/restricted';
import {unsafeFrontMatter, unsafeNodes, unsafeUrl} from '../src/remark/safe-content';
import {EMPTY_BODY, isBlank} from '../src/remark/non-empty';
import {filesOf} from '../src/lib/files';
import {loadQuestions, sitePath, type QuestionFile} from './content/questions';

export type LintError = {file: string; line?: number; message: string};

export type LintOptions = {
  /** The repository (or a fixture) root. */
  root: string;
  /** Published versions of the registry, oldest first (from git history). */
  published?: Registry[];
  /**
   * The restricted values, when this machine has them (FAQ_RESTRICTED_FILE
   * or restricted.local.json): then no other file may show them.
   */
  restricted?: RestrictedValues;
};

export const DESCRIPTION_MAX = 80;
export const TITLE_MAX = 40;
/** A question file larger than this is several questions (every byte goes into the search index and /all/). */
export const FILE_MAX_KB = 20;
/** A question id: starts with a letter, then lowercase letters, digits and single hyphens. */
export const ID_SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ANCHOR_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ASCII_NAME = /^[a-z0-9._-]+$/;
const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '.docusaurus',
  'build',
  'test-results',
  'playwright-report',
  '__fixtures__',
]);

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** A lint error as printed: "file:line  message". */
export function formatError(e: LintError): string {
  return `${e.file}${e.line ? `:${e.line}` : ''}  ${e.message}`;
}

/** JSON of a repository file, or a lint error naming the line of the syntax error. */
function readJson(root: string, file: string): {value: unknown; text: string} | {error: LintError} {
  if (!existsSync(path.join(root, file))) {
    return {error: {file, message: `找不到这个文件：网站需要它，请从 git 恢复（git checkout -- ${file}）。`}};
  }
  const text = readFileSync(path.join(root, file), 'utf8');
  if (text.trim() === '') {
    return {
      error: {
        file,
        line: 1,
        message: file.endsWith('_category_.json')
          ? '文件是空的：写上这个栏目显示的名字和顺序，例如 {"label": "登录问题", "position": 2}。'
          : '文件是空的：请从 git 恢复它（git checkout -- 文件名）。',
      },
    };
  }
  try {
    return {value: JSON.parse(text), text};
  } catch (e) {
    const position = /position (\d+)/.exec((e as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    return {
      error: {
        file,
        line,
        message:
          'JSON 格式不对：检查这一行和上一行——名字和文字都要用英文双引号 "，两项之间用英文逗号，最后一项后面不能有逗号。',
      },
    };
  }
}

/** Category folders: ASCII names and a _category_.json that parses. Returns the category pages' paths. */
function lintFolders(docsDir: string, root: string, errors: LintError[]): Set<string> {
  const categoryPaths = new Set<string>();
  const files = filesOf(docsDir).map((file) => `docs/${file}`);
  // Every folder that holds a file, parents first.
  const folders = new Set(
    files.flatMap((file) =>
      file
        .split('/')
        .slice(1, -1)
        .map((_, i, parts) => ['docs', ...parts.slice(0, i + 1)].join('/')),
    ),
  );
  for (const file of files) {
    if (!ASCII_NAME.test(path.posix.basename(file))) {
      errors.push({file, message: '文件名只能用小写英文、数字和 -，请改名（例如 03-reset-password.md）。'});
    }
  }
  for (const folder of folders) {
    if (!ASCII_NAME.test(path.posix.basename(folder))) {
      errors.push({file: folder, message: '文件夹名只能用小写英文、数字和 -，请改名（例如 02-login）。'});
    }
    const categoryFile = `${folder}/_category_.json`;
    if (!existsSync(path.join(root, categoryFile))) {
      errors.push({
        file: categoryFile,
        message:
          '每个文件夹都需要一个 _category_.json，写明显示的名字和顺序，例如 {"label": "登录问题", "position": 2}。',
      });
    } else {
      const json = readJson(root, categoryFile);
      if ('error' in json) errors.push(json.error);
      else {
        const at = (key: string) => json.text.split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;
        const {error} = CATEGORY.validate(json.value ?? {}, {abortEarly: false});
        for (const {path: where, context} of error?.details ?? []) {
          const key = String(where.at(-1));
          if (context?.name === 'quote')
            errors.push({file: categoryFile, line: at(key), message: `"${key}" ${STRAIGHT_QUOTE}`});
          else if (context?.name === 'angle')
            errors.push({file: categoryFile, line: at(key), message: `"${key}" ${ANGLE}`});
          else if (key === 'label' || where.length === 0) errors.push({file: categoryFile, message: NO_LABEL});
        }
        const category = (json.value ?? {}) as {link?: {slug?: unknown}};
        const slug = category.link?.slug;
        if (typeof slug === 'string') categoryPaths.add(`${slug.replace(/\/$/, '')}/`);
      }
    }
  }
  return categoryPaths;
}

/** A _category_.json: a label, and no straight quote or angle bracket in what the site shows of it. */
const categoryText = Joi.string()
  .pattern(/^[^"]*$/, 'quote')
  .pattern(/^[^<>]*$/, 'angle');
const CATEGORY = Joi.object({
  label: categoryText.trim().required(),
  link: Joi.object({title: categoryText, description: categoryText}).unknown(true),
}).unknown(true);
const NO_LABEL = '缺少 "label"：写上这个分类在网站上显示的名字，例如 "label": "登录问题"。';
const ANGLE = '里不能有 < 或 >：浏览器会把它们当成标签的开始。请改用全角的＜＞或书名号《》。';

export const STRAIGHT_QUOTE =
  '这里用了英文双引号 "：中文里请用中文引号“…”（如 点击“保存”），输入法切到中文标点即可打出。代码和网址里的 " 不受影响。';

const NOT_TEXT = '要写成一行文字；如果内容全是数字、或以 [ { # * & ! | > 等符号开头，请用英文双引号把它括起来。';

/** A line of text of at most `max` characters (counted as a reader counts them), without straight quotes. */
const textLine = (max: number) =>
  Joi.string()
    .empty(Joi.valid(null, ''))
    .trim()
    .required()
    .custom((text: string, helpers) => ([...text].length > max ? helpers.error('string.long') : text))
    .pattern(/^[^"]*$/, 'quote');

/** What a question's front matter must hold; Docusaurus validates its own front matter with Joi too. */
const FRONT_MATTER = Joi.object({
  id: Joi.string().empty(Joi.valid(null, '')).required().pattern(ID_SLUG),
  title: textLine(TITLE_MAX),
  description: textLine(DESCRIPTION_MAX),
  keywords: Joi.array().items(Joi.string().trim().required()).min(1).required(),
}).unknown(true);

/** The Chinese message for one error of FRONT_MATTER. */
function frontMatterMessage(key: string, type: string, value: unknown): string {
  const missing = type === 'any.required' || type === 'string.empty';
  if (key === 'id') {
    return missing
      ? '缺少 id：在开头的 --- 之间加一行 id: 英文短词（如 id: reset-password）。它决定网址，定下后不要再改。'
      : `id "${String(value)}" 不合格：只能用小写英文字母、数字和 -，并以字母开头（如 reset-password）。它出现在网址里，所以不能用中文。`;
  }
  if (key === 'keywords') {
    return 'keywords 要写成 keywords: [词1, 词2]：方括号里写读者可能搜索的说法（同义词、口语），至少一个，用英文逗号隔开。';
  }
  const length = [...String(value)].length;
  if (type === 'string.long') {
    return key === 'title'
      ? `title 有 ${length} 个字，最多 ${TITLE_MAX} 个字：标题只写问题本身，细节写在正文里（太长的标题在搜索结果和 QQ 的链接预览里会被截断）。`
      : `description 有 ${length} 个字，最多 ${DESCRIPTION_MAX} 个字：请缩短成一句话，详细内容写在正文里。`;
  }
  if (type === 'string.pattern.name') return `${key} ${STRAIGHT_QUOTE}`;
  if (!missing) return `${key} ${NOT_TEXT}`;
  return key === 'title'
    ? '缺少 title：在开头的 --- 之间加一行 title: 问题原文。'
    : `缺少 description：加一行 description: 一句话回答或概括这个问题（最多 ${DESCRIPTION_MAX} 个字，显示在搜索结果和链接预览中）。`;
}

function lintFrontMatter(q: QuestionFile, errors: LintError[]) {
  const at = (key: string) => q.keyLines[key] ?? 1;
  const {error} = FRONT_MATTER.validate(q.frontMatter, {abortEarly: false});
  // One message per key and kind of error (a list of bad keywords is one message).
  const messages = new Map<string, {key: string; message: string}>();
  for (const {
    path: [key],
    type,
  } of error?.details ?? []) {
    const message = frontMatterMessage(String(key), type, q.frontMatter[String(key)]);
    messages.set(message, {key: String(key), message});
  }
  for (const {key, message} of messages.values()) errors.push({file: q.file, line: at(key), message});
  for (const {key, message} of unsafeFrontMatter(q.frontMatter)) errors.push({file: q.file, line: at(key), message});
}

function lintBody(
  root: string,
  q: QuestionFile,
  isKnown: (sitePath: string) => boolean,
  restricted: {names: string[]; values?: Record<string, string>},
  errors: LintError[],
) {
  const tree = markdown.parse(q.body) as Root;
  if (isBlank(tree)) {
    errors.push({file: q.file, line: q.bodyLine, message: EMPTY_BODY});
    return;
  }
  const lineOf = (node: {position?: {start: {line: number}}}) => (node.position?.start.line ?? 1) + q.bodyLine - 1;
  const push = (node: {position?: {start: {line: number}}}, message: string) =>
    errors.push({file: q.file, line: lineOf(node), message});

  for (const {line, message} of unsafeNodes(tree)) push({position: {start: {line}}}, message);

  // Text only: code, inline code and addresses keep their quotes.
  visit(tree, 'text', (node, _, parent) => {
    const at = node.value.indexOf('"');
    if (at === -1 || (parent?.type === 'link' && parent.url === node.value)) return;
    const line = (node.position?.start.line ?? 1) + node.value.slice(0, at).split('\n').length - 1;
    push({position: {start: {line}}}, STRAIGHT_QUOTE);
  });

  // Heading levels (one # for the title only, no skipped level) are markdownlint's MD025 and MD001 (npm run lint:md).
  visit(tree, 'heading', (node: Heading) => {
    const anchor = HEADING_ID.exec(toString(node))?.[1];
    if (anchor === undefined) {
      push(node, '标题末尾要加英文锚点 {#英文短词}，如 ## 操作步骤 {#steps}（分享到这一段的链接要用纯英文）。');
    } else if (!ANCHOR_SLUG.test(anchor)) {
      push(node, `标题锚点 {#${anchor}} 只能用小写英文、数字和 -，如 {#steps}。`);
    }
  });

  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = (node as Link | Definition).url;
    // Unsafe addresses are reported above, with the other unsafe content.
    if (unsafeUrl(url) || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return;
    const target = url.split('#')[0]!;
    if (/\.mdx?$/.test(target)) {
      let file = target;
      try {
        file = decodeURIComponent(target);
      } catch {
        // Keep the link as written; it will not be found.
      }
      if (!existsSync(path.join(root, path.dirname(q.file), file))) {
        push(
          node,
          `链接的文件 ${target} 不存在：链接要写成从本文件所在文件夹出发的相对路径，如同一栏目的 02-accounts.md、其他栏目的 ../02-login/03-reset-password.md；文件被移动或改名后请更新链接。`,
        );
      }
    } else if (target.startsWith('/')) {
      if (!target.endsWith('/')) {
        push(node, `站内链接 ${target} 末尾要加 /，请改成 ${target}/（本站网址都以 / 结尾）。`);
      } else if (!isKnown(target)) {
        push(
          node,
          `站内链接 ${target} 找不到对应的页面：请检查拼写；链接到另一个问题时，最好写它的文件路径（如 ../02-login/03-reset-password.md）。`,
        );
      }
    } else {
      push(
        node,
        `链接 ${url} 无法识别：链接到另一个问题请写它的文件相对路径（如 03-reset-password.md 或 ../02-login/03-reset-password.md），链接到外部网站请写完整网址（http:// 或 https:// 开头）。`,
      );
    }
  });

  visit(tree, 'textDirective', (node) => {
    if (node.name !== 'restricted') return;
    const name = node.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('')
      .trim();
    if (!restricted.names.includes(name)) {
      push(node, `受限值的名字 :restricted[${name}] 不存在：可用的名字有 ${restricted.names.join('、')}。`);
    }
  });

  // A value split by emphasis or escapes (**G85q**F5JP, G85q\-F5JP) still shows whole on the page.
  const {values} = restricted;
  if (values) {
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
      for (const name of restrictedIn(toString(node), values)) push(node, restrictedMessage(name));
    });
  }
}

function restrictedMessage(name: string): string {
  return `这里写出了受限值 ${name}（测试项目的密钥或密码），公开版网站会泄露它：请删掉，改写成 :restricted[${name}]。它的值只能放在 ${VALUES_ENV} 指向的文件或 ${LOCAL_VALUES_FILE} 中（都不进 git）。`;
}

/** Text files of the tree that could carry a restricted value. */
function textFiles(root: string): string[] {
  return filesOf(root, (folder) => SKIP_DIRS.has(folder) || folder.startsWith('build-'))
    .filter((file) => /\.(md|mdx|json|jsonc|ts|tsx|js|mjs|cjs|css|txt|yml|yaml|html|conf)$/.test(file))
    .map((file) => path.join(root, file));
}

/** The restricted values must appear in no file of the tree, however escaped (\# &#35;). */
function lintRestricted(root: string, {file: valuesFile, values}: RestrictedValues, errors: LintError[]) {
  const own = new Set([path.resolve(valuesFile), path.resolve(root, LOCAL_VALUES_FILE)]);
  for (const file of textFiles(root)) {
    if (own.has(path.resolve(file))) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        for (const name of restrictedIn(text, values)) {
          errors.push({
            file: path.relative(root, file).split(path.sep).join('/'),
            line: i + 1,
            message: restrictedMessage(name),
          });
        }
      });
  }
}

/** The registry's shape: {"<n>": {"id": "...", "paths": ["/.../"], "retiredTo"?: "..."}}. */
const REGISTRY = Joi.object().pattern(
  Joi.string(),
  Joi.object({id: Joi.string().required(), paths: Joi.array().items(Joi.string()).required(), retiredTo: Joi.string()}),
);

function registryShapeErrors(registry: unknown, lineOf: (n: string) => number | undefined): LintError[] {
  const example = '每一条要写成 "编号": {"id": "问题的 id", "paths": ["/网址/"]}';
  // The numbers of the entries in error; "" when the registry itself is not an object.
  const numbers = new Set(
    (REGISTRY.validate(registry, {abortEarly: false}).error?.details ?? []).map((d) => String(d.path[0] ?? '')),
  );
  if (numbers.has('')) return [{file: REGISTRY_FILE, line: 1, message: `登记表要用 { } 括起来，${example}。`}];
  return [...numbers].map((n) => ({
    file: REGISTRY_FILE,
    line: lineOf(n),
    message: `编号 ${n} 写法不对：${example}，下线的问题再加 "retiredTo": "替代它的问题的 id"。`,
  }));
}

/**
 * The short-link registry: its syntax and shape, then (when `live` is given)
 * a number for every question and every question's current path, and no
 * published number reused or removed. Returns the registry if it could be read.
 */
function lintRegistry(
  root: string,
  live: {id: string; path: string}[] | undefined,
  byId: Map<string, QuestionFile>,
  published: Registry[],
  errors: LintError[],
): Registry | undefined {
  const json = readJson(root, REGISTRY_FILE);
  if ('error' in json) {
    errors.push(json.error);
    return undefined;
  }
  const lines = json.text.split('\n');
  const lineOf = (n: string) => {
    const i = lines.findIndex((l) => l.trimStart().startsWith(`"${n}"`));
    return i === -1 ? undefined : i + 1;
  };
  const shapeErrors = registryShapeErrors(json.value, lineOf);
  if (shapeErrors.length > 0) {
    errors.push(...shapeErrors);
    return undefined;
  }
  const registry = json.value as Registry;
  const numbers = numbersById(registry);
  const numbered = (live ?? []).filter((q) => numbers.has(q.id));
  for (const {id} of live ?? []) {
    if (numbers.has(id)) continue;
    const q = byId.get(id)!;
    errors.push({
      file: q.file,
      line: q.keyLines.id,
      message: `问题 "${id}" 还没有短链接编号：新问题请用 npm run new 创建；也可以在 ${REGISTRY_FILE} 末尾手动加一条（编号为最大编号加 1）。`,
    });
  }
  const problems = [...(live ? checkRegistry(registry, numbered) : []), ...reusedNumbers(published, registry)];
  for (const problem of problems) {
    const message = problem.replace(`${REGISTRY_FILE} `, '');
    const n = /^编号 (\d+)：/.exec(message)?.[1];
    errors.push({file: REGISTRY_FILE, line: n === undefined ? undefined : lineOf(n), message});
  }
  return registry;
}

export function lintContent({root, published = [], restricted}: LintOptions): {checked: number; errors: LintError[]} {
  const errors: LintError[] = [];
  const docsDir = path.join(root, 'docs');
  if (!existsSync(docsDir)) {
    return {checked: 0, errors: [{file: 'docs', message: '没有找到 docs 文件夹：请在项目的根目录运行。'}]};
  }
  const questions = loadQuestions(docsDir, root);
  if (questions.length === 0) {
    return {
      checked: 0,
      errors: [{file: 'docs', message: '没有找到任何问题文件（docs/ 下的 .md 文件）：请检查是否在项目的根目录运行。'}],
    };
  }
  const categoryPaths = lintFolders(docsDir, root, errors);

  const byId = new Map<string, QuestionFile>();
  const byTitle = new Map<string, QuestionFile>();
  const live: {id: string; path: string}[] = [];
  for (const q of questions) {
    if (q.file.endsWith('.mdx')) {
      errors.push({
        file: q.file,
        message: '问题文件要用 .md 结尾：.mdx 文件里可以写会运行的代码。请把文件改名为 .md。',
      });
    }
    const kb = Math.ceil(statSync(path.join(root, q.file)).size / 1024);
    if (kb > FILE_MAX_KB) {
      errors.push({
        file: q.file,
        line: 1,
        message: `文件有 ${kb} KB，最多 ${FILE_MAX_KB} KB：这么长的回答请拆成几个问题（每个字都会进入搜索索引和“全部问题”页，读者都要下载）。`,
      });
    }
    if (q.frontMatterError) {
      errors.push({file: q.file, ...q.frontMatterError});
      continue;
    }
    lintFrontMatter(q, errors);
    const {id, title} = q.frontMatter;
    if (typeof id === 'string' && ID_SLUG.test(id)) {
      const other = byId.get(id);
      if (other) {
        errors.push({
          file: q.file,
          line: q.keyLines.id,
          message: `id "${id}" 和 ${other.file} 的重复了：每个问题的 id 必须不同，请换一个。`,
        });
      } else {
        byId.set(id, q);
        live.push({id, path: sitePath(path.join(root, q.file), docsDir, id)});
      }
    }
    if (typeof title === 'string' && title.trim() !== '') {
      const other = byTitle.get(title.trim());
      if (other) {
        errors.push({
          file: q.file,
          line: q.keyLines.title,
          message: `标题“${title.trim()}”和 ${other.file} 的重复了：两个问题不能同名。如果是同一个问题，请合并成一个；否则把标题写得更具体。`,
        });
      } else byTitle.set(title.trim(), q);
    }
  }

  // Until every front matter can be read, the registry cannot be compared with the questions.
  const complete = questions.every((q) => !q.frontMatterError);
  const registry = lintRegistry(root, complete ? live : undefined, byId, published, errors);

  const namesJson = readJson(root, NAMES_FILE);
  const names = 'value' in namesJson ? Object.keys(namesJson.value as Record<string, string>) : [];
  if ('error' in namesJson) errors.push(namesJson.error);

  const knownPaths = new Set([
    '/',
    ...categoryPaths,
    ...live.map((q) => q.path),
    ...Object.keys(registry ?? {}).map((n) => `/q/${n}/`),
  ]);
  // An unreadable registry is reported once; its short links are not reported again as unknown.
  const isKnown = (p: string) => knownPaths.has(p) || (registry === undefined && /^\/q\/\d+\/$/.test(p));
  for (const q of questions) {
    if (!q.frontMatterError) lintBody(root, q, isKnown, {names, values: restricted?.values}, errors);
  }
  if (restricted) lintRestricted(root, restricted, errors);

  // A value written plainly is found both on its line and in its paragraph's text: report it once.
  const unique = [...new Map(errors.map((e) => [formatError(e), e])).values()];
  return {checked: questions.length, errors: unique};
}

/** Every version of the registry committed so far, oldest first. */
export function publishedRegistries(root: string): Registry[] {
  const git = (args: string[]) =>
    execFileSync('git', args, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
  let shas: string[];
  try {
    shas = git(['log', '--format=%H', '--reverse', '--', REGISTRY_FILE]).split('\n').filter(Boolean);
  } catch {
    return [];
  }
  // A version that was committed broken is skipped, not a reason to stop checking.
  return shas.flatMap((sha) => {
    try {
      return [JSON.parse(git(['show', `${sha}:${REGISTRY_FILE}`])) as Registry];
    } catch {
      return [];
    }
  });
}

function main() {
  const root = process.cwd();
  let restricted: RestrictedValues | undefined;
  try {
    restricted = findRestrictedValues(root);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (!restricted) {
    console.log(
      `（这台电脑上没有受限值文件（${VALUES_ENV} 或 ${LOCAL_VALUES_FILE}），没有检查测试项目的密钥和密码是否被直接写进了文件。）`,
    );
  }
  const {checked, errors} = lintContent({root, published: publishedRegistries(root), restricted});
  for (const e of errors) console.error(formatError(e));
  if (errors.length > 0) {
    console.error(
      `\n内容检查未通过：${errors.length} 处需要修改（共检查 ${checked} 个问题文件）。各条提示的含义见 CONTRIBUTING.md。`,
    );
    process.exit(1);
  }
  console.log(`内容检查通过：${checked} 个问题文件。`);
}

if (process.argv[1]?.endsWith('lint-content.ts')) main();
