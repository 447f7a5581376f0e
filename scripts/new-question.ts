// Own code: it writes this site's front matter and short-link registry entry; prompts are node:readline, YAML is the yaml package.
/**
 * npm run new — creates a question file with its front matter and gives it
 * the next free short number in the registry.
 *
 *   npm run new -- --category hangzhou --section login --title 忘记密码怎么办 --id forgot-password
 *
 * Missing values are asked for at a terminal. A description or keywords left
 * out are written empty, so that npm run lint:content reports them (and the
 * empty answer) until they are written.
 */
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {createInterface} from 'node:readline/promises';
import {parseArgs} from 'node:util';
import {stringify} from 'yaml';
import {loadRegistry, REGISTRY_FILE, type Registry} from '../src/plugins/short-links/registry';
import {loadQuestions, NUMBER_PREFIX, sitePath} from './content/questions';
import {DESCRIPTION_MAX, ID_SLUG, publishedRegistries} from './lint-content';

export type NewQuestion = {
  /** Category folder without its number prefix: general, hangzhou, xiaoshan. */
  category?: string;
  /** Section folder without its number prefix (login, basics…), for categories that have sections. */
  section?: string;
  title?: string;
  id?: string;
  description?: string;
  keywords?: string[];
};

export type Created = {file: string; number: number; path: string};

type Folder = {key: string; label: string; dir: string};

/** The sub-folders of `dir`, by their name without number prefix, with their label. */
function folders(dir: string): Folder[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .map((name) => {
      const categoryFile = path.join(dir, name, '_category_.json');
      const label = existsSync(categoryFile)
        ? (JSON.parse(readFileSync(categoryFile, 'utf8')) as {label?: string}).label
        : '';
      return {key: name.replace(NUMBER_PREFIX, ''), label: label ?? '', dir: path.join(dir, name)};
    });
}

const choices = (list: Folder[]) => list.map((f) => `${f.key}（${f.label}）`).join('、');

/** Everything the answers are checked against. */
export class Site {
  readonly docsDir: string;
  readonly categories: Folder[];
  private readonly ids: Set<string>;
  private readonly titles: Set<string>;
  private readonly registry: Registry;
  private readonly published: Registry[];

  constructor(
    readonly root: string,
    published: Registry[],
  ) {
    this.docsDir = path.join(root, 'docs');
    this.categories = folders(this.docsDir);
    const questions = loadQuestions(this.docsDir, root);
    const text = (value: unknown) => (typeof value === 'string' ? [value.trim()] : []);
    this.ids = new Set(questions.flatMap((q) => text(q.frontMatter.id)));
    this.titles = new Set(questions.flatMap((q) => text(q.frontMatter.title)));
    this.registry = loadRegistry(path.join(root, REGISTRY_FILE));
    this.published = published;
    for (const registry of [this.registry, ...published]) {
      for (const entry of Object.values(registry)) this.ids.add(entry.id);
    }
  }

  sections(category: string | undefined): Folder[] {
    const folder = this.categories.find((c) => c.key === category);
    return folder ? folders(folder.dir) : [];
  }

  /** What is wrong with one answer (given the ones before it), or undefined. */
  problem(field: keyof NewQuestion, q: NewQuestion): string | undefined {
    switch (field) {
      case 'category':
        return this.categories.some((c) => c.key === q.category)
          ? undefined
          : `分类请从这些中选一个：${choices(this.categories)}。`;
      case 'section': {
        const sections = this.sections(q.category);
        if (sections.length === 0) return q.section ? `分类 ${q.category} 下没有栏目，请不要写 --section。` : undefined;
        return sections.some((s) => s.key === q.section) ? undefined : `栏目请从这些中选一个：${choices(sections)}。`;
      }
      case 'title':
        if (!q.title?.trim()) return '请写上问题的标题（问题原文）。';
        return this.titles.has(q.title.trim()) ? `已经有一个问题叫“${q.title.trim()}”，标题不能重复。` : undefined;
      case 'id':
        if (!q.id || !ID_SLUG.test(q.id))
          return 'id 只能用小写英文字母、数字和 -，并以字母开头（如 forgot-password）。';
        return this.ids.has(q.id) ? `id "${q.id}" 已经被用过（现在或以前的问题），请换一个。` : undefined;
      case 'description':
        return q.description && [...q.description].length > DESCRIPTION_MAX
          ? `description 最多 ${DESCRIPTION_MAX} 个字，现在有 ${[...q.description].length} 个字。`
          : undefined;
      default:
        return undefined;
    }
  }

  /** The next short number: one more than any number ever published or registered. */
  nextNumber(): number {
    const numbers = [this.registry, ...this.published].flatMap((r) => Object.keys(r).map(Number));
    return Math.max(0, ...numbers) + 1;
  }

