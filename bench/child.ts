/**
 * One measurement in its own process, so each tool's peak memory is its own and a runaway input can
 * be killed. Prints one JSON line. Run by scripts/bench.ts:
 *
 *   node --import tsx --expose-gc bench/child.ts tool <tool name> <corpus.jsonl>
 *   node --import tsx bench/child.ts adversarial <input name>
 *   node --import tsx bench/child.ts profile <corpus.jsonl>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { BUILTIN_DETECTORS } from '../src/core/detectors';
import { FINDING_TYPES } from '../src/core/finding-types';
import { PolicySchema } from '../src/core/policy/schema';
import { scanText } from '../src/core/scan';
import { ADVERSARIAL } from './adversarial';
import type { BenchRecord } from './corpus';
import { emptyScore, scoreRedaction } from './score';
import { loadTool, TOOL_NAMES, type ToolName } from './tools';

export interface ToolResult {
  readonly tool: string;
  readonly bytes: number;
  readonly seconds: number;
  readonly peakRssMB: number;
  readonly baselineRssMB: number;
  readonly score: ReturnType<typeof emptyScore>;
}

// The bench is offline by construction; make sure no tool quietly phones home.
net.Socket.prototype.connect = () => { throw new Error('bench: a tool tried to open a network connection'); };

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Resets VmHWM (Linux >= 4.0) so the peak read afterwards belongs to the measured loop only. */
function resetPeak(): boolean {
  try { writeFileSync('/proc/self/clear_refs', '5'); return true; } catch { return false; }
}
function kernelPeak(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

async function measureTool(name: ToolName, corpusPath: string): Promise<ToolResult> {
  const records = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as BenchRecord);
  const tool = await loadTool(name);
  const bytes = records.reduce((s, r) => s + Buffer.byteLength(r.text), 0);
  for (const r of records.slice(0, 300)) tool.run(r.text); // warm the JIT the same way for every tool

  gc();
  const baseline = process.memoryUsage.rss();
  const kernel = resetPeak();
  let sampled = baseline;
  let sink = 0;
  // Best of two passes: other processes on a shared machine only ever make a pass slower.
  let seconds = Infinity;
  for (let pass = 0; pass < 2; pass += 1) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < records.length; i += 1) {
      sink += tool.run((records[i] as BenchRecord).text);
      if (!kernel && i % 64 === 0) sampled = Math.max(sampled, process.memoryUsage.rss());
    }
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const peak = kernel ? kernelPeak() : sampled;
  if (sink < 0) throw new Error('unreachable');

  const score = emptyScore();
  for (const r of records) scoreRedaction(r.text, r.labels, tool.spans(r.text), score);
  return { tool: name, bytes, seconds, peakRssMB: peak / MB, baselineRssMB: baseline / MB, score };
}

function measureAdversarial(name: string): { name: string; ms: number; findings: number } {
  const make = ADVERSARIAL[name];
  if (!make) throw new Error(`unknown adversarial input ${name}`);
  const input = make();
  // One short scan first, as a running app has done: the name lists and the detectors' regexes are
  // built on first use, once per process, and that is not what this measures.
  scanText('Patient Maria Lopez, DOB 03/14/1962, lives at 12 Oak Street, Springfield, IL 62704.');
  const t0 = process.hrtime.bigint();
  const findings = scanText(input).length;
  return { name, ms: Number(process.hrtime.bigint() - t0) / 1e6, findings };
}

/**
 * Where the engine's time goes: the first 2 MB of the corpus scanned with one type enabled at a time,
 * and with none (normalising and the fixed per-scan work).
 */
export interface ProfileRow { readonly type: string; readonly detectors: string; readonly ms: number; readonly mbps: number }

function profile(corpusPath: string): ProfileRow[] {
  const texts: string[] = [];
  let size = 0;
  for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (line === '' || size > 2 * MB) break;
    const text = (JSON.parse(line) as BenchRecord).text;
    texts.push(text);
    size += Buffer.byteLength(text);
  }
  const only = (type: string | undefined) => PolicySchema.parse({
    schemaVersion: 1, name: `profile ${type ?? 'none'}`,
    types: Object.fromEntries(FINDING_TYPES.map((t) => [t, { enabled: t === type }])),
  });
  const time = (type: string | undefined): number => {
    const policy = only(type);
    for (const t of texts.slice(0, 100)) scanText(t, { policy });
    const t0 = process.hrtime.bigint();
    for (const t of texts) scanText(t, { policy });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const types = [...new Set(BUILTIN_DETECTORS.map((d) => d.type))];
  return [
    { type: '(none)', detectors: '', ms: time(undefined) },
    ...types.map((type) => ({ type, detectors: BUILTIN_DETECTORS.filter((d) => d.type === type).map((d) => d.id).join(' '), ms: time(type) })),
  ].map((r) => ({ ...r, mbps: size / MB / (r.ms / 1000) }));
}

const [mode, name = '', file = ''] = process.argv.slice(2);
if (mode === 'tool' && (TOOL_NAMES as readonly string[]).includes(name)) {
  process.stdout.write(`${JSON.stringify(await measureTool(name as ToolName, file))}\n`);
} else if (mode === 'profile') {
  process.stdout.write(`${JSON.stringify(profile(name))}\n`);
} else if (mode === 'adversarial') {
  process.stdout.write(`${JSON.stringify(measureAdversarial(name))}\n`);
} else {
  process.stderr.write('usage: child.ts tool <name> <corpus.jsonl> | adversarial <name> | profile <corpus.jsonl>\n');
  process.exit(2);
}
