/**
 * `phi-guard scan --jsonl-in`: the batch interface for evaluation and benchmarks. One process, many
 * records, memory flat in input size: standard input is read line by line and each result line is
 * written as soon as it is ready.
 *
 * Bad input must not leave partial output. When standard input is a regular file (`< records.jsonl`)
 * it is read twice: a first pass checks every line, and only then the second pass scans and prints. From a
 * pipe it cannot be re-read; a bad line then stops the run at that line with exit 2, and every line
 * already printed is a complete result for an earlier record.
 */
import { createReadStream, fstatSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { isAdfDocument, isRewritable, redactDocumentStable, scanDocument, type AdfNode } from '../../core/adf';
import type { Policy } from '../../core/policy/schema';
import { redactTextStable, scanTextStable } from '../../core/redact/text';
import { CliError } from '../errors';
import { toOutput } from '../format';
import { parseJson } from '../read-input';

// Checked without rebuilding the object, so the document's key order survives into --redact output.
const AdfDocSchema = z.custom<AdfNode>(isAdfDocument, 'an ADF document {"type": "doc", "content": [...]}');
const IdSchema = z.union([z.string(), z.number()]);
const RecordSchema = z.union([
  z.object({ id: IdSchema, text: z.string() }).strict(),
  z.object({ id: IdSchema, adf: AdfDocSchema }).strict(),
]);
type BatchRecord = z.infer<typeof RecordSchema>;

export interface BatchOptions {
  readonly policy: Policy;
  readonly secret: string;
  readonly redact: boolean;
  readonly failOnFindings: boolean;
}

function parseLine(line: string, lineNo: number): BatchRecord {
  // Neither error quotes the line or zod's issues: a record's text may be PHI.
  const parsed = RecordSchema.safeParse(parseJson(line, `stdin line ${lineNo}`));
  if (!parsed.success) {
    throw new CliError(`stdin line ${lineNo}: expected {"id": ..., "text": "..."} or {"id": ..., "adf": {"type": "doc", ...}}`);
  }
  return parsed.data;
}

async function* lines(fromStart: boolean): AsyncGenerator<[string, number]> {
  const stream = fromStart ? createReadStream('', { fd: 0, start: 0, autoClose: false, encoding: 'utf8' }) : process.stdin;
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of reader) {
    lineNo += 1;
    if (line.trim() === '') continue;
    yield [line, lineNo];
  }
}

function resultLine(record: BatchRecord, opts: BatchOptions): { line: string; found: number } {
  const options = { policy: opts.policy, secret: opts.secret };
  if ('text' in record) {
    if (opts.redact) {
      const { text, passes } = redactTextStable(record.text, { ...options, style: opts.policy.tokenStyle });
      return { line: JSON.stringify({ id: record.id, text }), found: passes.flat().length };
    }
    const findings = scanTextStable(record.text, { ...options, style: opts.policy.tokenStyle });
    return { line: JSON.stringify({ id: record.id, findings: findings.map((f) => toOutput(f, {})) }), found: findings.length };
  }
  if (opts.redact) {
    const { doc, passes } = redactDocumentStable(record.adf, { ...options, style: opts.policy.tokenStyle });
    return { line: JSON.stringify({ id: record.id, adf: doc }), found: passes.flat().length };
  }
  const findings = scanDocument(record.adf, options).filter(isRewritable);
  return { line: JSON.stringify({ id: record.id, findings: findings.map((f) => toOutput(f, { path: f.path })) }), found: findings.length };
}

/** Writes a line, waiting when the pipe is full so memory stays flat however fast we scan. */
async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

function progress(): { tick(bytes: number): void; done(): void } {
  if (!process.stderr.isTTY) return { tick: () => undefined, done: () => undefined };
  let records = 0;
  let bytes = 0;
  let last = 0;
  const show = (): void => { process.stderr.write(`\rphi-guard: scanned ${records} records (${(bytes / 1e6).toFixed(1)} MB)`); };
  return {
    tick(b) {
      records += 1;
      bytes += b;
      const now = Date.now();
      if (now - last > 250) { last = now; show(); }
    },
    done() { if (records > 0) { show(); process.stderr.write('\n'); } },
  };
}

export async function runBatch(opts: BatchOptions): Promise<number> {
  const rereadable = fstatSync(0).isFile();
  if (rereadable) {
    for await (const [line, lineNo] of lines(true)) parseLine(line, lineNo);
  }
  const meter = progress();
  let total = 0;
  for await (const [line, lineNo] of lines(rereadable)) {
    const result = resultLine(parseLine(line, lineNo), opts);
    total += result.found;
    await write(result.line);
    meter.tick(line.length);
  }
  meter.done();
  return opts.failOnFindings && total > 0 ? 1 : 0;
}
