/**
 * `npm run bench`: speed, memory and accuracy of the engine next to @redactpii/node and redact-pii on
 * the same generated text, batch-mode memory of the CLI, and the adversarial inputs.
 *
 * The corpus (bench/corpus.ts) is generated deterministically into .bench-data/ (gitignored) and
 * reused while the generator version is unchanged. Each tool runs in its own child process pinned to
 * one CPU (taskset -c 0 when available), record by record, as a Jira/Confluence app would call it,
 * after the same warm-up; the faster of two timed passes counts. Throughput is UTF-8 input megabytes
 * (2^20 bytes) per second. Reports only: exit 0 whatever the numbers.
 *
 *   npm run bench                 everything (about a minute or two)
 *   npm run bench -- --profile    only the engine's time per finding type, for detector developers
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL } from '../bench/adversarial';
import { runBatch, type BatchRun } from '../bench/batch-memory';
import type { ProfileRow, ToolResult } from '../bench/child';
import { ADF_TARGET_MS, benchAdf, benchAdfDense, DENSE_FINDINGS, DENSE_TARGET_MS } from '../bench/adf';
import { generateCorpus } from '../bench/corpus';
import type { MainJobResult } from '../bench/main-job';
import { MARKER, TOOL_NAMES } from '../bench/tools';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '.bench-data');
const CHILD = join(ROOT, 'bench', 'child.ts');
const CLI = join(ROOT, 'bin', 'phi-guard.js');
/** Bump when bench/corpus.ts or bench/values.ts change, so cached files are regenerated. */
const GENERATOR_VERSION = 2;
const MB = 1024 * 1024;

const TARGET_MBPS = 20;
const ADVERSARIAL_LIMIT_MS = 1000;
/** Peak RSS on 40 MB over peak RSS on 10 MB at most this: "flat" allowing for GC heuristics. */
const FLAT_RATIO = 1.25;

const mark = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
const say = (line = ''): void => { process.stdout.write(`${line}\n`); };

/** Writes `seed`'s records up to `mb` megabytes as JSONL, once; `withLabels` false gives the CLI's {id, text}. */
function corpusFile(seed: number, mb: number, withLabels: boolean): { path: string; records: number; labels: number } {
  const path = join(DATA, `${withLabels ? 'mixed' : 'batch'}-v${GENERATOR_VERSION}-s${seed}-${mb}MB.jsonl`);
  const meta = `${path}.meta.json`;
  if (existsSync(path) && existsSync(meta)) return { path, ...(JSON.parse(readFileSync(meta, 'utf8')) as { records: number; labels: number }) };
  mkdirSync(DATA, { recursive: true });
  const lines: string[] = [];
  let labels = 0;
  for (const r of generateCorpus(seed, mb * MB)) {
    if (r.text.includes(MARKER)) throw new Error('corpus contains the peers\' marker character');
    labels += r.labels.length;
    lines.push(JSON.stringify(withLabels ? r : { id: r.id, text: r.text }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  writeFileSync(meta, JSON.stringify({ records: lines.length, labels }));
  return { path, records: lines.length, labels };
}

const pinned = (): string[] => (spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : []);

function child(args: readonly string[], timeoutMs: number): { out?: unknown; error?: string } {
  const cmd = [...pinned(), process.execPath, '--import', 'tsx', '--expose-gc', CHILD, ...args];
  const r = spawnSync(cmd[0] ?? process.execPath, cmd.slice(1), { cwd: ROOT, timeout: timeoutMs, maxBuffer: 16 * MB });
  if (r.error || r.status !== 0) {
    const lines = r.stderr?.toString().trim().split('\n') ?? [];
    const why = r.signal === 'SIGTERM' ? `killed after ${timeoutMs / 1000} s`
      : (lines.find((l) => /Error\b/.test(l)) ?? lines.pop() ?? String(r.error));
    return { error: why };
  }
  return { out: JSON.parse(r.stdout.toString().trim().split('\n').pop() ?? 'null') };
}

/** Columns right-aligned except the first and any listed in `left`. */
function table(head: readonly string[], rows: readonly (readonly string[])[], left: readonly number[] = []): string[] {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 || left.includes(i) ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)];
}

const f = (n: number, digits = 1): string => n.toFixed(digits);
const share = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));

