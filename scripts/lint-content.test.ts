import {execFileSync, spawnSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {REGISTRY_FILE} from '../src/plugins/short-links/registry';
import {LOCAL_VALUES_FILE, loadNames, loadValues, NAMES_FILE} from '../src/lib/restricted';
import {formatError, lintContent, publishedRegistries, STRAIGHT_QUOTE, type LintOptions} from './lint-content';

/**
 * Each case folder of __fixtures__/lint/ holds only the files that differ
 * from the good mini repository (good/), and optionally published.json: the
 * registry versions already published. A case is linted on a temporary copy
 * of good/ with the case's files laid over it.
 */
const FIXTURES = fileURLToPath(new URL('./__fixtures__/lint/', import.meta.url));
const temporary: string[] = [];

function caseRoot(name: string): string {
  const root = mkdtempSync(path.join(tmpdir(), `lint-${name}-`));
  temporary.push(root);
  cpSync(path.join(FIXTURES, 'good'), root, {recursive: true});
  if (name !== 'good') {
    cpSync(path.join(FIXTURES, name), root, {
      recursive: true,
      filter: (src) => path.basename(src) !== 'published.json',
    });
  }
  return root;
}

/** The mini repository's values file (restricted.local.json, as on an editor's machine). */
function restrictedOf(root: string): LintOptions['restricted'] {
  const file = path.join(root, LOCAL_VALUES_FILE);
  return {file, values: loadValues(file, loadNames(path.join(root, NAMES_FILE)))};
}

function lintRoot(root: string, published: LintOptions['published'] = []) {
  const {checked, errors} = lintContent({root, published, restricted: restrictedOf(root)});
  return {checked, errors: errors.map(formatError)};
}

function lintCase(name: string) {
  const publishedFile = path.join(FIXTURES, name, 'published.json');
  const published = existsSync(publishedFile) ? JSON.parse(readFileSync(publishedFile, 'utf8')) : [];
  return lintRoot(caseRoot(name), published);
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, {recursive: true, force: true});
});

const FEEDBACK = 'docs/01-general/02-feedback.md';
const NEW = 'docs/01-general/03-new.md';
const BAD_LINK = '请检查拼写；链接到另一个问题时，最好写它的文件路径（如 ../02-login/03-reset-password.md）。';
const restricted = (name: string) =>
  `这里写出了受限值 ${name}（测试项目的密钥或密码），公开版网站会泄露它：请删掉，改写成 :restricted[${name}]。它的值只能放在 FAQ_RESTRICTED_FILE 指向的文件或 restricted.local.json 中（都不进 git）。`;

