/**
 * The context stage (style §2.4, after Presidio's context enhancer): detectors only list their words;
 * this module owns the window, the boost and the floor.
 *
 * Words are matched on word boundaries in lower case, so "lic" never matches inside "public" and
 * "ssn" never inside "lessness". Phrases match across any run of spaces, dashes or dots between words.
 */
import type { ContextWindow, Detector } from '../detectors/detector';
import { isAsciiDigit, isAsciiLetter, isAsciiLower } from '../detectors/chars';
import { escapeRegExp } from '../detectors/prefilter';
import { anyStartIn } from '../detectors/text-index';

/** Characters searched before and after a candidate when the detector does not say. */
export const DEFAULT_WINDOW = { before: 48, after: 24 } as const;
/** Added when a context word is near; the result is at least CONTEXT_FLOOR. */
export const CONTEXT_BOOST = 0.35;
export const CONTEXT_FLOOR = 0.6;
/** Subtracted when a negative context word is near (a build number, a version, an invoice). */
export const NEGATIVE_CONTEXT_PENALTY = 0.45;
/** Characters just before a candidate searched for negative context. */
export const NEGATIVE_WINDOW = 24;

const escapeTerm = (term: string): string => escapeRegExp(term.trim().toLowerCase()).replace(/\s+/g, '[\\s._-]*');

/** One alternation regex for a list of terms, bounded by non-letter/digit characters. */
export function termRegex(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const body = terms.map(escapeTerm).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');
}

interface CompiledContext {
  readonly positive?: RegExp;
  readonly negative?: RegExp;
  readonly before: number;
  readonly after: number;
}

const compiled = new WeakMap<Detector, CompiledContext>();

export function compiledContext(detector: Detector): CompiledContext {
  let c = compiled.get(detector);
  if (!c) {
    c = {
      positive: termRegex(detector.context ?? []),
      negative: termRegex(detector.negativeContext ?? []),
      before: detector.contextWindow?.before ?? DEFAULT_WINDOW.before,
      after: detector.contextWindow?.after ?? DEFAULT_WINDOW.after,
    };
    compiled.set(detector, c);
  }
  return c;
}

/**
 * The words every context term of `detector` begins with (a term's first word), for the scan's text
 * index: a candidate that needs context and has none of them starting within its window reach cannot
 * pass, so it is dropped before any window is cut (most such candidates have no context). Undefined
 * when some term does not begin as a cue word must (two characters or more, a-z first, ASCII second):
 * such a detector is not gated.
 */
export function contextCueWords(detector: Detector): readonly string[] | undefined {
  const words = (detector.context ?? []).map((term) => term.trim().toLowerCase().split(/\s+/)[0] ?? '');
  const fit = words.length > 0 && words.every((w) => w.length >= 2 && isAsciiLower(w.charCodeAt(0)) && w.charCodeAt(1) < 128);
  return fit ? [...new Set(words)] : undefined;
}

/**
 * Whether a context word may be in the windows of the candidate [start, end) of `lower`, which reach
 * `before` characters before it and `after` after it, given `cueStarts`: where the first words of the
 * detector's terms start words (contextCueWords; ascending, from the scan's text index). Every term in
 * a window starts at one of them, with one exception: the window after a candidate reads a term right
 * at its end as starting a word, while the index, seeing the candidate's last letter before it, does
 * not list it. A candidate that ends in an ASCII letter is therefore always searched.
 */
export function contextMayBeNear(lower: string, start: number, end: number, before: number, after: number, cueStarts: readonly number[]): boolean {
  return isAsciiLetter(lower.charCodeAt(end - 1)) || anyStartIn(cueStarts, start - before, end + after);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character at `i` is a letter or digit of any script (ASCII answered without the regex). */
function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c);
  return LETTER_OR_DIGIT.test(text[i] as string);
}

/** The lower-cased text around [start, end), plus any outside context (an ADF table's column header). */
export function windowAround(
  lowerText: string, start: number, end: number, before: number, after: number, outside = '',
): ContextWindow {
  // A window edge that falls inside a word leaves that word out: its tail or head is no context word
  // ("ship" cut to "ip" is not the IP cue, "pharmacy" cut to "ph" not the phone cue).
  let from = Math.max(0, start - before);
  while (from > 0 && from < start && wordChar(lowerText, from - 1) && wordChar(lowerText, from)) from += 1;
  let to = Math.min(lowerText.length, end + after);
  while (to < lowerText.length && to > end && wordChar(lowerText, to) && wordChar(lowerText, to - 1)) to -= 1;
  const b = lowerText.slice(from, start);
  // One object shape whether or not there is outside context (a spread would build a second object).
  return {
    before: outside ? `${outside}\n${b}` : b,
    after: lowerText.slice(end, to),
    outside: outside || undefined,
  };
}

/** The first context word near the candidate: the leftmost in the window before it, else in the one after. */
export function positiveContext(detector: Detector, window: ContextWindow): string | undefined {
  const re = compiledContext(detector).positive;
  // Before and after are searched apart: a term cannot span the candidate between them.
  return re ? (re.exec(window.before) ?? re.exec(window.after))?.[0] : undefined;
}

/**
 * A negative word just before the candidate. Negative words count only there ("Invoice 720318845",
 * "build 4417823"): a word after it usually belongs to the next phrase. Outside context (a "Due date"
 * column header) counts whole, however much outside context comes with it.
 */
export function negativeContext(detector: Detector, window: ContextWindow): string | undefined {
  const re = compiledContext(detector).negative;
  if (!re) return undefined;
  return (re.exec(window.before.slice(-NEGATIVE_WINDOW)) ?? (window.outside ? re.exec(window.outside) : null))?.[0];
}

/**
 * Whether a positive context word stands between the negative word just before the candidate and the
 * candidate, or after the candidate. One that stands only before the negative word belongs to an
 * earlier value: in "laptop IP 203.0.113.45 logged in; build 1.2.3.4" the "IP" is the first address's,
 * and "build" makes the second a version.
 */
export function positiveAfterNegative(detector: Detector, window: ContextWindow): boolean {
  const { positive, negative } = compiledContext(detector);
  if (!positive || !negative) return true;
  const near = window.before.slice(-NEGATIVE_WINDOW);
  const m = negative.exec(near);
  if (!m) return true; // the negative word came from outside context: it does not order the words
  const after = window.before.length - near.length + m.index + m[0].length;
  return positive.test(window.before.slice(after)) || positive.test(window.after);
}
