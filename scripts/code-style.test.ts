import {ESLint} from 'eslint';
import * as prettier from 'prettier';
import {describe, expect, it} from 'vitest';

// Loading the typescript-eslint and React hooks rules takes a few seconds.
describe('eslint (npm run lint:code) with eslint.config.mjs', {timeout: 30_000}, () => {
  const eslint = new ESLint();
  const lint = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, {filePath});
    return result!.messages.map((m) => m.ruleId);
  };

  it('applies the React hooks rules to components', async () => {
    const component = [
      "import {useState} from 'react';",
      'export default function Bad({open}: {open: boolean}) {',
      '  if (open) {',
      '    const [n] = useState(0);',
      '    return n;',
      '  }',
      '  return null;',
      '}',
      '',
    ].join('\n');
    expect(await lint(component, 'src/components/Bad/index.tsx')).toEqual(['react-hooks/rules-of-hooks']);
  });

  it('refuses an import of a package that package.json does not declare, not the aliases of Docusaurus', async () => {
    // lodash is installed, by other packages, but not declared.
    const code = "import _ from 'lodash';\nimport Link from '@docusaurus/Link';\nimport {x} from '@site/src/x';\n";
    expect(await lint(`${code}export const y = [_, Link, x];\n`, 'src/lib/bad.ts')).toEqual(['n/no-extraneous-import']);
  });

  it('applies the typescript-eslint rules to scripts, allowing _unused arguments', async () => {
    const script = 'export function f(_context: unknown, value: any) {\n  const unused = 1;\n  return value;\n}\n';
    expect(await lint(script, 'scripts/bad.ts')).toEqual([
      '@typescript-eslint/no-explicit-any',
      '@typescript-eslint/no-unused-vars',
    ]);
  });
});

describe('prettier (npm run format:check) with .prettierrc', () => {
  const check = async (code: string, filepath: string) =>
    prettier.check(code, {...(await prettier.resolveConfig(filepath)), filepath});

  it('accepts the house style: single quotes, no bracket spacing, trailing commas, 120 columns', async () => {
    expect(await check("import {a} from 'b';\n\nexport const c = {d: [a, 'e']};\n", 'src/x.ts')).toBe(true);
    expect(await check('import { a } from "b";\n', 'src/x.ts')).toBe(false);
  });
});
