/**
 * `npm run eval`: scores the engine on the presidio-research synthetic corpus and on the dev cases.
 *
 *   npm run eval                  tables and the targets (PASS/MISS)
 *   npm run eval -- --json        the same, machine-readable
 *   npm run eval -- --errors NAME misses and false positives of one type, with context
 *
 * It reports and never gates: the exit status is 0 whatever the numbers (2 only when an input is missing).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scanText } from '../src/core/scan';
import { casePasses, judgeAdfCase, judgeTextCase, loadDevCases } from './eval/dev-cases';
import { formatErrors, type ScoredText } from './eval/errors';
import { judge, tally, type Counts, type Judgement, type Span, type ValueSpan } from './eval/metrics';
import { loadPresidio, presidioPredictionType, presidioSameType } from './eval/presidio';
import { checkTargets, formatSection, formatTargets, section } from './eval/report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PRESIDIO = resolve(ROOT, '../shared/corpora/presidio-research/synth_dataset_v2.json');
const DEV_CASES = resolve(ROOT, '../shared/cases/dev-cases.jsonl');
const ADF_MODULE = resolve(ROOT, 'src/core/adf/index.ts');

interface Args { readonly json: boolean; readonly errors?: string }

function parseArgs(argv: readonly string[]): Args {
  const i = argv.indexOf('--errors');
  const errors = i >= 0 ? argv[i + 1]?.toUpperCase() : undefined;
  if (i >= 0 && !errors) fail('--errors needs a type, e.g. --errors NAME');
  return { json: argv.includes('--json'), errors };
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function requireFile(path: string, what: string): string {
  if (!existsSync(path)) fail(`${what} not found at ${path} (expected ../shared next to the repository)`);
  return path;
}

const toSpan = (f: { type: string; start: number; end: number }): Span => ({ type: f.type, start: f.start, end: f.end });

function scorePresidio(): { counts: Map<string, Counts>; scored: ScoredText[] } {
  const docs = loadPresidio(requireFile(PRESIDIO, 'presidio-research corpus'));
  const scored = docs.map((doc, i): ScoredText => {
    const predictions = scanText(doc.text).map((f) => ({ ...toSpan(f), type: presidioPredictionType(f.type) }));
    return { source: `presidio#${i}`, text: doc.text, predictions, judgement: judge(doc, predictions, presidioSameType) };
  });
  return { counts: tally(scored.map((s) => s.judgement)), scored };
}

type ScanDocument = (doc: unknown) => ReadonlyArray<{ type: string; text: string }>;

/** The ADF scanner, loaded only if it exists, so the text evaluation runs without it; only `type` and `text` are read. */
async function loadAdfScanner(): Promise<ScanDocument | undefined> {
  if (!existsSync(ADF_MODULE)) return undefined;
  const mod = (await import(pathToFileURL(ADF_MODULE).href)) as { scanDocument?: ScanDocument };
  return mod.scanDocument;
}

async function scoreDevCases(): Promise<{ counts: Map<string, Counts>; scored: ScoredText[]; judged: number; failing: string[]; notes: string[] }> {
  const cases = loadDevCases(requireFile(DEV_CASES, 'dev cases'));
  const scanDocument = await loadAdfScanner();
  const notes: string[] = [];
  const judgements: Judgement[] = [];
  const scored: ScoredText[] = [];
  const failing: string[] = [];
  for (const c of cases) {
    let j: Judgement;
    if (c.kind === 'text') {
      const text = c.input as string;
      const predictions = scanText(text).map(toSpan);
      j = judgeTextCase(c, predictions);
      scored.push({ source: c.id, text, predictions, judgement: j });
    } else if (scanDocument) {
      j = judgeAdfCase(c, scanDocument(c.input).map((f): ValueSpan => ({ type: f.type, text: f.text })));
    } else {
      notes.push(c.id);
      continue;
    }
    judgements.push(j);
    if (!casePasses(j)) failing.push(c.id);
  }
  const skipped = notes.length > 0
    ? [`ADF cases skipped (src/core/adf/index.ts with scanDocument not there yet): ${notes.join(', ')}`] : [];
  return { counts: tally(judgements), scored, judged: judgements.length, failing, notes: skipped };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const presidio = scorePresidio();
  const dev = await scoreDevCases();
  const presidioSection = section(presidio.counts);
  const targets = checkTargets(presidioSection);
  const devSection = section(dev.counts);

  if (args.errors) {
    process.stdout.write(`${formatErrors(args.errors, [...presidio.scored, ...dev.scored])}\n`);
    return;
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ presidio: presidioSection, targets, devCases: { ...devSection, failing: dev.failing, notes: dev.notes } }, null, 2)}\n`);
    return;
  }
  process.stdout.write([
    formatSection(`presidio-research synth_dataset_v2 (${presidio.scored.length} sentences; strict = exact span + type, lenient = overlap + type)`, presidioSection, targets),
    '   mapping: FAX counts as PHONE; ADDRESS/LOCATION/ZIP stand for one another under lenient matching; ORGANIZATION/TITLE/NRP ignored',
    '',
    formatSection('dev cases (../shared/cases/dev-cases.jsonl; ADF cases judged by value)', devSection),
    `dev cases failing the README rule: ${dev.failing.length === 0 ? 'none' : dev.failing.join(', ')}` +
      `   (${dev.judged} cases judged)`,
    ...dev.notes,
    '',
    formatTargets(targets),
    '',
  ].join('\n'));
}

await main();
