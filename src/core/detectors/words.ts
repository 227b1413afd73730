/**
 * Word helpers for the NAME finder: capitalised words of the normalised text in one pass, the cue
 * words before a position, and line and spacing checks.
 *
 * Speed matters (the engine must scan >= 20 MB/s on one core): a regex whose first character is a
 * Unicode property (\p{Lu}) is tested at every position and runs at a few MB/s in V8, while an explicit
 * first-character class runs an order of magnitude faster. So the pass looks only for words that start
 * with a capital of the Latin, Greek or Cyrillic blocks; lower-case words are never part of a cue-less
 * name, and the NAME finder reads cue words straight from the text.
 * Words glued to letters, digits, underscores, slashes or dots ("iPhone", "QX7", "sync_Worker",
 * "example.Org") are skipped: names never look like that.
 */
import { isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper } from './chars';

export type Shape = 'title' | 'upper' | 'initial' | 'mixed';

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly shape: Shape;
  /** What the caller's word lists say of `lower` (see capitalisedWords). */
  readonly kind: number;
}

// Latin-1 capitals, Latin Extended-A/B (mixed case; lower-case hits are dropped by shape), Greek, Cyrillic.
// The first character and the rest of the word are found with test(), not exec: exec would build a match
// array and a string per word, and the string is wanted only after the glued checks (see capitalisedWords).
const CAPITAL = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F]/g;
const REST_OF_WORD = /[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+){0,3}/uy;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;


/** True when the character before a word joins it to something that is not a name. */
function gluedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  // Letters, digits and _ @ . / \ # $ % & + (char codes: a string per word start costs more). An _ that
  // opens emphasis ("_Laura Palmer_"), an = of a key ("patient=Maria Gonzalez") and the letter of an
  // escaped line break or tab in JSON text ("...\nDOB") are none.
  if (c === 95) return at >= 2 && isWordChar(text.charCodeAt(at - 2));
  if ((c === 110 || c === 116 || c === 114) && at >= 2 && text.charCodeAt(at - 2) === 92) return false;
  if (c < 128) {
    return isAsciiLetter(c) || isAsciiDigit(c) || c === 64 || c === 46 || c === 47 || c === 92
      || (c >= 35 && c <= 38) || c === 43;
  }
  return LETTER.test(text[at - 1] as string);
}

function gluedAfter(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c === 95) return isWordChar(text.charCodeAt(at + 1));
  if (c === 92) return !ESCAPED_AFTER_BACKSLASH.has(text.charCodeAt(at + 1));
  return (c >= 48 && c <= 57) || c === 64 || c === 47 || c === 61;
}

/** n t r " u: what follows a backslash in JSON text's escapes ("Gonzalez\nDOB"), which ends the word before. */
const ESCAPED_AFTER_BACKSLASH: ReadonlySet<number> = new Set([110, 116, 114, 34, 117]);

/** An ASCII letter or digit, or an _ (the characters of an identifier). */
const isWordChar = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c) || c === 95;

/**
 * The shape of a capitalised word from its length and letter counts (the first letter is a capital);
 * `joins` counts its apostrophes and hyphens.
 */
function shapeOf(length: number, uppers: number, lowers: number, secondLower: boolean, joins = 0): Shape {
  if (length === 1) return 'initial';
  if (lowers === 0) return 'upper';
  // McDonald, DeShawn, O'Brien, Jean-Luc, O'Brien-Smith: at most one more capital than parts, a
  // lower-case second letter unless an apostrophe follows the first (O'Brien).
  return uppers <= joins + 2 && secondLower ? 'title' : 'mixed';
}

/** The shape of the word text[start, end), or undefined when it does not start with a capital. */
function shapeAt(text: string, start: number, end: number): Shape | undefined {
  const first = text.charCodeAt(start);
  if (first >= 128 ? !UPPER.test(text[start] as string) : !isAsciiUpper(first)) return undefined;
  let uppers = 1;
  let lowers = 0;
  let joins = 0;
  for (let i = start + 1; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isAsciiUpper(c)) uppers += 1;
      else if (isAsciiLower(c)) lowers += 1;
      else if (c === 39 || c === 45) joins += 1;
    } else if (c === 0x2019) joins += 1;
    else if (UPPER.test(text[i] as string)) uppers += 1;
    else if (LOWER.test(text[i] as string)) lowers += 1;
  }
  const second = text[start + 1] ?? '';
  return shapeOf(end - start, uppers, lowers, second === "'" || second === '’' || LOWER.test(second), joins);
}

/**
 * The capitalised words of `text`, each with `kindOf(lower)`: the NAME finder asks several questions of
 * most words, and one lookup per word answers them all. `lower` is the text lower-cased with the same
 * offsets (prefilter's lowerSameLength): an ASCII word's lower case is a slice of it.
 */
