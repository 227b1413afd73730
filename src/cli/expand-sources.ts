/** Turns the command's FILE|DIR|- arguments into a sorted list of files (directories are walked). */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from './errors';

/** A file to scan; `walked` when it was found inside a directory rather than named by the user. */
export interface Source {
  readonly path: string;
  readonly walked: boolean;
}

/**
 * Files under `dir`, sorted by name. Symlinks to files are followed; symlinks to directories are not
 * (no cycles). Dot-files, dot-folders and node_modules are skipped: they hold tooling, not content.
 */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...await walk(path));
    else if (e.isFile()) files.push(path);
    else if (e.isSymbolicLink() && await stat(path).then((s) => s.isFile(), () => false)) files.push(path);
  }
  return files;
}

export async function expandSources(sources: readonly string[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const source of sources) {
    if (source === '-') { out.push({ path: source, walked: false }); continue; }
    let isDir = false;
    try {
      isDir = (await stat(source)).isDirectory();
    } catch {
      throw new CliError(`${source}: no such file or directory`);
    }
    if (isDir) {
      const files = await walk(source);
      if (files.length === 0) throw new CliError(`${source}: directory holds no files`);
      out.push(...files.map((path) => ({ path, walked: true })));
    } else out.push({ path: source, walked: false });
  }
  return out;
}