/** [case folder, the exact errors the lint must print] */
const cases: [string, string[]][] = [
  [
    'missing-id',
    [`${NEW}:1  缺少 id：在开头的 --- 之间加一行 id: 英文短词（如 id: reset-password）。它决定网址，定下后不要再改。`],
  ],
  [
    'non-ascii-id',
    [
      `${NEW}:2  id "新问题" 不合格：只能用小写英文字母、数字和 -，并以字母开头（如 reset-password）。它出现在网址里，所以不能用中文。`,
    ],
  ],
  ['duplicate-id', [`${NEW}:2  id "feedback" 和 ${FEEDBACK} 的重复了：每个问题的 id 必须不同，请换一个。`]],
  ['missing-title', [`${FEEDBACK}:1  缺少 title：在开头的 --- 之间加一行 title: 问题原文。`]],
  [
    'duplicate-title',
    [
      `${FEEDBACK}:3  标题“清缓存方法”和 docs/01-general/01-clear-cache.md 的重复了：两个问题不能同名。如果是同一个问题，请合并成一个；否则把标题写得更具体。`,
    ],
  ],
  [
    'title-not-text',
    [
      `${FEEDBACK}:3  title 要写成一行文字；如果内容全是数字、或以 [ { # * & ! | > 等符号开头，请用英文双引号把它括起来。`,
    ],
  ],
  ['long-description', [`${FEEDBACK}:4  description 有 91 个字，最多 80 个字：请缩短成一句话，详细内容写在正文里。`]],
  [
    'missing-description',
    [
      `${FEEDBACK}:1  缺少 description：加一行 description: 一句话回答或概括这个问题（最多 80 个字，显示在搜索结果和链接预览中）。`,
    ],
  ],
  [
    'missing-keywords',
    [
      `${FEEDBACK}:1  keywords 要写成 keywords: [词1, 词2]：方括号里写读者可能搜索的说法（同义词、口语），至少一个，用英文逗号隔开。`,
    ],
  ],
  [
    'bad-keywords',
    [
      `${FEEDBACK}:5  keywords 要写成 keywords: [词1, 词2]：方括号里写读者可能搜索的说法（同义词、口语），至少一个，用英文逗号隔开。`,
    ],
  ],
  [
    'no-short-number',
    [
      `${NEW}:2  问题 "new-question" 还没有短链接编号：新问题请用 npm run new 创建；也可以在 ${REGISTRY_FILE} 末尾手动加一条（编号为最大编号加 1）。`,
    ],
  ],
  [
    'empty-body',
    [`${FEEDBACK}:7  正文是空的：在第二个 --- 下面写上答案；还没有答案的栏目请写明“正在整理中”和咨询渠道。`],
  ],
  [
    'bad-yaml',
    [
      `${FEEDBACK}:4  开头 --- 之间的写法有误（在这一行或上一行）：冒号后面要有一个空格；方括号 [ ] 和英文双引号要成对；内容里如果有英文冒号加空格（: ）或以 [ { # * & 等符号开头，请改用中文冒号“：”，或用英文双引号把整段内容括起来。`,
    ],
  ],
  [
    'no-front-matter',
    [
      `${FEEDBACK}:1  文件开头缺少 front matter：第一行要是 ---，接着写 id、title、description、keywords 各一行，再写一行 ---，下面才是正文。`,
    ],
  ],
  [
    'broken-md-link',
    [
      `${FEEDBACK}:8  链接的文件 01-clear-cash.md 不存在：链接要写成从本文件所在文件夹出发的相对路径，如同一栏目的 02-accounts.md、其他栏目的 ../02-login/03-reset-password.md；文件被移动或改名后请更新链接。`,
    ],
  ],
  [
    'link-without-slash',
    [`${FEEDBACK}:8  站内链接 /general/clear-cache 末尾要加 /，请改成 /general/clear-cache/（本站网址都以 / 结尾）。`],
  ],
  ['unknown-path', [`${FEEDBACK}:8  站内链接 /general/clear-cash/ 找不到对应的页面：${BAD_LINK}`]],
  [
    'bare-link',
    [
      `${FEEDBACK}:8  链接 clear-cache 无法识别：链接到另一个问题请写它的文件相对路径（如 03-reset-password.md 或 ../02-login/03-reset-password.md），链接到外部网站请写完整网址（http:// 或 https:// 开头）。`,
    ],
  ],
  [
    'heading-without-id',
    [`${FEEDBACK}:8  标题末尾要加英文锚点 {#英文短词}，如 ## 操作步骤 {#steps}（分享到这一段的链接要用纯英文）。`],
  ],
  ['heading-bad-id', [`${FEEDBACK}:8  标题锚点 {#截图} 只能用小写英文、数字和 -，如 {#steps}。`]],
  [
    // The copy under src/remark/__fixtures__/ is not reported: fixtures are skipped.
    'restricted-value',
    [`${FEEDBACK}:8  ${restricted('secretPassword')}`, `src/components/Note/index.tsx:1  ${restricted('secretKey')}`],
  ],
  [
    // Markdown escapes, emphasis that splits the value, JavaScript escapes and HTML entities hide nothing.
    'restricted-value-escaped',
    [
      `${FEEDBACK}:8  ${restricted('secretKey')}`,
      `${FEEDBACK}:10  ${restricted('secretPassword')}`,
      `src/data/copy.ts:1  ${restricted('secretKey')}`,
    ],
  ],
  [
    'unclosed-front-matter',
    [
      `${FEEDBACK}:1  开头的 front matter 没有结束：第 1 行的 --- 之后写完 id、title、description、keywords，要再写一行 ---，下面才是正文。`,
    ],
  ],
  [
    'long-title',
    [
      `${FEEDBACK}:3  title 有 47 个字，最多 40 个字：标题只写问题本身，细节写在正文里（太长的标题在搜索结果和 QQ 的链接预览里会被截断）。`,
    ],
  ],
  [
    'empty-category-json',
    [
      'docs/02-hangzhou/01-login/_category_.json:1  文件是空的：写上这个栏目显示的名字和顺序，例如 {"label": "登录问题", "position": 2}。',
    ],
  ],
  [
    'straight-quote',
    [
      `docs/01-general/_category_.json:4  "description" ${STRAIGHT_QUOTE}`,
      `${FEEDBACK}:4  description ${STRAIGHT_QUOTE}`,
      `${FEEDBACK}:9  ${STRAIGHT_QUOTE}`,
    ],
  ],
  [
    'category-label-angle',
    [
      'docs/02-hangzhou/01-login/_category_.json:1  "label" 里不能有 < 或 >：浏览器会把它们当成标签的开始。请改用全角的＜＞或书名号《》。',
    ],
  ],
  [
    'unknown-restricted-name',
    [`${FEEDBACK}:8  受限值的名字 :restricted[password] 不存在：可用的名字有 secretKey、secretPassword。`],
  ],
  [
    'registry-moved',
    [
      `${REGISTRY_FILE}:4  编号 3：问题 "reset-password" 现在的路径 /hangzhou/login/reset-password/ 不在 paths 中。移动问题后请把新路径加到 paths 末尾，旧路径保留，旧链接才不会失效。`,
    ],
  ],
  [
    'registry-deleted-question',
    [
      `${REGISTRY_FILE}:6  编号 5：找不到 id 为 "support-hours" 的问题。问题的 id 不能改；要下线问题，请加 "retiredTo" 指向替代它的问题。`,
    ],
  ],
  [
    'registry-retired-unknown',
    [`${REGISTRY_FILE}:5  编号 4：retiredTo 指向的问题 "new-password" 不存在，请改成替代它的现有问题的 id。`],
  ],
  [
    // Reported once: the short links /q/<n>/ of the unreadable registry are not reported as unknown pages.
    'registry-json-syntax',
    [
      `${REGISTRY_FILE}:6  JSON 格式不对：检查这一行和上一行——名字和文字都要用英文双引号 "，两项之间用英文逗号，最后一项后面不能有逗号。`,
    ],
  ],
  [
    'registry-shape',
    [
      `${REGISTRY_FILE}:3  编号 2 写法不对：每一条要写成 "编号": {"id": "问题的 id", "paths": ["/网址/"]}，下线的问题再加 "retiredTo": "替代它的问题的 id"。`,
    ],
  ],
  [
    'reused-number',
    [`${REGISTRY_FILE}:3  编号 2：曾属于问题 "support-hours"，不能改给 "feedback"。新问题请用新编号。`],
  ],
  [
    'deleted-number',
    [`${REGISTRY_FILE}  编号 5：已发布的编号不能删除，请把这一条加回去；要下线问题，请给它加 "retiredTo"。`],
  ],
  ['non-ascii-folder', ['docs/03-萧山  文件夹名只能用小写英文、数字和 -，请改名（例如 02-login）。']],
  [
    'missing-category-json',
    [
      'docs/03-xiaoshan/_category_.json  每个文件夹都需要一个 _category_.json，写明显示的名字和顺序，例如 {"label": "登录问题", "position": 2}。',
    ],
  ],
  [
    'bad-category-json',
    [
      'docs/02-hangzhou/01-login/_category_.json:1  JSON 格式不对：检查这一行和上一行——名字和文字都要用英文双引号 "，两项之间用英文逗号，最后一项后面不能有逗号。',
    ],
  ],
  [
    'category-without-label',
    [
      'docs/02-hangzhou/01-login/_category_.json  缺少 "label"：写上这个分类在网站上显示的名字，例如 "label": "登录问题"。',
    ],
  ],
];

