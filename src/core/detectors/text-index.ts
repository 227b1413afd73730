/**
 * Where a pattern can start, found in one pass over the text instead of one regex pass per pattern.
 *
 * - Digit runs. Most numeric identifiers begin at the first digit of a run whose length the format
 *   fixes (an SSN's "123-", a ZIP's "60302", a card's 12 to 19 digits), and their regexes say so with a
 *   lookbehind that rejects a digit before (PatternSpec.digitRun).
 * - Cue words. A cue pattern ("MRN: 00417823", "member ID W123456789") begins with one of its cue words
 *   at the start of a word (PatternSpec.startsWith), and so do the cues some `find` functions read
 *   from ("lives in", "Address:"; Detector.findCues); a regex led by a lookbehind and a long
 *   alternation would otherwise cost a pass over every text. The first words of detectors' context
 *   terms are cue words too: the scan drops a candidate that needs context when none starts near it.
 *
 * Such a pattern is then tried, sticky, only at the places the index lists (prefilter.matchesOf): two
 * dozen regex passes over every text become one loop and a few exec calls; a RunPlan answers all the
 * digit-run specs in one pass over the runs. Exact as long as each spec holds, which
 * test/property/text-index.test.ts checks against the whole-text regexes. Hand-written:
 * a loop over char codes, no library's job.
 */
import { isAsciiLower } from './chars';

/** The run of digits right after a run and its next character ("45" in "123-45-"), with its own lengths and next characters. */
export interface NextRunSpec {
  readonly min: number;
  readonly max: number;
  readonly next?: string;
}

/**
 * What a pattern's matches start with: a run of `min`..`max` ASCII digits, beginning with one of `first`
 * if given, followed by one of `next` if given, and then by what `then` says: another run of digits
 * ("123-45-", "10.1", "2024-03-") or an ASCII letter ("5th", "5 May").
 */
export interface DigitRunSpec {
  readonly min: number;
  readonly max: number;
  readonly first?: string;
  readonly next?: string;
  readonly then?: NextRunSpec | 'letter';
}

/** Who asked for some cue words (a pattern or a detector's `find`), and the words. */
export interface CueOwner {
  readonly key: object;
  readonly words: readonly string[];
}

/** A cue word and the owners that asked for it. */
interface CueWord {
  readonly word: string;
  readonly owners: readonly object[];
}

/**
 * The cue words of some patterns, by their first three characters, in typed arrays because the lookup
 * runs at every word start of every text and almost always says "none": slot[c1 * 128 + c2] (ASCII
 * codes) is 1 + the number g of the words that open so, or 0; then third[g * 129 + c3] is 1 + the index
 * in `lists` of those words that may go on with c3 (ASCII; 128 for any other character or the end of
 * the text), or 0. Common openings ("pa", "co", "in") share two characters with cue words, but most
 * words that open so are no cue, and each word of a list is tried once whoever asked for it.
 */
export interface CueTable {
  readonly slot: Uint16Array;
  readonly third: Uint32Array;
  readonly lists: ReadonlyArray<readonly CueWord[]>;
}

/** Where third-character lists keep words that may go on with any character outside ASCII, or none. */
const OTHER_THIRD = 128;

/** Tables the cue words of `owners` (lower case, two characters or more, a-z first, ASCII second). */
export function cueTable(owners: readonly CueOwner[]): CueTable {
  const slot = new Uint16Array(128 * 128);
  const groups: Array<Map<string, object[]>> = [];
  for (const owner of owners) {
    for (const word of owner.words) {
      const first = word.charCodeAt(0);
      const second = word.charCodeAt(1);
      // indexText looks words up where a lower-case ASCII letter starts one.
      if (!isAsciiLower(first) || second >= 128) throw new Error(`cue word ${word} must start with a-z and an ASCII character`);
      const at = first * 128 + second;
      if (slot[at] === 0) slot[at] = groups.push(new Map());
      const words = groups[(slot[at] as number) - 1] as Map<string, object[]>;
      const asked = words.get(word);
      if (!asked) words.set(word, [owner.key]);
      else if (!asked.includes(owner.key)) asked.push(owner.key);
    }
  }
  const third = new Uint32Array(groups.length * (OTHER_THIRD + 1));
  const lists: CueWord[][] = [];
  const listOf = (entries: ReadonlyArray<[string, object[]]>): number => lists.push(entries.map(([word, asked]) => ({ word, owners: asked })));
  groups.forEach((words, g) => {
    const entries = [...words];
    // A two-character word goes on with anything: its list serves every third character no longer word
    // has, one list per group rather than a copy per character.
    const twoCharacter = entries.filter(([w]) => w.length === 2);
    const shared = twoCharacter.length > 0 ? listOf(twoCharacter) : 0;
    for (let c3 = 0; c3 < OTHER_THIRD; c3 += 1) {
      const longer = entries.filter(([w]) => w.length > 2 && w.charCodeAt(2) === c3);
      third[g * (OTHER_THIRD + 1) + c3] = longer.length > 0 ? listOf([...twoCharacter, ...longer]) : shared;
    }
    // Past ASCII (or at the end of the text), every word is left to startsWith.
    third[g * (OTHER_THIRD + 1) + OTHER_THIRD] = listOf(entries);
  });
  return { slot, third, lists };
}

