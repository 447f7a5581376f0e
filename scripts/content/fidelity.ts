/**
 * Fidelity of the site to the seed: every non-empty line of the seed is on
 * its question's page, in the seed's order, and every question heading is a
 * page title. Only the typo fixes listed by the caller may differ.
 */

export type TypoFix = {from: string; to: string};

type SeedQuestion = {
  /** Category, then sub-section if any: the page's breadcrumb. */
  crumbs: string[];
  title: string;
  /** 1-based line number in the seed of the heading. */
  line: number;
  lines: {line: number; text: string}[];
};

/** A built page: its breadcrumb (without home and itself), title and text. */
export type BuiltPage = {path: string; crumbs: string[]; title: string; text: string};

/** Text with whitespace, punctuation, symbols and Markdown marks left out. */
export function normalize(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/** A seed line without its list marker ("- ", "1、", "2. "). */
function lineText(line: string): string {
  return normalize(line.replace(/^\s*(?:[-*+]|\d+[、.])\s*/, ''));
}

/**
 * Questions of the seed: a `###` heading, or a `##` heading with no `###`
 * under it. A `###` with no title is not a question.
 */
export function parseSeed(seed: string): SeedQuestion[] {
  const lines = seed.split(/\r?\n/);
  const questions: SeedQuestion[] = [];
  let category = '';
  let section: SeedQuestion | undefined;
  let current: SeedQuestion | undefined;
  const hasSubQuestions = (from: number) => {
    for (let i = from + 1; i < lines.length; i += 1) {
      if (/^#{1,2} /.test(lines[i]!)) return false;
      if (/^### +\S/.test(lines[i]!)) return true;
    }
    return false;
  };
  lines.forEach((raw, i) => {
    const heading = /^(#{1,3})(?: +(.*))?$/.exec(raw.trimEnd());
    if (heading) {
      const depth = heading[1]!.length;
      const title = (heading[2] ?? '').trim();
      if (depth === 1) {
        category = title;
        current = section = undefined;
      } else if (depth === 2) {
        section = {crumbs: [category], title, line: i + 1, lines: []};
        current = hasSubQuestions(i) ? undefined : section;
        if (current) questions.push(current);
      } else if (title !== '') {
        current = {crumbs: [category, section?.title ?? ''], title, line: i + 1, lines: []};
        questions.push(current);
      }
      return;
    }
    if (lineText(raw) === '') return;
    if (!current) throw new Error(`种子第 ${i + 1} 行不在任何问题下：${raw}`);
    current.lines.push({line: i + 1, text: raw.trim()});
  });
  return questions;
}

function applyFixes(seed: string, fixes: TypoFix[]): {text: string; unused: TypoFix[]} {
  let text = seed;
  const unused: TypoFix[] = [];
  for (const fix of fixes) {
    if (!text.includes(fix.from)) unused.push(fix);
    text = text.split(fix.from).join(fix.to);
  }
  return {text, unused};
}

/** A page title matches a seed heading as is, or with a （qualifier） added to tell two apart. */
function titleMatches(title: string, heading: string): boolean {
  return title === heading || (title.startsWith(`${heading}（`) && title.endsWith('）'));
}

/** Every way the pages fall short of the seed; empty when faithful. */
export function checkFidelity(seed: string, pages: BuiltPage[], fixes: TypoFix[]): string[] {
  const problems: string[] = [];
  const {text, unused} = applyFixes(seed, fixes);
  for (const fix of unused) problems.push(`订正“${fix.from} → ${fix.to}”在种子中找不到，请从订正列表中删除。`);
  for (const q of parseSeed(text)) {
    const page = pages.find(
      (p) => titleMatches(p.title, q.title) && p.crumbs.join(' › ') === q.crumbs.filter(Boolean).join(' › '),
    );
    if (!page) {
      problems.push(`种子第 ${q.line} 行的问题“${q.title}”（${q.crumbs.join(' › ')}）没有对应标题的页面。`);
      continue;
    }
    const pageText = normalize(page.text);
    let from = 0;
    for (const {line, text: seedLine} of q.lines) {
      const needle = lineText(seedLine);
      const at = pageText.indexOf(needle, from);
      if (at === -1) {
        const anywhere = pageText.includes(needle);
        problems.push(
          `种子第 ${line} 行${anywhere ? '顺序不对' : '缺失'}：页面 ${page.path}（${q.title}）${anywhere ? '中这一行出现在前一行之前' : '中找不到'}：${seedLine}`,
        );
      } else {
        from = at + needle.length;
      }
    }
  }
  return problems;
}
