/**
 * `phi-guard demo [--seed FILE] [--policy FILE] [--json]`: the app end to end on a local Atlassian site
 * (test/local-site), with no Atlassian account. Loads the built-in sample healthcare site or a seed file
 * (../shared/spec/demo-seed.md), lets the app's real handlers react to the events, and prints per item
 * what was found and done, then the redaction records; `--json` prints the report and nothing else.
 *
 * The seed and policy are read and checked before the site starts, so a bad file exits 2 with nothing on
 * stdout. The progress line goes to stderr, and only on a terminal, so pipes and CI logs stay clean.
 */
import { CliError } from '../errors';
import { loadPolicy, requireSecret } from '../load-policy';
import { parseJson, readSource } from '../read-input';
import { formatHuman } from '../demo/human';
import { buildReport, summarise } from '../demo/report';
import { runDemoSite } from '../demo/run-site';
import { SAMPLE_SITE } from '../demo/sample-site';
import { parseSeed, type Seed } from '../demo/seed-schema';

/** The installation secret when PHI_GUARD_SECRET is not set: fixed, so two runs write the same fingerprints. */
const DEMO_SECRET = 'phi-guard-demo-installation-secret';

export interface DemoCommand {
  readonly seedFile: string | undefined;
  readonly policyFile: string | undefined;
  readonly json: boolean;
  readonly secret: string | undefined;
}

async function loadSeed(file: string | undefined): Promise<Seed> {
  if (file === undefined) return SAMPLE_SITE;
  // parseJson's error names the position only: a seed file is patient content and must not be echoed.
  const value = parseJson(await readSource(file), file);
  const parsed = parseSeed(value);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.problem}`);
  return parsed.seed;
}

/** A one-line progress indicator that rewrites itself; a no-op when stderr is not a terminal. */
function progressLine(): { update(done: number, total: number, what: string): void; clear(): void } {
  if (!process.stderr.isTTY) return { update() {}, clear() {} };
  return {
    update: (done, total, what) => process.stderr.write(`\r\x1b[2Kdemo: ${done}/${total} writes, ${what === 'settled' ? 'settled' : `creating ${what}`}`),
    clear: () => process.stderr.write('\r\x1b[2K'),
  };
}

export async function runDemo(cmd: DemoCommand): Promise<number> {
  const seed = await loadSeed(cmd.seedFile);
  const policy = await loadPolicy(cmd.policyFile);
  const secret = requireSecret(policy, cmd.secret, false) || DEMO_SECRET;
  const started = performance.now();
  const progress = progressLine();
  const run = await runDemoSite({ seed, policy: cmd.policyFile === undefined ? undefined : policy, secret, onProgress: progress.update })
    .finally(() => progress.clear());
  const items = summarise(seed, run.snapshot, policy, secret);
  process.stdout.write(cmd.json
    ? `${JSON.stringify(buildReport(run, items), null, 2)}\n`
    : formatHuman(seed, run, items, performance.now() - started));
  return 0;
}
