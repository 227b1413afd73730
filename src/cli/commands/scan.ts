/**
 * `phi-guard scan`: the engine over files or standard input. Every input is read and checked before
 * anything is printed, so bad input exits 2 with nothing partial on stdout.
 */
import { scanDocument } from '../../core/adf';
import { recogniseInput, redactInput } from '../../core/input';
import type { Policy } from '../../core/policy/schema';
import { redactTextStable } from '../../core/redact/text';
import { scanText } from '../../core/scan';
import { CliError } from '../errors';
import { expandSources } from '../expand-sources';
import { formatJson, formatJsonl, formatTable, toOutput, type OutputFinding } from '../format';
import { loadPolicy, requireSecret } from '../load-policy';
import { parseMaybeJson, readSource } from '../read-input';
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

/** A read input: plain text, or parsed JSON (ADF or REST). */
type LoadedInput =
  | { readonly source: string; readonly kind: 'text'; readonly text: string }
  | { readonly source: string; readonly kind: 'json'; readonly value: unknown; readonly text: string };

async function load(source: string): Promise<LoadedInput> {
  const text = await readSource(source);
  const parsed = parseMaybeJson(text, source === '-' ? 'stdin' : source);
  return parsed.json ? { source, kind: 'json', value: parsed.value, text } : { source, kind: 'text', text };
}

/** Findings of one input, located by field (REST JSON) and path (ADF). */
export function findingsOf(input: LoadedInput, policy: Policy, secret: string, file?: string): OutputFinding[] {
  const options = { policy, secret };
  if (input.kind === 'text') return scanText(input.text, options).map((f) => toOutput(f, { file }));
  const out: OutputFinding[] = [];
  const recognised = recogniseInput(input.value);
  for (const problem of recognised.problems) {
    process.stderr.write(`phi-guard: ${input.source} ${problem.field}: not scanned (${problem.reason})\n`);
  }
  for (const item of recognised.items) {
    if (item.kind === 'text') {
      for (const f of scanText(item.text, options)) out.push(toOutput(f, { file, field: item.field }));
    } else {
      for (const f of scanDocument(item.doc, options)) out.push(toOutput(f, { file, field: item.field, path: f.path }));
    }
  }
  return out;
}

function redacted(input: LoadedInput, policy: Policy, secret: string): string {
  if (input.kind === 'text') {
    return redactTextStable(input.text, { policy, secret, style: policy.tokenStyle }).text;
  }
  return `${JSON.stringify(redactInput(input.value, { policy, secret, style: policy.tokenStyle }).value, null, 2)}\n`;
}

export async function runScan(cmd: ScanCommand): Promise<number> {
  const policy = await loadPolicy(cmd.policyFile);
  const secret = requireSecret(policy, cmd.secret, cmd.redact);
  if (cmd.jsonlIn) {
    if (cmd.sources.length > 1 || cmd.sources[0] !== '-') throw new CliError('--jsonl-in reads standard input only');
    return runBatch({ policy, secret, redact: cmd.redact, failOnFindings: cmd.failOnFindings });
  }

  const files = await expandSources(cmd.sources);
  if (files.filter((f) => f === '-').length > 1) throw new CliError('standard input (-) can be given once');
  const inputs: LoadedInput[] = [];
  for (const file of files) inputs.push(await load(file));

  if (cmd.redact) {
    if (inputs.length !== 1) throw new CliError('--redact takes exactly one input');
    process.stdout.write(redacted(inputs[0] as LoadedInput, policy, secret));
    return 0;
  }

  const many = inputs.length > 1;
  const findings = inputs.flatMap((input) => findingsOf(input, policy, secret, many ? input.source : undefined));
  const text = cmd.format === 'table' ? formatTable(findings, inputs.length)
    : cmd.format === 'json' ? formatJson(findings) : formatJsonl(findings);
  process.stdout.write(text);
  return cmd.failOnFindings && findings.length > 0 ? 1 : 0;
}
