import {readdirSync} from 'node:fs';
import path from 'node:path';

// Our own walk because Node's recursive readdir cannot skip a folder (node_modules) nor keep folder order.
/**
 * Every file under `dir`, as paths relative to it with "/", folder by folder
 * in name order; folders whose name `skip` accepts are not entered.
 */
export function filesOf(dir: string, skip: (folder: string) => boolean = () => false): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      if (!entry.isDirectory()) return [entry.name];
      if (skip(entry.name)) return [];
      return filesOf(path.join(dir, entry.name), skip).map((file) => `${entry.name}/${file}`);
    });
}