export interface TextIndex {
  /** Run i of ASCII digits starts at digitStarts[i] and has digitLengths[i] digits, in text order. */
  readonly digitStarts: readonly number[];
  readonly digitLengths: readonly number[];
  /** runStarts' answers for this text, by spec, filled for a whole RunPlan at once. */
  readonly startsBySpec: Map<DigitRunSpec, readonly number[]>;
  /** Per owner of the cue table, the offsets where one of its cue words starts a word, ascending. */
  readonly cueStarts: ReadonlyMap<object, readonly number[]>;
}

/** Records `at` for the owners of each word of `words` that starts there (once per owner). */
function addCueStarts(cueStarts: Map<object, number[]>, lower: string, words: readonly CueWord[], at: number): void {
  for (const { word, owners } of words) {
    if (!lower.startsWith(word, at)) continue;
    for (const owner of owners) {
      const starts = cueStarts.get(owner);
      if (!starts) cueStarts.set(owner, [at]);
      else if (starts[starts.length - 1] !== at) starts.push(at);
    }
  }
}

/**
 * Indexes `lower` (a text lower-cased, same offsets): its digit runs, and where the cue words of `cues`
 * start a word, that is after no ASCII letter (a digit before is allowed: "2pt"; each caller's regex or
 * check decides on its own what may stand before a cue).
 */
export function indexText(lower: string, cues: CueTable): TextIndex {
  const digitStarts: number[] = [];
  const digitLengths: number[] = [];
  const cueStarts = new Map<object, number[]>();
  const { slot, third, lists } = cues;
  /** The previous character was no ASCII letter: a word may start here. */
  let wordStart = true;
  const n = lower.length;
  // Char codes compared inline, not through detectors/chars: in this loop over every character of every
  // text the calls cost about 15% of the whole scan (measured). A run of digits and the rest of a word
  // are each read in a loop of their own: one test per character rather than the whole chain.
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const run = i;
      do { i += 1; c = lower.charCodeAt(i); } while (c >= 48 && c <= 57);
      digitStarts.push(run);
      digitLengths.push(i - run);
      wordStart = true;
      continue;
    }
    if (c >= 97 && c <= 122) {
      if (wordStart && i + 1 < n) {
        const second = lower.charCodeAt(i + 1);
        const group = second < 128 ? (slot[c * 128 + second] as number) : 0;
        if (group !== 0) {
          const c3 = i + 2 < n ? lower.charCodeAt(i + 2) : OTHER_THIRD;
          const list = third[(group - 1) * (OTHER_THIRD + 1) + (c3 < OTHER_THIRD ? c3 : OTHER_THIRD)] as number;
          if (list !== 0) addCueStarts(cueStarts, lower, lists[list - 1] as readonly CueWord[], i);
        }
      }
      do { i += 1; c = lower.charCodeAt(i); } while (c >= 97 && c <= 122);
      wordStart = false;
      continue;
    }
    // Upper case survives in `lower` only where lower-casing would change the length elsewhere.
    wordStart = !(c >= 65 && c <= 90);
    i += 1;
  }
  return { digitStarts, digitLengths, startsBySpec: new Map(), cueStarts };
}

/** True when one of `starts` (ascending offsets) lies in [from, to). A binary search: it runs per candidate. */
export function anyStartIn(starts: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && (starts[lo] as number) < to;
}

