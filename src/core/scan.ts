/**
 * The public entry of the engine: text in, findings out.
 *
 *   normalise -> detectors propose candidates -> score (validate, context, threshold, allowlist)
 *   -> resolve overlaps -> map back to original offsets
 *
 * Pure: no I/O, no Forge, and no clock beyond the current year (read once: detectors/date.ts, birth years over
 * 89). The same function serves the CLI, the Forge handlers and the tests.
 */
import { BUILTIN_DETECTORS } from './detectors';
import { compileCustomDetector } from './detectors/custom';
import type { Candidate, Detector } from './detectors/detector';
import {
  cueTable, firstAbove, hintsFrom, indexText, runPlan, runStarts, type CueOwner, type CueTable, type RunPlan, type TextIndex,
} from './detectors/text-index';
import { escapeRegExp, lowerSameLength, matchesNear, matchesOf, prefilter, type Prefilter } from './detectors/prefilter';
import type { Finding } from './finding';
import { FINDING_TYPES, type FindingType } from './finding-types';
import { allowlistFingerprint } from './fingerprint';
import { normalise } from './normalise/normalise';
import { HIPAA_SAFE_HARBOR } from './policy/defaults';
import { ruleFor, type Policy, type TypeRule } from './policy/schema';
import { promoteNearOtherPhi } from './score/co-occurrence';
import { compiledContext, contextCueWords, contextMayBeNear, termRegex } from './score/context';
import { resolveOverlaps } from './score/overlap';
import { scoreCandidate, type ScoredCandidate } from './score/score';
import { blankTokens, overlapsToken, redactionTokenSpans } from './redact/token-pattern';
import { textTableCells, type TextCell } from './text-tables';

export interface ScanOptions {
  readonly policy?: Policy;
  /**
   * Text that counts as context for every span but is not scanned: an ADF table cell's column header
   * ("DOB" above "1949-03-08"), a field's name.
   */
  readonly outsideContext?: string;
  /** The site secret; needed only when the policy's allowlist holds fingerprints. */
  readonly secret?: string;
}

interface Engine {
  readonly policy: Policy;
  readonly detectors: readonly Detector[];
  readonly allowValues: ReadonlySet<string>;
  readonly allowFingerprints: ReadonlySet<string>;
  readonly allowPatterns: readonly RegExp[];
  /**
   * The allowlisted values as phrases of the text: a finding inside one ("Springfield" of "Springfield
   * General Hospital", "Station" of Epic's "Patient Station") is not reported either. Undefined: none.
   */
  readonly allowPhrases: RegExp | undefined;
  /** Effective rule per type, computed once rather than per candidate. */
  readonly rules: ReadonlyMap<FindingType, TypeRule>;
  /** The cue words of the patterns that declare them (PatternSpec.startsWith), of `find`s and of context gates. */
  readonly cues: CueTable;
  /** Per detector with patterns that need context, where its context words can be found (see ContextGate). */
  readonly gates: ReadonlyMap<Detector, ContextGate>;
  /** The digit-run specs of the patterns that declare them (PatternSpec.digitRun), answered together. */
  readonly runs: RunPlan;
  /** Whether a column header holds a context or label term of some detector: only such a column's cells are read alone. */
  readonly informativeHeader: RegExp | undefined;
}

/**
 * A candidate that needs context passes only with a context word in its window, which reaches `before`
 * characters before it and `after` after it; `words` are the first words of the detector's context
 * terms, in the cue table with the gate as their owner. A candidate with none of them starting within
 * reach (score/context.ts contextMayBeNear) is dropped unscored, and a text with none at all skips the
 * detector's patterns that need context: most such candidates have no context (19,000 of 20,000 digit
 * groups near no phone word on the bench corpus).
 */
interface ContextGate {
  readonly words: readonly string[];
  readonly before: number;
  readonly after: number;
}

function contextGates(detectors: readonly Detector[]): Map<Detector, ContextGate> {
  const gates = new Map<Detector, ContextGate>();
  for (const detector of detectors) {
    const words = detector.patterns.some((p) => p.needsContext) ? contextCueWords(detector) : undefined;
    if (!words) continue;
    const { before, after } = compiledContext(detector);
    gates.set(detector, { words, before, after });
  }
  return gates;
}

