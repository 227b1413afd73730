/** Where the read-only shared material (specs, cases, corpora) sits: `../shared` beside the repository. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedPath(...parts: string[]): string {
  const path = join(repoRoot, '..', 'shared', ...parts);
  if (!existsSync(path)) throw new Error(`shared material not found at ${path} (expected ../shared beside the repository)`);
  return path;
}

export interface DevCase {
  readonly id: string;
  readonly kind: 'text' | 'adf';
  readonly summary: string;
  readonly input: unknown;
  readonly expect: {
    readonly detect: ReadonlyArray<{ readonly type: string; readonly text: string; readonly where?: string }>;
    readonly not_detect: readonly string[];
    readonly redacted?: unknown;
  };
}

export function loadDevCases(): DevCase[] {
  return readFileSync(sharedPath('cases', 'dev-cases.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DevCase);
}