/**
 * The index of the first of `items` whose key (ascending along `items`) is above `at`, or items.length.
 * A binary search, for spans and words in text order: a pasted export has tens of thousands of them.
 */
export function firstAbove<T>(items: readonly T[], at: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid] as T) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the scan's text index tells a detector's `find` about its text. */
export interface FindHints {
  /** Where the words of the detector's findCues start words, ascending. */
  readonly cueStarts: readonly number[];
  /** The text's runs of ASCII digits: run i starts at digitStarts[i] and has digitLengths[i] digits. */
  readonly digitStarts: readonly number[];
  readonly digitLengths: readonly number[];
}

/** The hints in `index` for the `find` of the cue owner `key` (its detector). */
export function hintsFrom(index: TextIndex, key: object): FindHints {
  return { cueStarts: index.cueStarts.get(key) ?? [], digitStarts: index.digitStarts, digitLengths: index.digitLengths };
}

/** The hints for a `find` called on its own, outside a scan, whose cues begin with `words`. */
export function findHints(lower: string, words: readonly string[]): FindHints {
  const key = {};
  return hintsFrom(indexText(lower, cueTable([{ key, words }])), key);
}

/**
 * A set of characters as a test that costs one array read for ASCII (the loop below runs it for every
 * run of digits of every text, and String.prototype.includes costs a call each time). `null`: any.
 */
type CharTest = { readonly ascii: Uint8Array; readonly other: string } | null;

function charTest(chars: string | undefined): CharTest {
  if (chars === undefined) return null;
  const ascii = new Uint8Array(128);
  let other = '';
  for (const c of chars) {
    const code = c.charCodeAt(0);
    if (code < 128) ascii[code] = 1;
    else other += c;
  }
  return { ascii, other };
}

/** True when `test` allows the character at `at` of `text` (there must be one, unless any is allowed). */
function allows(test: CharTest, text: string, at: number): boolean {
  if (test === null) return true;
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c < 128 ? test.ascii[c] === 1 : test.other.includes(text[at] as string);
}

/**
 * A DigitRunSpec compiled: every field present, so the loop below sees one object shape (specs written
 * in detector files differ in which fields they give, and a loop over many shapes runs slower).
 */
interface RunTest {
  readonly min: number;
  readonly max: number;
  readonly first: CharTest;
  readonly next: CharTest;
  /** 0: nothing asked after `next`; 1: an ASCII letter; 2: a run of thenMin..thenMax digits, then one of thenNext. */
  readonly then: 0 | 1 | 2;
  readonly thenMin: number;
  readonly thenMax: number;
  readonly thenNext: CharTest;
}

const runTests = new WeakMap<DigitRunSpec, RunTest>();

function runTest(spec: DigitRunSpec): RunTest {
  let test = runTests.get(spec);
  if (!test) {
    const then = spec.then;
    test = {
      min: spec.min, max: spec.max, first: charTest(spec.first), next: charTest(spec.next),
      then: then === undefined ? 0 : then === 'letter' ? 1 : 2,
      thenMin: typeof then === 'object' ? then.min : 0,
      thenMax: typeof then === 'object' ? then.max : 0,
      thenNext: typeof then === 'object' ? charTest(then.next) : null,
    };
    runTests.set(spec, test);
  }
  return test;
}

/** True when run `i` of `index` passes `t`, the compiled spec. */
function runPasses(text: string, starts: readonly number[], lengths: readonly number[], i: number, t: RunTest): boolean {
  const n = lengths[i] as number;
  if (n < t.min || n > t.max) return false;
  const start = starts[i] as number;
  if (!allows(t.next, text, start + n) || !allows(t.first, text, start)) return false;
  // What follows the next character: a letter, or the next run right there.
  const afterNext = start + n + 1;
  if (t.then === 1) {
    const c = text.charCodeAt(afterNext) | 32;
    return c >= 97 && c <= 122;
  }
  if (t.then === 2) {
    if (starts[i + 1] !== afterNext) return false;
    const m = lengths[i + 1] as number;
    return m >= t.thenMin && m <= t.thenMax && allows(t.thenNext, text, afterNext + m);
  }
  return true;
}

