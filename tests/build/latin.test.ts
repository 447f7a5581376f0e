import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'acorn';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {buildFiles, PUBLIC_BUILD} from './site';

/**
 * No English in the Chinese UI: every Latin word a reader can see or hear
 * (page text, title, aria-label, placeholder, alt, the preview card's texts,
 * and the labels and texts the scripts render) is a word of ALLOWED. A new
 * one fails here: translate it (i18n/zh-Hans/code.json for the theme's
 * strings), or, if readers know it in Latin, add it below with its reason.
 */
const ALLOWED: Record<string, string> = {
  qq: 'the QQ groups',
  appid: 'the platform’s field name',
  api: 'open.api, the interface address',
  pdf: 'the manuals are PDF files',
  chrome: 'a browser the platform recommends',
  ctrl: 'keyboard keys (search shortcuts, clearing the cache)',
  shift: 'keyboard keys',
  enter: 'keyboard keys',
  delete: 'keyboard keys',
  esc: 'keyboard keys',
  km: 'a unit: 半径1km',
  tab: 'keyboard keys',
};

/** Addresses, e-mail, file names and numbers with dots: what a reader copies as it is. */
const ADDRESS = /\b(?:https?:\/\/|tel:|mailto:)\S+|\b[\w.-]+\.(?:api|pdf|html?|json|js|png|svg|cn|com)\b|\/[\w/.-]+\//g;
const WORD = /[A-Za-z]{2,}/g;

/** {placeholders} of a translated text are filled in, not shown. */
const PLACEHOLDER = /\{\w+\}/g;

function latinWords(text: string): string[] {
  return text.replace(ADDRESS, ' ').replace(PLACEHOLDER, ' ').match(WORD) ?? [];
}

/** A prop value that is a name in the code (title_GsCa, theme-doc-card-title, important), not words. */
const CODE_NAME = /^[a-z][a-z0-9]*(?:[_-][A-Za-z0-9]+)*$/;

type Found = Map<string, string>;
const note = (found: Found, text: string, where: string) => {
  for (const word of latinWords(text)) {
    if (!(word.toLowerCase() in ALLOWED) && !found.has(word)) found.set(word, `${where}: ${text.trim().slice(0, 80)}`);
  }
};

const VISIBLE_ATTRIBUTES = ['title', 'aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'alt'];

/** What a page shows or reads out, as the server sent it. */
function scanHtml(file: string, found: Found) {
  const $ = load(readFileSync(file, 'utf8'));
  $('title').each((_, el) => note(found, $(el).text(), file));
  $('meta[name="description"], meta[property^="og:"], meta[itemprop]').each((_, el) => {
    if (!/url|image|type|locale/.test($(el).attr('property') ?? '')) note(found, $(el).attr('content') ?? '', file);
  });
  // What a browser without scripts shows.
  $('noscript').each((_, el) => void $(el).replaceWith($(el).text()));
  $('script, style, template, code, pre').remove();
  $('body *')
    .contents()
    .each((_, node) => {
      if (node.type === 'text') note(found, node.data, file);
    });
  for (const attribute of VISIBLE_ATTRIBUTES) {
    $(`[${attribute}]`).each((_, el) => note(found, $(el).attr(attribute) ?? '', `${file} [${attribute}]`));
  }
}

type Node = {type: string; [key: string]: unknown};
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function walk(node: Node, visit: (node: Node) => void) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => isNode(v) && walk(v, visit));
    else if (isNode(value)) walk(value, visit);
  }
}

const stringOf = (node: unknown): string | undefined =>
  isNode(node) && node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
const keyOf = (property: Node) => (property.key as Node & {name?: string; value?: unknown}).name ?? stringOf(property.key);

/** JSX props that are shown or read out (React's compiled jsx(type, {…}) calls). */
const VISIBLE_PROPS = new Set(['children', 'title', 'aria-label', 'placeholder', 'alt', 'label']);

/**
 * What the scripts render: string props of compiled JSX, and the theme's
 * translate({id, message}) calls, each as translated (the translations are
 * an object of theme.* keys in the bundle) or, untranslated, its English.
 */
function scanScripts(files: string[], found: Found) {
  const translations = new Map<string, string>();
  const messages: {id: string; message: string; file: string}[] = [];
  for (const file of files) {
    const tree = parse(readFileSync(file, 'utf8'), {ecmaVersion: 'latest', sourceType: 'script'}) as unknown as Node;
    walk(tree, (node) => {
      // The bundled translations: JSON.parse('{"theme.…": "…"}').
      const json = stringOf(node);
      if (json?.startsWith('{"') && json.includes('"theme.')) {
        for (const [key, value] of Object.entries(JSON.parse(json) as Record<string, string>)) translations.set(key, value);
      }
      if (node.type !== 'ObjectExpression') return;
      const properties = (node.properties as Node[]).filter((p) => p.type === 'Property');
      const byKey = new Map(properties.map((p) => [keyOf(p), p.value as Node]));
      // translate({id, message}) and <Translate id=…>message</Translate>.
      const id = stringOf(byKey.get('id'));
      const message = stringOf(byKey.get('message')) ?? stringOf(byKey.get('children'));
      if (id !== undefined && message !== undefined) {
        messages.push({id, message, file});
        return;
      }
      for (const property of properties) {
        const key = keyOf(property);
        const value = stringOf(property.value);
        if (key?.startsWith('theme.') && value !== undefined) translations.set(key, value);
        else if (key && VISIBLE_PROPS.has(key)) {
          const values = isNode(property.value) && property.value.type === 'ArrayExpression' ? (property.value.elements as unknown[]) : [property.value];
          for (const v of values) {
            const text = stringOf(v);
            if (text !== undefined && !CODE_NAME.test(text)) note(found, text, `${file} {${key}}`);
          }
        }
      }
    });
  }
  expect(translations.size, 'the translations of the theme’s strings were not found in the scripts').toBeGreaterThan(20);
  for (const {id, message, file} of messages) note(found, translations.get(id) ?? message, `${file} translate(${id})`);
}

describe('no English in the Chinese UI (public build)', () => {
  const files = buildFiles(PUBLIC_BUILD);
  const pages = files.filter((f) => f.endsWith('.html'));
  const scripts = files.filter((f) => f.includes(`${path.sep}assets${path.sep}js${path.sep}`) && f.endsWith('.js'));

  it('pages: text, titles, labels and preview texts', () => {
    expect(pages.length).toBeGreaterThan(30);
    const found: Found = new Map();
    for (const page of pages) scanHtml(page, found);
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('scripts: rendered labels and texts, and the theme’s strings as translated', () => {
    expect(scripts.length).toBeGreaterThan(10);
    const found: Found = new Map();
    scanScripts(scripts, found);
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('finds an English label and text, and passes Chinese, keys and addresses', () => {
    const found: Found = new Map();
    note(found, 'Copy link', 'fixture');
    note(found, '复制链接，Ctrl+Enter，见 http://115.233.209.232:9000/open.api 与 HZ-InterfaceV1.pdf', 'fixture');
    expect([...found.keys()]).toEqual(['Copy', 'link']);
  });
});
