/**
 * The `phi-guard` command line. Commands:
 *   phi-guard scan [--format table|json|jsonl] [--policy FILE] [--redact] [--fail-on-findings] [FILE|-]...
 *   phi-guard scan --jsonl-in [--policy FILE] [--redact] < records.jsonl > findings.jsonl
 *   phi-guard demo [--seed FILE] [--policy FILE] [--json]
 *   phi-guard admin [--port N]
 * Exit status: 0 success, 1 findings with --fail-on-findings, 2 bad usage or input (one line on stderr).
 */
import { parseArgs } from 'node:util';
import { CliError } from './errors';
import { runScan } from './commands/scan';

const USAGE = `usage:
  phi-guard scan [--format table|json|jsonl] [--policy FILE] [--redact] [--fail-on-findings] [FILE|DIR|-]...
  phi-guard scan --jsonl-in [--policy FILE] [--redact] < records.jsonl > findings.jsonl
  phi-guard demo [--seed FILE] [--policy FILE] [--json]
  phi-guard admin [--port N]

Finds PHI (the 18 HIPAA Safe Harbor identifiers) in plain text, Atlassian Document Format (ADF)
documents and Jira / Confluence REST JSON. With no FILE, reads standard input.
  --format F          table (default on a terminal), json, jsonl
  --policy FILE       a policy JSON file (default: the built-in "HIPAA Safe Harbor" policy)
  --redact            print the redacted text / ADF / REST JSON instead of findings
  --fail-on-findings  exit 1 when anything is found
  --jsonl-in          batch mode: each input line {"id", "text"} or {"id", "adf"}; one output line each

demo runs the app on a local Jira + Confluence site (no Atlassian account): it loads the built-in sample
healthcare site, or the site in --seed FILE, lets the app's handlers react to the events, and prints per
item what was found and done, then the redaction records.
  --seed FILE         a JSON seed file: {"jira": {projects, issues}, "confluence": {spaces, pages}}
  --json              print the report as one JSON document, and nothing else
admin serves the app's admin page on http://127.0.0.1 (a local preview of the Jira / Confluence page),
wired to the app's resolvers on the same seeded local site as demo.
  --port N            the port to listen on (default 0: any free port)
Environment: PHI_GUARD_SECRET, the site secret for pseudonym tokens and allowlist fingerprints.
`;

async function demo(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      seed: { type: 'string' },
      policy: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  // Loaded on demand: the demo brings the local site and the Forge runtime, which `scan` never needs.
  const { runDemo } = await import('./commands/demo');
  return runDemo({ seedFile: values.seed, policyFile: values.policy, json: values.json ?? false, secret: process.env.PHI_GUARD_SECRET });
}

/** parseArgs' paragraph (and its unknown-option advice) as the one-line reason the exit-2 rule asks for. */
function usageError(message: string): CliError {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  const reason = unknown ? `unknown option ${unknown[1]}` : (message.split(/\.\s|\n/)[0] ?? message);
  return new CliError(`${reason} (try: phi-guard --help)`);
}

/**
 * A reader that stops early (`phi-guard scan ... | head -1`) closes the pipe: that is the reader's
 * choice, not a failure, so the run ends quietly with status 0 instead of an EPIPE stack trace.
 */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new CliError('missing command (try: phi-guard --help)');
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command === 'demo') return await demo(rest);
    if (command === 'admin') {
      const { values } = parseArgs({ args: [...rest], strict: true, options: { port: { type: 'string', default: '0' } } });
      return await (await import('./commands/admin')).runAdmin({ port: Number(values.port) });
    }
    if (command !== 'scan') throw new CliError(`unknown command "${command}" (try: phi-guard --help)`);
    const { values, positionals } = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        policy: { type: 'string' },
        redact: { type: 'boolean', default: false },
        'fail-on-findings': { type: 'boolean', default: false },
        'jsonl-in': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const format = values.format ?? (process.stdout.isTTY ? 'table' : 'json');
    if (format !== 'table' && format !== 'json' && format !== 'jsonl') {
      throw new CliError(`--format must be table, json or jsonl, not "${format}"`);
    }
    return await runScan({
      format,
      policyFile: values.policy,
      redact: values.redact ?? false,
      failOnFindings: values['fail-on-findings'] ?? false,
      jsonlIn: values['jsonl-in'] ?? false,
      sources: positionals.length > 0 ? positionals : ['-'],
      secret: process.env.PHI_GUARD_SECRET,
    });
  } catch (e) {
    const error = e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
      ? usageError(e.message) : e;
    if (error instanceof CliError) {
      process.stderr.write(`phi-guard: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