export function capitalisedWords(text: string, lower: string, kindOf: (lower: string) => number): readonly Word[] {
  const out: Word[] = [];
  CAPITAL.lastIndex = 0;
  while (CAPITAL.test(text)) {
    const start = CAPITAL.lastIndex - 1;
    // Most words are ASCII letters: a char-code loop reads them and counts their capitals for the shape.
    // REST_OF_WORD (Unicode classes) reads the word only when it may go on past them: a non-ASCII
    // letter or mark, an apostrophe or a hyphen next, or a non-ASCII capital first.
    let end = start + 1;
    let uppers = 1;
    for (let c = text.charCodeAt(end); isAsciiLetter(c); c = text.charCodeAt(end)) {
      if (isAsciiUpper(c)) uppers += 1;
      end += 1;
    }
    const next = text.charCodeAt(end);
    const ascii = text.charCodeAt(start) < 128 && !(next >= 128 || next === 39 || next === 45);
    if (!ascii) {
      REST_OF_WORD.lastIndex = start + 1;
      REST_OF_WORD.test(text);
      end = REST_OF_WORD.lastIndex;
    }
    CAPITAL.lastIndex = end;
    if (gluedBefore(text, start) || gluedAfter(text, end)) continue;
    // Possessive: "Smith's" is the name Smith (never an ASCII word: it stops at the apostrophe).
    const last = text.charCodeAt(end - 2);
    if (end - start > 2 && text.charCodeAt(end - 1) === 115 && (last === 39 || last === 0x2019)) end -= 2;
    const shape = ascii ? shapeOf(end - start, uppers, end - start - uppers, isAsciiLower(text.charCodeAt(start + 1)))
      : shapeAt(text, start, end);
    if (shape) {
      const w = ascii ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
      out.push({ start, end, lower: w, shape, kind: kindOf(w) });
    }
  }
  return out;
}

/**
 * True when one or two spaces separate two positions. A name never spans a line break, a tab or a wider
 * gap: those separate the columns of an export ("Maria Gonzalez\tJordan Pike", "Open   Jordan Pike").
 */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** True when the span [start, end) is alone on its line, apart from quote marks, bullets and spaces. */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && text[i] !== '\n'; i -= 1) {
    // Quote marks and bullets, not "#": a Markdown heading is not a signature.
    if (!/[\s>?*•|-]/.test(text[i] as string) || start - i > 8) return false;
  }
  for (let i = end; i < text.length && text[i] !== '\n'; i += 1) {
    if (!/[\s.,;:]/.test(text[i] as string) || i - end > 4) return false;
  }
  return true;
}

/**
 * Up to three lower-cased words just before `at`, nearest first, the punctuation between `at` and the
 * nearest word ("Patient name:  " gives ['name', 'patient name', ...] and ':'), and where the nearest
 * word starts. `lower` is the text lower-cased, same offsets. Reads at most 40 characters back, so it
 * costs the same whatever the text. With `nearestIn`, no phrases unless the nearest word is in it: most
 * words follow no cue, and the longer phrases cost slices and concatenations.
 */
const isCueLetter = (c: number): boolean => isAsciiUpper(c) || isAsciiLower(c) || c === 39 || c === 0x2019;
// Spaces, tabs, line breaks and the punctuation that may sit between a cue and a name: `:#?,.-"`, wiki and
// Markdown emphasis `*_`, and `=` ("Name: X", "pt. X", JSON's "patient": "X", "Patient: *X*", "first_name=X").
const isCueGap = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 58 || c === 35
  || c === 63 || c === 44 || c === 46 || c === 45 || c === 34 || c === 42 || c === 95 || c === 61;

export function wordsBefore(text: string, lower: string, at: number, nearestIn?: ReadonlySet<string>): { phrases: string[]; punct: string; nearestStart: number } {
  let i = at - 1;
  const stop = Math.max(0, at - 40);
  let punct = '';
  while (i >= stop && isCueGap(text.charCodeAt(i))) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) punct = (text[i] as string) + punct;
    i -= 1;
  }
  const phrases: string[] = [];
  let phrase = '';
  let nearestStart = -1;
  for (let n = 0; n < 3 && i >= stop; n += 1) {
    const end = i + 1;
    while (i >= stop && isCueLetter(text.charCodeAt(i))) i -= 1;
    if (i + 1 === end) break;
    if (n === 0) nearestStart = i + 1;
    // Cue letters are ASCII letters and apostrophes: `lower` holds their lower case at the same offsets.
    const word = lower.slice(i + 1, end);
    if (n === 0 && nearestIn && !nearestIn.has(word)) return { phrases: [], punct, nearestStart };
    phrase = phrase ? `${word} ${phrase}` : word;
    phrases.push(phrase);
    // Words of a phrase stand apart by a space, or by an _ in a field name ("last_name").
    if (text[i] !== ' ' && text[i] !== '_') break;
    i -= 1;
  }
  return { phrases, punct, nearestStart };
}