  /** Writes the question file and its registry entry. */
  create(q: NewQuestion): Created {
    const problems = FIELDS.map((field) => this.problem(field, q)).filter(Boolean);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const category = this.categories.find((c) => c.key === q.category)!;
    const dir = this.sections(q.category).find((s) => s.key === q.section)?.dir ?? category.dir;
    const prefixes = readdirSync(dir).map((name) => Number(NUMBER_PREFIX.exec(name)?.[1] ?? 0));
    const prefix = String(Math.max(0, ...prefixes) + 1).padStart(2, '0');
    const file = path.join(dir, `${prefix}-${q.id}.md`);
    const sitePathOf = sitePath(file, this.docsDir, q.id!);
    const number = this.nextNumber();

    const line = (key: string, value: unknown) => `${key}: ${stringify(value, STRINGIFY).trimEnd()}`;
    writeFileSync(
      file,
      [
        '---',
        line('id', q.id),
        line('title', q.title!.trim()),
        q.description?.trim() ? line('description', q.description.trim()) : 'description:',
        line('keywords', q.keywords ?? []),
        '---',
        '',
      ].join('\n'),
    );
    const registryFile = path.join(this.root, REGISTRY_FILE);
    writeFileSync(registryFile, withEntry(readFileSync(registryFile, 'utf8'), number, q.id!, sitePathOf));
    return {file: path.relative(this.root, file), number, path: sitePathOf};
  }
}

const FIELDS = ['category', 'section', 'title', 'id', 'description'] as const;
const STRINGIFY = {lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false} as const;

/** The registry text with a new last entry, written like the others: one line each. */
export function withEntry(text: string, number: number, id: string, sitePathOf: string): string {
  const entries = text.trimEnd().replace(/\}$/, '').trimEnd();
  const entry = `"${number}": {"id": ${JSON.stringify(id)}, "paths": [${JSON.stringify(sitePathOf)}]}`;
  return `${entries}${entries.endsWith('{') ? '' : ','}\n  ${entry}\n}\n`;
}

const PROMPTS: Record<(typeof FIELDS)[number] | 'keywords', (site: Site, q: NewQuestion) => string> = {
  category: (site) => `分类（${choices(site.categories)}）：`,
  section: (site, q) => `栏目（${choices(site.sections(q.category))}）：`,
  title: () => '问题标题（问题原文）：',
  id: () => '英文 id（决定网址，定下后不再改，如 forgot-password）：',
  description: () => `一句话回答（最多 ${DESCRIPTION_MAX} 个字，可以先留空）：`,
  keywords: () => '搜索关键词（用逗号隔开，可以先留空）：',
};

/** Keywords as typed: separated by commas (English or Chinese) or 、. */
const splitKeywords = (text: string) =>
  text
    .split(/[,，、]/)
    .map((k) => k.trim())
    .filter(Boolean);

async function main() {
  const {values} = parseArgs({
    options: {
      category: {type: 'string'},
      section: {type: 'string'},
      title: {type: 'string'},
      id: {type: 'string'},
      description: {type: 'string'},
      keywords: {type: 'string'},
    },
  });
  const root = process.cwd();
  const site = new Site(root, publishedRegistries(root));
  const q: NewQuestion = {
    ...values,
    keywords: values.keywords === undefined ? undefined : splitKeywords(values.keywords),
  };
  const interactive = process.stdin.isTTY === true;
  const rl = interactive ? createInterface({input: process.stdin, output: process.stdout}) : undefined;
  try {
    for (const field of rl ? FIELDS : []) {
      if (field === 'section' && site.sections(q.category).length === 0) continue;
      while (q[field] === undefined || site.problem(field, q)) {
        if (q[field] !== undefined) console.log(site.problem(field, q));
        q[field] = (await rl!.question(PROMPTS[field](site, q))).trim();
      }
    }
    if (rl && q.keywords === undefined) q.keywords = splitKeywords(await rl.question(PROMPTS.keywords(site, q)));
  } catch (e) {
    // Ctrl+C or Ctrl+D at a prompt.
    if ((e as Error).name !== 'AbortError') throw e;
    console.error('\n已取消，没有创建文件。');
    process.exit(1);
  } finally {
    rl?.close();
  }
  try {
    const created = site.create(q);
    console.log(`已创建 ${created.file}：网址 ${created.path}，短链接 /q/${created.number}/。`);
    console.log('下一步：打开这个文件，写好 description、keywords 和答案，再运行 npm run lint:content 检查。');
  } catch (e) {
    console.error((e as Error).message);
    console.error('用法：npm run new -- --category hangzhou --section login --title 问题标题 --id english-id');
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('new-question.ts')) void main();
