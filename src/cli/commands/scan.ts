/**
 * `phi-guard scan`: the engine over files or standard input. Every input is read and checked before
 * anything is printed, so bad input exits 2 with nothing partial on stdout.
 */
import { isRewritable, scanDocument } from '../../core/adf';
import { recogniseInput, redactInput, type RecognisedInput } from '../../core/input';
import type { Policy } from '../../core/policy/schema';
import { redactTextStable, scanTextStable } from '../../core/redact/text';
import { CliError } from '../errors';
import { expandSources, type Source } from '../expand-sources';
import { formatJson, formatJsonl, formatTable, toOutput, type OutputFinding } from '../format';
import { loadPolicy, requireSecret } from '../load-policy';
import { NotTextError, parseMaybeJson, readSource } from '../read-input';
import { runBatch } from './scan-batch';

export interface ScanCommand {
  readonly format: 'table' | 'json' | 'jsonl';
  readonly policyFile: string | undefined;
  readonly redact: boolean;
  readonly failOnFindings: boolean;
  readonly jsonlIn: boolean;
  readonly sources: readonly string[];
  readonly secret: string | undefined;
}

/**
 * A read input: plain text, or JSON recognised as ADF or REST JSON. Valid JSON of any other shape is
 * plain text (spec), scanned as given so offsets index the input exactly.
 */
type LoadedInput =
  | { readonly source: string; readonly kind: 'text'; readonly text: string }
  | { readonly source: string; readonly kind: 'json'; readonly value: unknown; readonly recognised: RecognisedInput };

async function load(source: string): Promise<LoadedInput> {
  const text = await readSource(source);
  const where = source === '-' ? 'stdin' : source;
  const parsed = parseMaybeJson(text, where);
  if (!parsed.json) return { source, kind: 'text', text };
  const recognised = recogniseInput(parsed.value);
  if (recognised.kind === 'plain') return { source, kind: 'text', text };
  // A field that claims to be ADF but is not would go unscanned: invalid input, not a clean result.
  const problem = recognised.problems[0];
  if (problem) throw new CliError(`${where}${problem.field ? ` ${problem.field}` : ''}: ${problem.reason}`);
  return { source, kind: 'json', value: parsed.value, recognised };
}

/** Reads every source; a file found by walking a directory that is not text is skipped with a note. */
async function loadAll(sources: readonly Source[]): Promise<LoadedInput[]> {
  const inputs: LoadedInput[] = [];
  for (const { path, walked } of sources) {
    try {
      inputs.push(await load(path));
    } catch (e) {
      if (!(walked && e instanceof NotTextError)) throw e;
      process.stderr.write(`phi-guard: skipped ${e.message}\n`);
    }
  }
  return inputs;
}

/** Findings of one input, located by field (REST JSON; omitted for the whole input) and path (ADF). */
function findingsOf(input: LoadedInput, policy: Policy, secret: string, file?: string): OutputFinding[] {
  // Every finding a redaction would replace, later passes' too (core/redact/text.ts scanTextStable).
  const options = { policy, secret, style: policy.tokenStyle };
  if (input.kind === 'text') return scanTextStable(input.text, options).map((f) => toOutput(f, { file }));
  const out: OutputFinding[] = [];
  for (const item of input.recognised.items) {
    const field = item.field === '' ? undefined : item.field;
    if (item.kind === 'text') {
      for (const f of scanTextStable(item.text, options)) out.push(toOutput(f, { file, field }));
    } else {
      // A mention links a staff account and is never rewritten: it is no finding of the scan.
      for (const f of scanDocument(item.doc, options).filter(isRewritable)) out.push(toOutput(f, { file, field, path: f.path }));
    }
  }
  return out;
}

/** The redacted input in its own shape, and how many values were replaced. */
function redacted(input: LoadedInput, policy: Policy, secret: string): { output: string; replaced: number } {
  const options = { policy, secret, style: policy.tokenStyle };
  if (input.kind === 'text') {
    const { text, passes } = redactTextStable(input.text, options);
    return { output: text, replaced: passes.flat().length };
  }
  const { value, fields } = redactInput(input.value, options);
  return { output: `${JSON.stringify(value, null, 2)}\n`, replaced: fields.flatMap((f) => f.passes.flat()).length };
}

export async function runScan(cmd: ScanCommand): Promise<number> {
  const policy = await loadPolicy(cmd.policyFile);
  const secret = requireSecret(policy, cmd.secret, cmd.redact);
  if (cmd.jsonlIn) {
    if (cmd.sources.length > 1 || cmd.sources[0] !== '-') throw new CliError('--jsonl-in reads standard input only');
    return runBatch({ policy, secret, redact: cmd.redact, failOnFindings: cmd.failOnFindings });
  }

  const sources = await expandSources(cmd.sources);
  if (sources.filter((s) => s.path === '-').length > 1) throw new CliError('standard input (-) can be given once');
  const inputs = await loadAll(sources);

  if (cmd.redact) {
    if (inputs.length !== 1) throw new CliError('--redact takes exactly one input');
    const { output, replaced } = redacted(inputs[0] as LoadedInput, policy, secret);
    process.stdout.write(output);
    return cmd.failOnFindings && replaced > 0 ? 1 : 0;
  }

  const many = inputs.length > 1;
  const findings = inputs.flatMap((input) => findingsOf(input, policy, secret, many ? input.source : undefined));
  const text = cmd.format === 'table' ? formatTable(findings, inputs.length)
    : cmd.format === 'json' ? formatJson(findings) : formatJsonl(findings);
  process.stdout.write(text);
  return cmd.failOnFindings && findings.length > 0 ? 1 : 0;
}