const engines = new WeakMap<Policy, Engine>();

/** Detectors and allowlist compiled once per policy object. */
function engineFor(policy: Policy): Engine {
  let engine = engines.get(policy);
  if (!engine) {
    const custom = policy.customDetectors.map(compileCustomDetector);
    const detectors = [...BUILTIN_DETECTORS, ...custom].filter((d) => (d.types ?? [d.type]).some((t) => ruleFor(policy, t).enabled));
    const gates = contextGates(detectors);
    engine = {
      policy,
      detectors,
      allowValues: new Set(policy.allowlist.values.map(allowKey)),
      allowFingerprints: new Set(policy.allowlist.fingerprints),
      allowPatterns: policy.allowlist.patterns.map((p) => new RegExp(`^(?:${p})$`, 'iu')),
      allowPhrases: phraseRegex(policy.allowlist.values),
      rules: new Map(FINDING_TYPES.map((t) => [t, ruleFor(policy, t)])),
      cues: cueTable(detectors.flatMap((d): CueOwner[] => {
        const gate = gates.get(d);
        return [
          ...(d.findCues ? [{ key: d, words: d.findCues }] : []),
          ...d.patterns.flatMap((p) => (p.startsWith ? [{ key: p, words: p.startsWith }] : [])),
          ...(gate ? [{ key: gate, words: gate.words }] : []),
        ];
      })),
      gates,
      runs: runPlan(detectors.flatMap((d) => d.patterns.flatMap((p) => (p.digitRun ? [p.digitRun] : [])))),
      informativeHeader: termRegex([...new Set(detectors.flatMap((d) => [...(d.context ?? []), ...d.patterns.flatMap((p) => p.underLabel ?? [])]))]),
    };
    engines.set(policy, engine);
  }
  return engine;
}

const allowKey = (value: string): string => normalise(value).text.toLowerCase().replace(/\s+/g, ' ').trim();

