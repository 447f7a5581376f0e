/**
 * The restricted values (the test project's key and password). Their names
 * are tracked in src/data/restricted-names.json; their values never enter
 * git: the internal build reads them from the file named by
 * FAQ_RESTRICTED_FILE, or from the git-ignored restricted.local.json.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {decodeHTML} from 'entities';

/** Name → what it is, for messages. */
export const NAMES_FILE = 'src/data/restricted-names.json';
/** The git-ignored values file used when FAQ_RESTRICTED_FILE is not set. */
export const LOCAL_VALUES_FILE = 'restricted.local.json';
export const VALUES_ENV = 'FAQ_RESTRICTED_FILE';

export type RestrictedValues = {file: string; values: Record<string, string>};

const FORMAT = '格式：{"testProjectKey": "密钥", "testProjectPassword": "密码"}';

/** The names of the restricted values, each with what it is ("测试项目的密钥"). */
export function loadNames(file = NAMES_FILE): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

/** The values file this build should read: FAQ_RESTRICTED_FILE, else restricted.local.json if present. */
export function valuesFileOf(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env[VALUES_ENV];
  if (named) {
    const file = path.resolve(root, named);
    if (!existsSync(file)) throw new Error(`${VALUES_ENV}=${named}：找不到这个受限值文件。${FORMAT}`);
    return file;
  }
  const local = path.join(root, LOCAL_VALUES_FILE);
  return existsSync(local) ? local : undefined;
}

/** The values of `file`, which must give a non-empty value to each name and nothing else. */
export function loadValues(file: string, names: Record<string, string>): Record<string, string> {
  let values: unknown;
  try {
    values = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`受限值文件 ${file} 不是合格的 JSON（${(error as Error).message}）。${FORMAT}`, {cause: error});
  }
  const record = (typeof values === 'object' && values !== null ? values : {}) as Record<string, unknown>;
  const missing = Object.keys(names).filter((n) => typeof record[n] !== 'string' || record[n] === '');
  const unknown = Object.keys(record).filter((n) => !Object.hasOwn(names, n));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `受限值文件 ${file} 要为 ${NAMES_FILE} 中的每个名字写一个值：` +
        [...missing.map((n) => `缺少 ${n}（${names[n]}）`), ...unknown.map((n) => `多了不认识的 ${n}`)].join('，') +
        `。${FORMAT}`,
    );
  }
  return record as Record<string, string>;
}

/** The values, when this machine has a values file; the public build works without one. */
export function findRestrictedValues(root = process.cwd()): RestrictedValues | undefined {
  const file = valuesFileOf(root);
  return file === undefined ? undefined : {file, values: loadValues(file, loadNames(path.join(root, NAMES_FILE)))};
}

/** The values, for the internal build: fails, saying how to provide them, when there is no values file. */
export function requireRestrictedValues(root = process.cwd()): RestrictedValues {
  const found = findRestrictedValues(root);
  if (!found) {
    throw new Error(
      `内部版需要测试项目的密钥和密码，但没有找到受限值文件：` +
        `请设置 ${VALUES_ENV}=/仓库外的/文件.json，或在项目根目录放一个 ${LOCAL_VALUES_FILE}（已被 git 忽略）。${FORMAT}`,
    );
  }
  return found;
}

// Characters that do not show but would split a value: zero-width spaces and joiners, BOM, soft hyphen.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const JS_ESCAPE = /\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/gi;

/**
 * Text as a reader would see it: HTML entities decoded (&#35; &num; &amp;),
 * JavaScript and JSON escapes decoded (\u0023 \x23), backslash escapes of
 * Markdown and JavaScript dropped (\# \- \/), invisible characters removed.
 */
export function normalizeEscapes(text: string): string {
  let decoded = text;
  // Entities may be escaped twice (&amp;#35;), as in HTML generated from HTML.
  for (let i = 0; i < 3; i += 1) {
    const next = decodeHTML(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  return decoded
    .replace(JS_ESCAPE, (_, braced?: string, u4?: string, x2?: string) =>
      String.fromCodePoint(parseInt((braced ?? u4 ?? x2)!, 16)),
    )
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(INVISIBLE, '');
}

/** The names of the values that `text` shows, however it escapes them (case-insensitive). */
export function restrictedIn(text: string, values: Record<string, string>): string[] {
  const seen = normalizeEscapes(text).toLowerCase();
  return Object.entries(values)
    .filter(([, value]) => seen.includes(value.toLowerCase()))
    .map(([name]) => name);
}

/** Files of a build that a reader or a tool can read as text. */
const TEXT_FILE = /\.(html|js|css|json|xml|svg|txt|webmanifest|map)$/;

/**
 * The files of a build folder that show a restricted value — in their source
 * or, for pages, in their text once tags are gone (**G85q**F5JP reads whole).
 */
export function restrictedInFolder(
  dir: string,
  values: Record<string, string>,
  files: string[],
): {checked: number; found: {file: string; names: string[]}[]} {
  const found: {file: string; names: string[]}[] = [];
  let checked = 0;
  for (const file of files.filter((f) => TEXT_FILE.test(f))) {
    checked += 1;
    const text = readFileSync(path.join(dir, file), 'utf8');
    const shown = file.endsWith('.html') ? `${text}\n${text.replace(/<[^>]*>/g, '')}` : text;
    const names = restrictedIn(shown, values);
    if (names.length > 0) found.push({file, names});
  }
  return {checked, found};
}