describe('lintContent', () => {
  it('passes the good mini repository, having checked its question files', () => {
    expect(lintCase('good')).toEqual({checked: 3, errors: []});
  });

  it.each(cases)('fails the case %s with its message, file and line', (name, expected) => {
    const {checked, errors} = lintCase(name);
    expect(checked).toBeGreaterThan(0);
    expect(errors).toEqual(expected);
  });

  it('fails a question file that is too large, naming its size', () => {
    const root = caseRoot('good');
    writeFileSync(
      path.join(root, FEEDBACK),
      readFileSync(path.join(root, FEEDBACK), 'utf8') + '很长的回答。'.repeat(4000),
    );
    expect(lintRoot(root).errors).toEqual([
      `${FEEDBACK}:1  文件有 71 KB，最多 20 KB：这么长的回答请拆成几个问题（每个字都会进入搜索索引和“全部问题”页，读者都要下载）。`,
    ]);
  });

  it('fails a .mdx question file: MDX can run code', () => {
    const root = caseRoot('good');
    renameSync(path.join(root, FEEDBACK), path.join(root, FEEDBACK.replace(/\.md$/, '.mdx')));
    expect(lintRoot(root).errors).toContain(
      'docs/01-general/02-feedback.mdx  问题文件要用 .md 结尾：.mdx 文件里可以写会运行的代码。请把文件改名为 .md。',
    );
  });

  it('checks the restricted values only where they are known, and the names always', () => {
    const root = caseRoot('restricted-value');
    expect(lintContent({root}).errors).toEqual([]);
    expect(lintContent({root: caseRoot('unknown-restricted-name')}).errors.map(formatError)).toEqual([
      `${FEEDBACK}:8  受限值的名字 :restricted[password] 不存在：可用的名字有 secretKey、secretPassword。`,
    ]);
  });

  it('fails when there is no question file at all', () => {
    const root = caseRoot('good');
    rmSync(path.join(root, 'docs'), {recursive: true});
    mkdirSync(path.join(root, 'docs'));
    expect(lintContent({root})).toEqual({
      checked: 0,
      errors: [{file: 'docs', message: '没有找到任何问题文件（docs/ 下的 .md 文件）：请检查是否在项目的根目录运行。'}],
    });
    rmSync(path.join(root, 'docs'), {recursive: true});
    expect(lintContent({root}).errors).toEqual([
      {file: 'docs', message: '没有找到 docs 文件夹：请在项目的根目录运行。'},
    ]);
  });
});

