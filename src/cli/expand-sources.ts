/** Turns the command's FILE|DIR|- arguments into a sorted list of files (directories are walked). */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from './errors';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...await walk(path));
    else if (e.isFile()) files.push(path);
  }
  return files;
}

export async function expandSources(sources: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const source of sources) {
    if (source === '-') { out.push(source); continue; }
    let isDir = false;
    try {
      isDir = (await stat(source)).isDirectory();
    } catch {
      throw new CliError(`${source}: no such file or directory`);
    }
    if (isDir) {
      const files = await walk(source);
      if (files.length === 0) throw new CliError(`${source}: directory holds no files`);
      out.push(...files);
    } else out.push(source);
  }
  return out;
}