/**
 * The digit-run specs of a scan's patterns, answered together in one pass over a text's runs: a
 * table says, for a run's length and the character after it, which specs may accept it (a bit per
 * spec), and only those are tested in full. Most runs (times, versions, counts) fit none, and a pass
 * per spec cost more than the patterns it spared.
 */
export interface RunPlan {
  readonly specs: readonly DigitRunSpec[];
  readonly tests: readonly RunTest[];
  /** 32-bit words per table cell: bit k of word w is spec 32 * w + k. */
  readonly words: number;
  /** admits[(lengthClass * NEXT_CLASSES + nextClass) * words + w]; see lengthClass and nextClass. */
  readonly admits: Uint32Array;
}

/** Lengths 0..31 have a class each; 32 stands for 32 digits or more. */
const LENGTH_CLASSES = 33;
/** ASCII codes 0..127, then 128 for any other character and 129 for the end of the text. */
const NEXT_CLASSES = 130;
const lengthClass = (n: number): number => (n < LENGTH_CLASSES - 1 ? n : LENGTH_CLASSES - 1);
const nextClass = (code: number): number => (code < 0 ? 129 : code < 128 ? code : 128);

/** True when a run of length class `length` before a character of class `next` may pass `t`. */
function mayPass(t: RunTest, length: number, next: number): boolean {
  const lengthFits = length === LENGTH_CLASSES - 1 ? t.max >= length : length >= t.min && length <= t.max;
  if (!lengthFits || t.next === null) return lengthFits;
  return next < 128 ? t.next.ascii[next] === 1 : next === 128 && t.next.other !== '';
}

export function runPlan(specs: readonly DigitRunSpec[]): RunPlan {
  const unique = [...new Set(specs)];
  const tests = unique.map(runTest);
  const words = Math.max(1, Math.ceil(unique.length / 32));
  const admits = new Uint32Array(LENGTH_CLASSES * NEXT_CLASSES * words);
  tests.forEach((t, k) => {
    for (let length = 0; length < LENGTH_CLASSES; length += 1) {
      for (let next = 0; next < NEXT_CLASSES; next += 1) {
        if (mayPass(t, length, next)) admits[(length * NEXT_CLASSES + next) * words + (k >>> 5)] |= 1 << (k & 31);
      }
    }
  });
  return { specs: unique, tests, words, admits };
}

const singlePlans = new WeakMap<DigitRunSpec, RunPlan>();

function singlePlan(spec: DigitRunSpec): RunPlan {
  let plan = singlePlans.get(spec);
  if (!plan) {
    plan = runPlan([spec]);
    singlePlans.set(spec, plan);
  }
  return plan;
}

/** Fills `index.startsBySpec` for every spec of `plan`. */
function answerPlan(text: string, index: TextIndex, plan: RunPlan): void {
  const { digitStarts: starts, digitLengths: lengths } = index;
  const { tests, words, admits } = plan;
  const outs: number[][] = tests.map(() => []);
  for (let i = 0; i < starts.length; i += 1) {
    const n = lengths[i] as number;
    const after = (starts[i] as number) + n;
    const cell = (lengthClass(n) * NEXT_CLASSES + nextClass(after < text.length ? text.charCodeAt(after) : -1)) * words;
    for (let w = 0; w < words; w += 1) {
      // Each set bit, lowest first: a spec that may accept this run.
      for (let mask = admits[cell + w] as number; mask !== 0; mask &= mask - 1) {
        const k = w * 32 + 31 - Math.clz32(mask & -mask);
        if (runPasses(text, starts, lengths, i, tests[k] as RunTest)) (outs[k] as number[]).push(starts[i] as number);
      }
    }
  }
  plan.specs.forEach((spec, k) => index.startsBySpec.set(spec, outs[k] as number[]));
}

/**
 * Start offsets of the digit runs of `index` (of `text`, not lower-cased) that `spec` accepts, ascending.
 * The first call for a text answers every spec of `plan` (the scan's; a spec outside it is answered alone).
 */
export function runStarts(text: string, index: TextIndex, spec: DigitRunSpec, plan?: RunPlan): readonly number[] {
  const known = index.startsBySpec.get(spec);
  if (known) return known;
  answerPlan(text, index, plan?.specs.includes(spec) ? plan : singlePlan(spec));
  return index.startsBySpec.get(spec) ?? [];
}
