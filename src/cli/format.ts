/** How scan results are written: a table for people, JSON or JSON lines for programs (spec: `phi-guard scan`). */
import type { Finding } from '../core/finding';

/** One finding as the CLI prints it: the spec's fields, plus where it is and why it scored as it did. */
export interface OutputFinding {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly detector: string;
  readonly text: string;
  /** The input file, when more than one was given. */
  readonly file?: string;
  /** For REST JSON input: the field that holds the text, e.g. "fields.description". */
  readonly field?: string;
  /** For ADF input: the block or attribute the offsets are relative to. */
  readonly path?: string;
  readonly why: Finding['why'];
}

export function toOutput(f: Finding, where: { file?: string; field?: string; path?: string }): OutputFinding {
  return {
    type: f.type, start: f.start, end: f.end, score: f.score, detector: f.detector, text: f.text,
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.field !== undefined ? { field: where.field } : {}),
    ...(where.path !== undefined ? { path: where.path } : {}),
    why: f.why,
  };
}

const oneLine = (s: string): string => s.replace(/\r?\n/g, '\u21b5');

export function formatTable(findings: readonly OutputFinding[], inputsScanned: number): string {
  if (findings.length === 0) return `No PHI found in ${inputsScanned} input${inputsScanned === 1 ? '' : 's'}.\n`;
  const rows = findings.map((f) => [
    f.type,
    f.score.toFixed(2),
    [f.file, f.field, f.path].filter(Boolean).join(' ') || '-',
    `${f.start}-${f.end}`,
    oneLine(f.text),
  ]);
  const header = ['TYPE', 'SCORE', 'WHERE', 'OFFSETS', 'TEXT'];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] as string).length))));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number))).join('  ');
  const byType = new Map<string, number>();
  for (const f of findings) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  const summary = [...byType].map(([t, n]) => `${t} ${n}`).join(', ');
  return [line(header), ...rows.map(line), '', `${findings.length} finding${findings.length === 1 ? '' : 's'} in ${inputsScanned} input${inputsScanned === 1 ? '' : 's'}: ${summary}`, ''].join('\n');
}

export function formatJson(findings: readonly OutputFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}

export function formatJsonl(findings: readonly OutputFinding[]): string {
  return findings.map((f) => `${JSON.stringify(f)}\n`).join('');
}
