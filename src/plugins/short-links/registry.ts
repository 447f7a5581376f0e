import {readFileSync} from 'node:fs';

/**
 * The short-link registry, src/data/short-links.json: every number ever
 * published, the question it belongs to (its permanent `id`) and every path
 * that question has been published at. Entries are only ever added to.
 */
export type RegistryEntry = {
  id: string;
  paths: string[];
  /** A retired question's number and paths lead to this question instead. */
  retiredTo?: string;
};
export type Registry = Record<string, RegistryEntry>;

/** A question as it is now: its permanent id and its path without the base URL. */
export type LiveQuestion = {id: string; path: string};

export const REGISTRY_FILE = 'src/data/short-links.json';

export function loadRegistry(file = REGISTRY_FILE): Registry {
  return JSON.parse(readFileSync(file, 'utf8')) as Registry;
}

/** The number of each live question id. */
export function numbersById(registry: Registry): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const [n, entry] of Object.entries(registry)) {
    if (!entry.retiredTo) numbers.set(entry.id, Number(n));
  }
  return numbers;
}

/** Every live question's current path (its last path), without the base URL. */
export function currentPaths(registry: Registry): string[] {
  return Object.values(registry)
    .filter((entry) => !entry.retiredTo)
    .map((entry) => entry.paths.at(-1)!);
}

/** The id of the question a number or path now leads to. */
export function targetId(entry: RegistryEntry): string {
  return entry.retiredTo ?? entry.id;
}

/** Every path ever published and every retired id, each to the live question it now leads to (for the 404 page's guess). */
export function registryAliases(registry: Registry): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const entry of Object.values(registry)) {
    for (const path of entry.paths) aliases[path] = targetId(entry);
    if (entry.retiredTo) aliases[entry.id] = entry.retiredTo;
  }
  return aliases;
}

const PATH_RE = /^\/(?:[a-z0-9-]+\/)*$/;

/** Every way the registry and the questions disagree, in Chinese for the editor. */
export function checkRegistry(registry: Registry, questions: LiveQuestion[]): string[] {
  const errors: string[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const livePaths = new Map(questions.map((q) => [q.path, q.id]));
  const numberOfId = new Map<string, string>();
  const ownerOfPath = new Map<string, string>();

  for (const [n, entry] of Object.entries(registry)) {
    const where = `${REGISTRY_FILE} 编号 ${n}`;
    if (!/^[1-9]\d*$/.test(n)) errors.push(`${where}：编号必须是正整数。`);
    if (entry.retiredTo) {
      if (!byId.has(entry.retiredTo)) {
        errors.push(`${where}：retiredTo 指向的问题 "${entry.retiredTo}" 不存在，请改成替代它的现有问题的 id。`);
      }
    } else {
      const earlier = numberOfId.get(entry.id);
      if (earlier) {
        errors.push(`${where}：问题 "${entry.id}" 已经有编号 ${earlier}，一个问题只能有一个编号。`);
      }
      numberOfId.set(entry.id, n);
      const question = byId.get(entry.id);
      if (!question) {
        errors.push(
          `${where}：找不到 id 为 "${entry.id}" 的问题。问题的 id 不能改；要下线问题，请加 "retiredTo" 指向替代它的问题。`,
        );
      } else if (!entry.paths.includes(question.path)) {
        errors.push(
          `${where}：问题 "${entry.id}" 现在的路径 ${question.path} 不在 paths 中。移动问题后请把新路径加到 paths 末尾，旧路径保留，旧链接才不会失效。`,
        );
      }
    }
    if (entry.paths.length === 0) errors.push(`${where}：paths 不能为空。`);
    for (const path of entry.paths) {
      if (!PATH_RE.test(path)) {
        errors.push(`${where}：路径 "${path}" 只能用小写英文、数字和 -，以 / 开头并以 / 结尾。`);
      }
      const owner = ownerOfPath.get(path);
      if (owner) errors.push(`${where}：路径 ${path} 已登记在编号 ${owner} 下。`);
      ownerOfPath.set(path, n);
      const liveId = livePaths.get(path);
      if (liveId !== undefined && liveId !== targetId(entry)) {
        errors.push(`${where}：旧路径 ${path} 现在被问题 "${liveId}" 占用，旧链接会打开错误的问题。`);
      }
    }
  }
  for (const question of questions) {
    if (!numberOfId.has(question.id)) {
      errors.push(
        `${REGISTRY_FILE}：问题 "${question.id}"（${question.path}）没有短链接编号。用 npm run new 新建问题，或在登记表末尾加一条。`,
      );
    }
  }
  return errors;
}

/**
 * Numbers whose question changed between published versions of the registry
 * (oldest first) and the current one: a published number must never be
 * given to another question.
 */
export function reusedNumbers(published: Registry[], current: Registry): string[] {
  const errors: string[] = [];
  const firstId = new Map<string, string>();
  for (const registry of [...published, current]) {
    for (const [n, entry] of Object.entries(registry)) {
      const first = firstId.get(n);
      if (first === undefined) firstId.set(n, entry.id);
      else if (first !== entry.id) {
        errors.push(`${REGISTRY_FILE} 编号 ${n}：曾属于问题 "${first}"，不能改给 "${entry.id}"。新问题请用新编号。`);
      }
    }
  }
  for (const registry of published) {
    for (const n of Object.keys(registry)) {
      if (!(n in current)) {
        errors.push(
          `${REGISTRY_FILE} 编号 ${n}：已发布的编号不能删除，请把这一条加回去；要下线问题，请给它加 "retiredTo"。`,
        );
      }
    }
  }
  return [...new Set(errors)];
}
