import path from 'node:path';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';

/**
 * Content is data, never code: an answer may not carry anything a browser
 * would run, or anything that could break out of its place in the page —
 * raw HTML, MDX (JSX, {expressions}, import/export), links with a scheme
 * other than http, https and tel, SVG images, and < or > in the front matter
 * (the title reaches the JSON-LD breadcrumb in <head>). The build refuses
 * them here; the content lint (scripts/lint-content.ts) reports the same
 * problems, with the same messages, before the build.
 */

/** A problem at a line of the tree (the lint adds the body's offset) or at a front-matter key. */
export type Problem = {line: number; message: string};
export type FrontMatterProblem = {key: string; message: string};

type Node = {type: string; value?: string; url?: string; position?: {start: {line: number}}};

const ALLOWED_SCHEMES = new Set(['http', 'https', 'tel']);
const IMAGE = /\.(png|jpe?g|gif|webp)$/i;
const MDX_NODES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

const HTML_FIX =
  '网页会把它当成代码运行。请改用 Markdown 写法：加粗写 **文字**，链接写 [文字](网址)；要显示尖括号本身，在 < 前加 \\，如 \\<密码>。';
const MDX_MESSAGE =
  '正文里不能写 MDX 代码（import、export、{…} 或 <组件>）：问题文件是普通 Markdown，里面的内容不能运行。';
const LINK_FIX = '只能链接到 http:// 或 https:// 开头的网址、tel: 电话号码，或站内的相对路径。';

/** The first tag of a piece of raw HTML, to show the editor what was found. */
function firstTag(html: string): string {
  return (/<[^>]{0,40}>?/.exec(html)?.[0] ?? html.slice(0, 40)).replace(/\s+/g, ' ');
}

/** An address as the editor can recognise it in a message: control characters shown as spaces, long ones cut. */
function shownUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = url.replace(/[\u0000-\u001f]/g, ' ');
  return visible.length > 60 ? `${visible.slice(0, 60)}…` : visible;
}

/**
 * What is wrong with a link or image address, if anything. The URL is read
 * as a browser would: tabs and line breaks inside it are dropped, so
 * "java&#9;script:" is still a script.
 */
export function unsafeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (/^[/\\]{2}/.test(cleaned)) return `链接 ${shownUrl(url)} 不能用：外部网址要写完整，以 http:// 或 https:// 开头。`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) return `链接 ${shownUrl(url)} 不能用：${LINK_FIX}`;
  return undefined;
}

/** Raw HTML, MDX, unsafe links and non-raster images in a Markdown tree. */
export function unsafeNodes(tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      problems.push({line, message: `正文里不能写 HTML（这里是 ${firstTag(node.value ?? '')}）：${HTML_FIX}`});
    } else if (MDX_NODES.has(node.type)) {
      problems.push({line, message: MDX_MESSAGE});
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const problem = unsafeUrl(node.url ?? '');
      if (problem) problems.push({line, message: problem});
      else if (node.type === 'image' && !IMAGE.test((node.url ?? '').split(/[?#]/)[0]!)) {
        problems.push({
          line,
          message: `图片 ${shownUrl(node.url ?? '')} 不能用：只能用 .png、.jpg、.gif 或 .webp 图片（SVG 等格式的图片里可以藏代码）。`,
        });
      }
    }
  });
  return problems;
}

/** Every text value of the front matter, with its key ("keywords" for each keyword). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** < or > anywhere in the front matter's text, and a `format` other than plain Markdown. */
export function unsafeFrontMatter(frontMatter: Record<string, unknown>): FrontMatterProblem[] {
  const problems: FrontMatterProblem[] = [];
  for (const [key, value] of Object.entries(frontMatter)) {
    if (key === 'format' && value !== 'md') {
      problems.push({
        key,
        message: '开头信息里不能写 format：问题文件只能是普通 Markdown（MDX 格式里可以写会运行的代码）。请删掉这一行。',
      });
    } else if (texts(value).some((text) => /[<>]/.test(text))) {
      problems.push({
        key,
        message: `${key} 里不能有 < 或 >：浏览器会把它们当成标签的开始（例如 </script> 会跳出页面头部的结构化数据）。请改用全角的＜＞或书名号《》。`,
      });
    }
  }
  return problems;
}

/** The line of each top-level key of a YAML front matter that starts at `firstLine`. */
export function frontMatterKeyLines(yaml: string, firstLine: number): Record<string, number> {
  const lines: Record<string, number> = {};
  yaml.split('\n').forEach((text, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
    if (key !== undefined && !(key in lines)) lines[key] = firstLine + i;
  });
  return lines;
}

/** A path as editors see it: relative to the project when inside it. */
export function shownPath(file: string | undefined): string {
  if (!file) return 'Markdown';
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

/** "file:line  message" for each problem, in line order. */
export function formatProblems(file: string | undefined, problems: Problem[]): string {
  return [...problems]
    .sort((a, b) => a.line - b.line)
    .map((p) => `${shownPath(file)}:${p.line}  ${p.message}`)
    .join('\n');
}

/**
 * The build's copy of the check: a page with any of these problems fails
 * the build, naming the file and line of each.
 */
export default function remarkSafeContent() {
  return (tree: Root, file: {path?: string; data: object}) => {
    // Docusaurus puts the parsed front matter here (and so does src/remark/fixtures.ts).
    const {frontMatter = {}} = file.data as {frontMatter?: Record<string, unknown>};
    const problems = unsafeNodes(tree);
    const yaml = tree.children.find((n) => n.type === 'yaml') as Node | undefined;
    const keyLines = yaml ? frontMatterKeyLines(yaml.value ?? '', (yaml.position?.start.line ?? 1) + 1) : {};
    for (const {key, message} of unsafeFrontMatter(frontMatter)) {
      problems.push({line: keyLines[key] ?? 1, message});
    }
    if (problems.length > 0) throw new Error(formatProblems(file.path, problems));
  };
}
