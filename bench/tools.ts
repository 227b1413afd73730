/**
 * The three tools the bench compares, behind one shape: `run` is what gets timed, `spans` says which
 * characters the tool would remove (for scoring, outside the timed loop).
 *
 * Peers, both regex-only and synchronous, as their READMEs describe them:
 * - @redactpii/node: `new Redactor({ globalReplaceWith })`, all five built-in rules (the default).
 *   Without an apiKey it never calls its dashboard.
 * - redact-pii: `new SyncRedactor({ globalReplaceWith })`, all built-in regex redactors. Google DLP is
 *   only used by its GoogleDLPRedactor/AsyncRedactor, which we do not construct; bench/child.ts also
 *   makes any socket connection throw, so a network call would fail the run rather than go out.
 * Each peer replaces every match with one marker character, which bench/score.ts aligns back to spans.
 */
import { scanText } from '../src/core/scan';
import { removedSpans, type Range } from './score';

export const TOOL_NAMES = ['phi-guard', '@redactpii/node', 'redact-pii'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export interface Tool {
  readonly name: ToolName;
  /** The timed call; returns a number so the work cannot be optimised away. */
  run(text: string): number;
  spans(text: string): Range[];
}

/** A private-use character; the corpus never contains it (checked when the corpus is written). */
export const MARKER = '\uE000';

function peer(name: ToolName, redact: (text: string) => string): Tool {
  return { name, run: (text) => redact(text).length, spans: (text) => removedSpans(text, redact(text), MARKER) };
}

export async function loadTool(name: ToolName): Promise<Tool> {
  switch (name) {
    case 'phi-guard':
      return { name, run: (text) => scanText(text).length, spans: (text) => scanText(text) };
    case '@redactpii/node': {
      const { Redactor } = await import('@redactpii/node');
      const redactor = new Redactor({ globalReplaceWith: MARKER });
      return peer(name, (text) => redactor.redact(text));
    }
    case 'redact-pii': {
      const { SyncRedactor } = await import('redact-pii');
      const redactor = new SyncRedactor({ globalReplaceWith: MARKER });
      return peer(name, (text) => redactor.redact(text));
    }
  }
}
