import postcss, {type AtRule, type Container, type Root} from 'postcss';

// Arguments of :not(), :is(), :where() and :has(): a class named there is not
// needed for the rule to apply (:not(.x) matches when .x is nowhere).
const PSEUDO_ARGUMENTS = /:(?:not|is|where|has|matches|-webkit-any|-moz-any)\((?:[^()]|\([^()]*\))*\)/g;
const CLASS = /\.((?:\\.|[\w-])+)/g;
const VAR = /var\(\s*(--[\w-]+)/g;

/** The custom properties a value reads. */
const varsIn = (value: string) => [...value.matchAll(VAR)].map((m) => m[1]!);

/** The classes an element must have for `selector` to match it. */
export function requiredClasses(selector: string): string[] {
  return [...selector.replace(PSEUDO_ARGUMENTS, '').matchAll(CLASS)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

function dropEmpty(root: Container) {
  root.walk((node) => {
    if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) node.remove();
  });
}

/** The custom properties (--name) that `text` names anywhere: a page's inline style, a script. */
export function namedProperties(text: string): Set<string> {
  return new Set(text.match(/--[\w-]+/g));
}

/**
 * Removes the custom properties that no rule of `root` reads (directly or
 * through other custom properties) and that `named` does not name.
 */
export function dropUnusedProperties(root: Root, named: Set<string>): void {
  const valueOf = new Map<string, string>();
  root.walkDecls(/^--/, (decl) => {
    valueOf.set(decl.prop, `${valueOf.get(decl.prop) ?? ''} ${decl.value}`);
  });
  const pending: string[] = [...named].filter((name) => valueOf.has(name));
  root.walkDecls((decl) => {
    if (!decl.prop.startsWith('--')) pending.push(...varsIn(decl.value));
  });
  const used = new Set<string>();
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    pending.push(...varsIn(valueOf.get(name) ?? ''));
  }
  root.walkDecls(/^--/, (decl) => {
    if (!used.has(decl.prop)) decl.remove();
  });
  dropEmpty(root);
}

/**
 * The stylesheet without what the site never uses: selectors that need a class
 * named nowhere in `usedText` (the built HTML and JavaScript, which hold every
 * class the pages and components can set), then custom properties that no
 * remaining rule, page or script reads.
 */
export function purgeCss(css: string, usedText: string): string {
  const words = new Set(usedText.match(/[\w-]+/g));
  const root = postcss.parse(css);

  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => requiredClasses(selector).every((name) => words.has(name)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  dropUnusedProperties(root, namedProperties(usedText));
  return root.toString();
}
