import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

/** Every file of a folder, as paths relative to it with "/". */
export function filesOf(dir: string): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else files.push(child);
    }
  };
  walk('');
  return files;
}
