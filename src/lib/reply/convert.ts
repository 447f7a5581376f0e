// Why our own code: no library turns this site's answer markup (menu paths, step
// flows, restricted notes) into the plain text a QQ group reads well.
import type {Segment} from './compose';

/**
 * The answer of a built question page as reply text, read from its HTML
 * (standard DOM calls only, so that linkedom can run it at build time):
 * - bullets as "· ", ordered lists as "1." "2.", each nested level indented
 *   by two full-width spaces;
 * - bold and other marks dropped, menu paths as 【A】→【B】, step diagrams as
 *   A → B → C (steps with explanations one per line);
 * - links as their text and then the URL where the two differ (none for
 *   tel: and fragments); tables a line per row.
 * The answer's own title (header) and anything marked data-search-ignore is
 * left out.
 */
export type LinkOf = (href: string) => Segment | undefined;

const INDENT = '\u3000\u3000';
const SKIP = new Set(['header', 'script', 'style', 'svg', 'button', 'template', 'noscript']);
const BLOCKS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'table',
  'pre',
  'blockquote',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'details',
  'summary',
  'figure',
  'section',
  'dl',
  'dt',
  'dd',
]);

const nameOf = (node: Node) => node.nodeName.toLowerCase();
const isElement = (node: Node): node is Element => node.nodeType === 1;
const hasClass = (el: Element, name: string) => (el.getAttribute('class') ?? '').split(/\s+/).includes(name);
const children = (node: Node) => Array.from(node.childNodes);
const skipped = (el: Element) =>
  SKIP.has(nameOf(el)) || el.hasAttribute('data-search-ignore') || el.getAttribute('aria-hidden') === 'true';
const isBlock = (node: Node) => isElement(node) && (BLOCKS.has(nameOf(node)) || hasClass(node, 'flow'));

/** A piece of a line: text, a page of the site, or an address to print as it is. */
type Piece = Segment | {u: string};

/** A line under construction: its indent and its pieces. */
type Line = {indent: number; parts: Piece[]};

/** Text with runs of HTML white space as one space (full-width spaces stay), without zero-width spaces. */
const squeeze = (text: string) => text.replace(/\u200b/g, '').replace(/[ \t\n\r\f]+/g, ' ');

/** The element's own text, squeezed and trimmed. */
const textOf = (node: Node) => squeeze(node.textContent ?? '').trim();

/** After a printed address, text that starts with plain ASCII gets a space, so that QQ does not take it as part of the address. */
const ASCII_START = /^[\x21-\x7e]/;

function sameAddress(text: string, href: string): boolean {
  const bare = (s: string) => s.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return bare(text) === bare(href);
}

class ReplyWriter {
  readonly lines: Line[] = [];

  constructor(private readonly linkOf: LinkOf) {}

  /** Inline content as pieces; "\n" pieces break the line. */
  inline(node: Node): Piece[] {
    if (node.nodeType === 3) return [squeeze(node.textContent ?? '')];
    if (!isElement(node) || skipped(node)) return [];
    const name = nameOf(node);
    if (name === 'br') return ['\n'];
    if (name === 'img') return [node.getAttribute('alt') ? `［图片：${node.getAttribute('alt')}］` : '［图片］'];
    if (hasClass(node, 'menu-path')) {
      const items = Array.from(node.querySelectorAll('.menu-path__item')).map((item) => `【${textOf(item)}】`);
      return [items.join('→')];
    }
    const inner = children(node).flatMap((child) => this.inline(child));
    if (name !== 'a') return inner;
    const link = this.linkOf(node.getAttribute('href') ?? '');
    if (link === undefined) return inner;
    const address = typeof link === 'string' ? {u: link} : link;
    if (typeof link === 'string' && sameAddress(textOf(node), link)) return [address];
    return [...inner, ' ', address];
  }

  /** Starts a line at `indent`, with a list marker ("· ", "1. ") if given. */
  private open(indent: number, marker?: string): Line {
    const line: Line = {indent, parts: marker ? [marker] : []};
    this.lines.push(line);
    return line;
  }

  /** Writes inline pieces as lines, breaking at "\n". */
  private write(pieces: Piece[], indent: number, marker?: string) {
    let line = this.open(indent, marker);
    for (const piece of pieces) {
      if (piece === '\n') line = this.open(indent);
      else line.parts.push(piece);
    }
  }