function benchTools(): { results: ToolResult[]; failed: string[] } {
  const corpus = corpusFile(42, 12, true);
  const results: ToolResult[] = [];
  const failed: string[] = [];
  for (const name of TOOL_NAMES) {
    const r = child(['tool', name, corpus.path], 120_000);
    if (r.out) results.push(r.out as ToolResult);
    else failed.push(`${name}: ${r.error}`);
  }
  const bytes = results[0]?.bytes ?? 0;
  say(`== Mixed corpus: ${f(bytes / MB)} MB, ${corpus.records} records, ${corpus.labels} labelled PHI spans` +
    ` (seed 42; ${pinned().length ? 'each tool pinned to one CPU' : 'taskset missing: not pinned'})`);
  const rows = results.map((r) => [r.tool, f(r.bytes / MB / r.seconds), f(r.peakRssMB), f(r.peakRssMB - r.baselineRssMB),
    share(r.score.found, r.score.labels), share(r.score.precise, r.score.removed), String(r.score.removed)]);
  table(['tool', 'MB/s', 'peak RSS MB', 'over baseline MB', 'recall', 'precision', 'removed spans'], rows).forEach((l) => say(l));
  for (const e of failed) say(`FAILED ${e}`);
  say('recall: labelled PHI whose letters and digits were all removed; precision: removed spans that touch labelled PHI');

  const types = [...new Set(results.flatMap((r) => Object.keys(r.score.byType)))].sort();
  say('');
  say('== Recall by labelled type');
  table(['type', 'labels', ...results.map((r) => r.tool)], types.map((t) => [t, String(results[0]?.score.byType[t]?.[1] ?? 0),
    ...results.map((r) => share(r.score.byType[t]?.[0] ?? 0, r.score.byType[t]?.[1] ?? 0))])).forEach((l) => say(l));
  return { results, failed };
}

async function benchBatchMemory(): Promise<{ ratio: number | null }> {
  say('');
  say('== Batch mode memory: node bin/phi-guard.js scan --jsonl-in < file > (counted)');
  if (!existsSync(CLI)) {
    say('skipped: bin/phi-guard.js is not there yet');
    return { ratio: null };
  }
  const runs: BatchRun[] = [];
  for (const [seed, mb] of [[7, 10], [8, 40]] as const) {
    const file = corpusFile(seed, mb, false);
    runs.push(await runBatch(CLI, file.path, file.records));
  }
  const bad = runs.filter((r) => r.exitCode !== 0 || r.linesOut !== r.linesIn);
  table(['input', 'lines in', 'lines out', 'seconds', 'MB/s', 'peak RSS MB'], runs.map((r) => [`${f(r.inputMB)} MB`,
    String(r.linesIn), String(r.linesOut), f(r.seconds, 2), f(r.inputMB / r.seconds), f(r.peakRssMB)])).forEach((l) => say(l));
  for (const r of bad) say(`problem on ${r.file}: exit ${r.exitCode}, ${r.linesOut}/${r.linesIn} lines; ${r.error}`);
  const [small, large] = runs;
  const ratio = small && large && small.peakRssMB > 0 && bad.length === 0 ? large.peakRssMB / small.peakRssMB : null;
  say(`peak RSS ratio 40 MB / 10 MB: ${ratio === null ? '-' : f(ratio, 2)}`);
  return { ratio };
}

function benchAdversarial(): { worstMs: number; allRan: boolean } {
  say('');
  say(`== Adversarial inputs, 1 MB each, engine only (limit ${ADVERSARIAL_LIMIT_MS} ms; a run is killed after 10 s)`);
  const rows: string[][] = [];
  let worstMs = 0;
  let allRan = true;
  for (const name of Object.keys(ADVERSARIAL)) {
    const r = child(['adversarial', name], 10_000);
    const out = r.out as { ms: number; findings: number } | undefined;
    if (!out) { allRan = false; rows.push([name, r.error ?? 'failed', '-', 'MISS']); continue; }
    worstMs = Math.max(worstMs, out.ms);
    rows.push([name, f(out.ms, 0), String(out.findings), mark(out.ms < ADVERSARIAL_LIMIT_MS)]);
  }
  table(['input', 'ms', 'findings', 'target'], rows).forEach((l) => say(l));
  return { worstMs, allRan };
}

function benchProfile(): void {
  const r = child(['profile', corpusFile(42, 12, true).path], 170_000);
  if (!r.out) { say(`profile failed: ${r.error}`); return; }
  const rows = r.out as ProfileRow[];
  say('== Engine time per finding type on the first 2 MB of the corpus (one type enabled at a time; "(none)" = fixed cost)');
  say('   A type alone also pays for the text index its patterns use, which all types share in a full scan.');
  table(['type', 'ms', 'MB/s', 'detectors'], rows.map((p) => [p.type, f(p.ms, 0), f(p.mbps), p.detectors]), [3]).forEach((l) => say(l));
}

