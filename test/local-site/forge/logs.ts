/**
 * Captures what handlers print, line by line and per invocation, the way Forge keeps function logs. The
 * end-to-end suite searches every captured line for the seeded PHI values, so nothing a handler writes to
 * the console may escape the capture; output outside any invocation (the test runner's own) passes through.
 */
import { format } from 'node:util';
import { currentInvocation } from './invocation';

export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

export interface LogLine {
  readonly invocationId: string;
  readonly functionKey: string;
  readonly level: LogLevel;
  readonly message: string;
}

const LEVELS: readonly LogLevel[] = ['log', 'info', 'warn', 'error', 'debug'];

/** Patches console.* to append invocation output to `sink`; returns the function that restores console. */
export function captureConsole(sink: LogLine[], echo: boolean): () => void {
  const originals = new Map(LEVELS.map((level) => [level, console[level]] as const));
  for (const level of LEVELS) {
    const original = originals.get(level)!;
    console[level] = (...args: unknown[]) => {
      const inv = currentInvocation.getStore();
      if (!inv) return original(...args);
      sink.push({ invocationId: inv.invocationId, functionKey: inv.functionKey, level, message: format(...args) });
      if (echo) original(`[${inv.functionKey}]`, ...args);
    };
  }
  return () => {
    for (const [level, original] of originals) console[level] = original;
  };
}