  /**
   * A container's children: runs of inline content become lines, blocks are
   * written in turn. In a list item (`marker` set) the first text goes on the
   * marker's line and later blocks one level in, under it.
   */
  blocks(container: Node, indent: number, marker?: string) {
    let run: Piece[] = [];
    let pending = marker;
    const hasText = (pieces: Piece[]) => pieces.some((p) => typeof p !== 'string' || p.trim() !== '');
    const flush = () => {
      if (hasText(run)) {
        this.write(run, indent, pending);
        pending = undefined;
      }
      run = [];
    };
    for (const child of children(container)) {
      if (!isBlock(child)) {
        run.push(...this.inline(child));
        continue;
      }
      flush();
      if (pending !== undefined && nameOf(child) === 'p') {
        this.write(this.inline(child), indent, pending);
        pending = undefined;
        continue;
      }
      if (pending !== undefined) {
        this.open(indent, pending);
        pending = undefined;
      }
      this.block(child as Element, marker !== undefined ? indent + 1 : indent);
    }
    flush();
    if (pending !== undefined) this.open(indent, pending);
  }

  block(el: Element, indent: number) {
    if (skipped(el)) return;
    const name = nameOf(el);
    if (hasClass(el, 'flow')) return this.flow(el, indent);
    if (name === 'ul' || name === 'ol') return this.list(el, indent);
    if (name === 'table') return this.table(el, indent);
    if (name === 'hr') return;
    if (name === 'pre') {
      for (const text of (el.textContent ?? '').replace(/\n$/, '').split('\n')) this.open(indent).parts.push(text);
      return;
    }
    this.blocks(el, name === 'blockquote' ? indent + 1 : indent);
  }

  private list(el: Element, indent: number) {
    const ordered = nameOf(el) === 'ol';
    let n = Number(el.getAttribute('start') ?? 1);
    for (const item of children(el)) {
      if (!isElement(item) || nameOf(item) !== 'li' || skipped(item)) continue;
      this.blocks(item, indent, ordered ? `${n}. ` : '· ');
      n += 1;
    }
  }

  /** A step diagram: short steps on one line, A → B → C; steps with an explanation a line each. */
  private flow(el: Element, indent: number) {
    const steps = Array.from(el.querySelectorAll('li')).map((li) => this.inline(li));
    if (hasClass(el, 'flow--cards')) {
      steps.forEach((step, i) => this.write(step, indent, i > 0 ? '→ ' : undefined));
    } else {
      this.write(
        steps.flatMap((step, i) => (i > 0 ? [' → ', ...step] : step)),
        indent,
      );
    }
  }

  private table(el: Element, indent: number) {
    for (const row of Array.from(el.querySelectorAll('tr'))) {
      const cells = Array.from(row.children).map((cell) => this.inline(cell));
      this.write(
        cells.flatMap((cell, i) => (i > 0 ? [' | ', ...cell] : cell)),
        indent,
      );
    }
  }
}

/** A line as segments: its indent, its text trimmed and squeezed, a space after an address before ASCII text. */
function lineSegments({indent, parts}: Line): Segment[] {
  const out: Segment[] = [];
  let afterAddress = false;
  for (const part of parts) {
    if (typeof part === 'string') {
      const text = afterAddress && ASCII_START.test(part) ? ` ${part}` : part;
      const previous = out.at(-1);
      if (typeof previous === 'string') out[out.length - 1] = previous + text;
      else out.push(text);
      afterAddress = afterAddress && part.trim() === '';
    } else {
      out.push('u' in part ? part.u : part);
      afterAddress = true;
    }
  }
  const line = out.map((s) => (typeof s === 'string' ? s.replace(/ {2,}/g, ' ') : s));
  const first = line[0];
  if (typeof first === 'string') line[0] = first.trimStart();
  const last = line.at(-1);
  if (typeof last === 'string') line[line.length - 1] = last.trimEnd();
  const segments = line.filter((s) => s !== '');
  return segments.length === 0 ? [] : [INDENT.repeat(indent), ...segments];
}

/** The reply text of an answer (the element that holds it, e.g. .theme-doc-markdown). */
export function answerToReply(answer: Element, linkOf: LinkOf): Segment[] {
  const writer = new ReplyWriter(linkOf);
  writer.blocks(answer, 0);
  const lines = writer.lines.map(lineSegments).filter((line) => line.length > 0);
  const body: Segment[] = [];
  for (const segment of lines.flatMap((line, i) => (i > 0 ? ['\n', ...line] : line))) {
    const previous = body.at(-1);
    // Neighbouring strings joined, so that the JSON stays small.
    if (typeof segment === 'string' && typeof previous === 'string') body[body.length - 1] = previous + segment;
    else body.push(segment);
  }
  return body;
}