/**
 * The payloads of src/remark/__fixtures__/ (what the build refuses) fail the
 * lint too, with the same messages at the same lines, as the answer
 * docs/01-general/02-feedback.md of the mini repository.
 */
describe('lintContent on the payloads the build refuses', () => {
  const fixtures = ['safe-content', 'non-empty'].flatMap((plugin) => {
    const dir = fileURLToPath(new URL(`../src/remark/__fixtures__/${plugin}/`, import.meta.url));
    return readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({name: `${plugin}/${f}`, dir, file: f}));
  });
  const expected = (dir: string, file: string): string[] => {
    const errorFile = path.join(dir, file.replace(/\.md$/, '.error.txt'));
    if (!existsSync(errorFile)) return [];
    return readFileSync(errorFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.replace('docs/fixture.md', FEEDBACK));
  };
  // In MDX format {…} is code; CommonMark (the lint) reads it as text and the <div> as raw HTML.
  const LINT_SEES: Record<string, string[]> = {
    'safe-content/mdx-format.md': [
      `${FEEDBACK}:6  开头信息里不能写 format：问题文件只能是普通 Markdown（MDX 格式里可以写会运行的代码）。请删掉这一行。`,
      `${FEEDBACK}:11  正文里不能写 HTML（这里是 <div onClick={() =>）：网页会把它当成代码运行。请改用 Markdown 写法：加粗写 **文字**，链接写 [文字](网址)；要显示尖括号本身，在 < 前加 \\，如 \\<密码>。`,
    ],
  };

  it('has payloads', () => {
    expect(fixtures.filter(({dir, file}) => expected(dir, file).length > 0).length).toBeGreaterThan(10);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, {dir, file}) => {
    const root = caseRoot('good');
    cpSync(path.join(dir, file), path.join(root, FEEDBACK));
    // Relative links and images of the payloads point at files of the mini repository.
    writeFileSync(path.join(root, 'docs/01-general/screen.png'), '');
    expect(lintRoot(root).errors.sort()).toEqual((LINT_SEES[name] ?? expected(dir, file)).sort());
  });
});

// These spawn git or tsx: on a loaded 2-core machine they take longer than vitest's 5 s default.
describe('publishedRegistries', {timeout: 30_000}, () => {
  it('reads every committed version of the registry, skipping one committed broken', () => {
    const root = caseRoot('good');
    const registryFile = path.join(root, REGISTRY_FILE);
    const good = readFileSync(registryFile, 'utf8');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
        cwd: root,
        stdio: 'ignore',
      });
    git('init', '-q');
    writeFileSync(registryFile, '{"1": {"id": "clear-cache", "paths": ["/general/clear-cache/"]}}\n');
    git('add', '.');
    git('commit', '-qm', 'one');
    writeFileSync(registryFile, '{"1": {,}\n');
    git('commit', '-qam', 'broken');
    writeFileSync(registryFile, good);
    git('commit', '-qam', 'all');
    const published = publishedRegistries(root);
    expect(published.map((r) => Object.keys(r))).toEqual([['1'], ['1', '2', '3', '4']]);
    expect(lintContent({root, published}).errors).toEqual([]);
  });

  it('is empty outside a git repository', () => {
    expect(publishedRegistries(caseRoot('good'))).toEqual([]);
  });
});

describe('npm run lint:content', {timeout: 30_000}, () => {
  const run = (root: string) =>
    spawnSync(
      process.execPath,
      [path.resolve('node_modules/tsx/dist/cli.mjs'), path.resolve('scripts/lint-content.ts')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );

  it('prints each error as file:line and exits with 1', () => {
    const result = run(caseRoot('heading-without-id'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${FEEDBACK}:8  标题末尾要加英文锚点`);
    expect(result.stderr).toContain('内容检查未通过：1 处需要修改（共检查 3 个问题文件）。');
  });

  it('prints the number of files checked and exits with 0', () => {
    const result = run(caseRoot('good'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('内容检查通过：3 个问题文件。');
  });
});
