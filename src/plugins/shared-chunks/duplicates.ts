/** A module as the bundler's stats list it; concatenated modules list the ones they hold. */
export type ModuleStats = {name?: string; chunks?: (string | number)[]; modules?: ModuleStats[]};

/** Each module whose name `matches` (nested ones counted) with the chunks it was bundled into. */
function chunksByModule(modules: ModuleStats[], matches: (name: string) => boolean): Map<string, Set<string>> {
  const chunksOf = new Map<string, Set<string>>();
  const visit = (list: ModuleStats[], chunks: (string | number)[] | undefined) => {
    for (const m of list) {
      const own = m.chunks ?? chunks ?? [];
      if (m.modules) visit(m.modules, own);
      else if (m.name !== undefined && matches(m.name)) {
        const name = m.name.replace(/ \+ \d+ modules$/, '');
        const set = chunksOf.get(name) ?? new Set<string>();
        for (const c of own) set.add(String(c));
        chunksOf.set(name, set);
      }
    }
  };
  visit(modules, undefined);
  return chunksOf;
}

/**
 * Whether some module whose name matches `pattern` was bundled into the chunk
 * `chunkId` (a pattern, not a prefix: with node_modules linked from elsewhere,
 * as in npm run bench:scale's copies, the stats name `../…/node_modules/…`).
 */
export function hasModuleIn(modules: ModuleStats[], pattern: RegExp, chunkId: string | number): boolean {
  return [...chunksByModule(modules, (name) => pattern.test(name)).values()].some((chunks) =>
    chunks.has(String(chunkId)),
  );
}

/**
 * Names of modules under `prefix` that were bundled into more than one chunk
 * (counting nested modules); throws when the stats hold no such module with its chunks,
 * since the check would then see nothing.
 */
export function duplicatedModules(modules: ModuleStats[], prefix: string): string[] {
  const chunksOf = chunksByModule(modules, (name) => name.startsWith(prefix));
  if (![...chunksOf.values()].some((chunks) => chunks.size > 0)) {
    throw new Error(`shared-chunks：构建统计里没有 ${prefix} 下的模块及其代码块，无法检查重复打包`);
  }
  return [...chunksOf]
    .filter(([, chunks]) => chunks.size > 1)
    .map(([name, chunks]) => `${name}（${chunks.size} 个代码块）`);
}