/** One regex for all allowlisted values as whole words of a text, any run of white space between their words. */
function phraseRegex(values: readonly string[]): RegExp | undefined {
  const keys = [...new Set(values.map(allowKey))].filter((k) => k !== '').sort((a, b) => b.length - a.length);
  if (keys.length === 0) return undefined;
  const body = keys.map((k) => escapeRegExp(k).replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Where the allowlisted values stand in `text`, as [start, end) pairs in text order. */
function allowedRanges(engine: Engine, text: string): Array<[number, number]> {
  if (!engine.allowPhrases) return [];
  return matchesOf(engine.allowPhrases, text).map((m): [number, number] => [m.index, m.index + m[0].length]);
}

function isAllowlisted(engine: Engine, text: string, start: number, end: number, secret: string | undefined, ranges: ReadonlyArray<[number, number]>): boolean {
  if (engine.allowValues.size === 0 && engine.allowPatterns.length === 0 && engine.allowFingerprints.size === 0) return false;
  const k = firstAbove(ranges, start, (r) => r[1]);
  if (k < ranges.length && (ranges[k] as [number, number])[0] <= start && end <= (ranges[k] as [number, number])[1]) return true;
  const value = text.slice(start, end);
  if (engine.allowValues.has(allowKey(value))) return true;
  if (engine.allowPatterns.some((re) => re.test(value))) return true;
  if (secret && engine.allowFingerprints.size > 0) return engine.allowFingerprints.has(allowlistFingerprint(secret, value));
  return false;
}

/** One text as the detectors see it, with per-text indexes built on first use and shared by all detectors. */
interface ScanInput {
  readonly text: string;
  /** `text` lower-cased, same offsets. */
  readonly lower: string;
  readonly mayMatch: Prefilter;
  readonly cues: CueTable;
  readonly runs: RunPlan;
  /** The scan's outside context, lower-cased ('' when none). */
  readonly outside: string;
  /** Built on first use by a pattern that declares digitRun or startsWith. */
  index?: TextIndex;
}

const labelTests = new WeakMap<readonly string[], RegExp>();

/** True when `outside` holds one of a pattern's underLabel terms (never empty: defineDetector checks). */
function labelOutside(terms: readonly string[], outside: string): boolean {
  if (outside === '') return false;
  let re = labelTests.get(terms);
  if (!re) {
    re = termRegex(terms) as RegExp;
    labelTests.set(terms, re);
  }
  return re.test(outside);
}

/** The text index of `input`, built on first use. */
function textIndex(input: ScanInput): TextIndex {
  return input.index ??= indexText(input.lower, input.cues);
}

/**
 * The candidates of `detector` in the text. `contextStarts`, when the detector is context-gated, lists
 * where its context words start; with none, its patterns that need context cannot yield a finding, and
 * a pattern with spanChars is searched only near them.
 */
function proposeCandidates(detector: Detector, input: ScanInput, gate: ContextGate | undefined, contextStarts: readonly number[] | undefined): Candidate[] {
  const { text, lower } = input;
  const out: Candidate[] = [];
  for (const pattern of detector.patterns) {
    if (pattern.underLabel && !labelOutside(pattern.underLabel, input.outside)) continue;
    if (pattern.needsContext && contextStarts?.length === 0) continue;
    if (!input.mayMatch(pattern.keywords, pattern.requires)) continue;
    let matches: RegExpExecArray[];
    if (pattern.needsContext && pattern.spanChars && gate && contextStarts) {
      matches = matchesNear(pattern.regex, text, pattern.spanChars, contextStarts, gate.before, gate.after);
    } else if (pattern.digitRun) {
      matches = matchesOf(pattern.regex, text, runStarts(text, textIndex(input), pattern.digitRun, input.runs));
    } else if (pattern.startsWith) {
      matches = matchesOf(pattern.regex, text, textIndex(input).cueStarts.get(pattern) ?? []);
    } else {
      matches = matchesOf(pattern.regex, text);
    }
    for (const m of matches) {
      let start = m.index;
      let end = m.index + m[0].length;
      if (pattern.group !== undefined) {
        const value = m[pattern.group];
        if (value === undefined) continue;
        const at = m.indices?.[pattern.group];
        start = at ? at[0] : m.index + m[0].indexOf(value);
        end = start + value.length;
      }
      out.push({
        detector: detector.id, type: detector.type, start, end, pattern: pattern.name, score: pattern.score,
        needsContext: pattern.needsContext === true, promotedByOtherPhi: pattern.promotedByOtherPhi === true,
      });
    }
  }
  // A loop, not push(...found): a megabyte of '::1 ' yields more candidates than a call's arguments may hold.
  if (detector.find) {
    // Only detectors that read cues get the index's hints: the others should not pay for building it.
    const found = detector.findCues ? detector.find(text, lower, hintsFrom(textIndex(input), detector)) : detector.find(text, lower);
    for (const c of found) out.push(c);
  }
  return out;
}

export function scanText(input: string, options: ScanOptions = {}): Finding[] {
  const engine = engineFor(options.policy ?? HIPAA_SAFE_HARBOR);
  return withTableCells(engine, input, options, scanWhole(engine, input, options));
}

/** The findings of `input` read as one text, its tables' cells not yet on their own. */
function scanWhole(engine: Engine, input: string, options: ScanOptions): Finding[] {
  const { policy } = engine;
  const norm = normalise(input);
  const text = norm.text;
  const tokens = redactionTokenSpans(text);
  // Detectors read cue and context words from `lower`; our own tokens are blanked there (blankTokens).
  const lower = tokens.length === 0 ? lowerSameLength(text) : blankTokens(lowerSameLength(text), tokens);
  const outside = options.outsideContext ? lowerSameLength(normalise(options.outsideContext).text) : '';
  const mayMatch = prefilter(text, lower);
  const scanInput: ScanInput = { text, lower, mayMatch, cues: engine.cues, runs: engine.runs, outside };

  const allowed = allowedRanges(engine, text);
  const scored: ScoredCandidate[] = [];
  /** Just under the threshold, reported only if the text holds other strong PHI. */
  const nearMisses: Array<{ candidate: ScoredCandidate; minScore: number }> = [];
  for (const detector of engine.detectors) {
    if (!mayMatch(undefined, detector.requires)) continue;
    // Outside context counts for every span, so a text that comes with some is not gated.
    const gate = outside === '' ? engine.gates.get(detector) : undefined;
    const contextStarts = gate ? (textIndex(scanInput).cueStarts.get(gate) ?? []) : undefined;
    for (const candidate of proposeCandidates(detector, scanInput, gate, contextStarts)) {
      if (tokens.length > 0 && overlapsToken(tokens, candidate.start, candidate.end)) continue;
      if (gate && contextStarts && candidate.needsContext
        && !contextMayBeNear(lower, candidate.start, candidate.end, gate.before, gate.after, contextStarts)) continue;
      const result = scoreCandidate(detector, candidate, text, lower, outside);
      if (!result) continue;
      const rule = engine.rules.get(result.type) ?? ruleFor(policy, result.type);
      if (!rule.enabled) continue;
      if (isAllowlisted(engine, text, result.start, result.end, options.secret, allowed)) continue;
      if (result.score >= rule.minScore) scored.push(result);
      else if (candidate.promotedByOtherPhi) nearMisses.push({ candidate: result, minScore: rule.minScore });
    }
  }
  for (const promoted of promoteNearOtherPhi(scored, nearMisses)) scored.push(promoted);

  return resolveOverlaps(scored).map((c): Finding => {
    const start = norm.toOriginalStart(c.start);
    const end = norm.toOriginalEnd(c.end);
    return {
      type: c.type, start, end, score: Math.round(c.score * 100) / 100, detector: c.detector,
      text: input.slice(start, end), normalised: text.slice(c.start, c.end), why: c.why,
    };
  });
}

/**
 * `found` and what the cells of the text's tables hold, each cell read alone with its column header as
 * outside context ("00982211" under "MRN"; core/text-tables.ts). A cell's finding that overlaps one of
 * the whole text's is left out: the whole text's reading had the cell's neighbours to go by.
 */
function withTableCells(engine: Engine, input: string, options: ScanOptions, found: Finding[]): Finding[] {
  const cells = textTableCells(input);
  if (cells.length === 0 || !engine.informativeHeader) return found;
  // The cells left to read, by column: a cell the whole text's reading found whole, or under a header no
  // detector reads ("Role"), is done.
  const columns = new Map<string, TextCell[]>();
  const informative = new Map<string, boolean>();
  for (const cell of cells) {
    const k = firstAbove(found, cell.start, (g) => g.end);
    if (k < found.length && (found[k] as Finding).start <= cell.start && cell.end <= (found[k] as Finding).end) continue;
    let reads = informative.get(cell.header);
    if (reads === undefined) {
      reads = engine.informativeHeader.test(lowerSameLength(normalise(cell.header).text));
      informative.set(cell.header, reads);
    }
    if (!reads) continue;
    const column = columns.get(cell.header);
    if (column) column.push(cell);
    else columns.set(cell.header, [cell]);
  }
  const added: Finding[] = [];
  for (const [header, column] of columns) {
    // A column's cells are read together, a line each (no finding crosses a line break), with the header
    // as outside context: one scan per column, not per cell (a pasted export has tens of thousands).
    const starts: number[] = [];
    let joined = '';
    for (const cell of column) {
      starts.push(joined.length);
      joined += `${input.slice(cell.start, cell.end)}\n`;
    }
    const outsideContext = options.outsideContext ? `${options.outsideContext}\n${header}` : header;
    for (const f of scanWhole(engine, joined, { ...options, outsideContext })) {
      const k = firstAbove(starts, f.start, (at) => at) - 1;
      const cell = column[k] as TextCell;
      const from = starts[k] as number;
      if (f.end - from > cell.end - cell.start) continue;
      const start = cell.start + f.start - from;
      const end = cell.start + f.end - from;
      const g = found[firstAbove(found, start, (x) => x.end)];
      if (g === undefined || g.start >= end) added.push({ ...f, start, end });
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}