function benchAdfDocument(): { totalMs: number; denseMs: number } {
  const r = benchAdf();
  say('');
  say(`== ADF scan and redact, one ${f(r.bytes / MB, 2)} MB document (best of three warm passes)`);
  table(['parse ms', 'scan ms', 'redact ms', 'total ms', 'findings'], [[f(r.parseMs, 0), f(r.scanMs, 0), f(r.redactMs, 0), f(r.totalMs, 0), String(r.findings)]])
    .forEach((l) => say(l));
  const dense = benchAdfDense();
  say(`one paragraph holding ${DENSE_FINDINGS.toLocaleString('en-US')} SSNs: scan and redact ${f(dense.ms, 0)} ms, ${dense.findings} findings`);
  return { totalMs: r.totalMs, denseMs: dense.ms };
}

/** In its own process: the local site installs the Forge runtime's globals. */
function benchMainJobOnSite(): MainJobResult | undefined {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'main-job.ts'), 'run'], { encoding: 'utf8', timeout: 170_000 });
  if (r.status !== 0) { say(`main job bench failed: ${(r.stderr ?? '').split('\n')[0]}`); return undefined; }
  const result = JSON.parse(r.stdout) as MainJobResult;
  say('');
  say('== The main job on the local site (API calls by the app per event)');
  table(['item', 'calls', 'writes', 'records'], [
    ['clean issue', String(result.clean.calls), String(result.clean.writes), '0'],
    ['issue with PHI', String(result.dirty.calls), String(result.dirty.writes), String(result.dirty.records)],
  ], [0]).forEach((l) => say(l));
  say(`event to settled, ${result.latencyMs.n} issues (1 in 3 with PHI): p50 ${f(result.latencyMs.p50, 1)} ms, p95 ${f(result.latencyMs.p95, 1)} ms`);
  return result;
}

async function main(): Promise<void> {
  if (process.argv.includes('--profile')) { benchProfile(); return; }
  const started = Date.now();
  const { results } = benchTools();
  const { ratio } = await benchBatchMemory();
  const adversarial = benchAdversarial();
  const adf = benchAdfDocument();
  const mainJob = benchMainJobOnSite();

  const ours = results.find((r) => r.tool === 'phi-guard');
  const peers = results.filter((r) => r.tool !== 'phi-guard');
  const mbps = (r: ToolResult): number => r.bytes / MB / r.seconds;
  const recall = (r: ToolResult): number => r.score.found / Math.max(1, r.score.labels);
  say('');
  say('== Targets');
  if (ours) {
    say(`${mark(mbps(ours) >= TARGET_MBPS)}  throughput >= ${TARGET_MBPS} MB/s on one core: ${f(mbps(ours))} MB/s`);
    say(`${mark(peers.length === 2 && peers.every((p) => mbps(ours) > mbps(p)))}  faster than both peers: ` +
      peers.map((p) => `${p.tool} ${f(mbps(p))} MB/s`).join(', '));
    say(`${mark(peers.length === 2 && peers.every((p) => recall(ours) > recall(p)))}  higher recall than both peers: ` +
      `${share(ours.score.found, ours.score.labels)} vs ${peers.map((p) => `${p.tool} ${share(p.score.found, p.score.labels)}`).join(', ')}`);
  } else {
    say('MISS  the engine did not run (see above)');
  }
  say(ratio === null
    ? 'n/a   batch memory flat: not measured (see above)'
    : `${mark(ratio <= FLAT_RATIO)}  batch memory flat in input size: 40 MB / 10 MB peak RSS ${f(ratio, 2)} (<= ${FLAT_RATIO})`);
  say(`${mark(adversarial.allRan && adversarial.worstMs < ADVERSARIAL_LIMIT_MS)}  every 1 MB adversarial input under 1 s: worst ${f(adversarial.worstMs, 0)} ms`);
  say(`${mark(adf.totalMs < ADF_TARGET_MS)}  ADF scan and redact of a 1 MB document under ${ADF_TARGET_MS} ms: ${f(adf.totalMs, 0)} ms`);
  say(`${mark(adf.denseMs < DENSE_TARGET_MS)}  ADF scan and redact of ${DENSE_FINDINGS.toLocaleString('en-US')} findings in one paragraph under ${DENSE_TARGET_MS} ms: ${f(adf.denseMs, 0)} ms`);
  if (mainJob) {
    say(`${mark(mainJob.clean.writes === 0 && mainJob.clean.calls === 1)}  clean item: one read and no write: ${mainJob.clean.calls} calls, ${mainJob.clean.writes} writes`);
    say(`${mark(mainJob.dirty.writes <= 2)}  PHI item: one content write (+ property): ${mainJob.dirty.calls} calls, ${mainJob.dirty.writes} writes, ${mainJob.dirty.records} records`);
  }
  say(`(bench took ${f((Date.now() - started) / 1000, 0)} s)`);
}

await main();
