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
import { isAsciiLower, isAsciiUpper } from './chars';

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
// The first character and the rest of the word are two regexes run with test(): exec would build a match
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
  if (c < 128) return isAsciiUpper(c) || isAsciiLower(c) || (c >= 48 && c <= 57) || '_@./\\#$%&=+'.includes(text[at - 1] as string);
  return LETTER.test(text[at - 1] as string);
}

function gluedAfter(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || c === 95 || c === 64 || c === 47 || c === 92 || c === 61;
}

export function shapeOf(w: string): Shape | undefined {
  const first = w.charCodeAt(0);
  if (first >= 128 ? !UPPER.test(w[0] as string) : !isAsciiUpper(first)) return undefined;
  if (w.length === 1) return 'initial';
  let uppers = 1;
  let lowers = 0;
  for (let i = 1; i < w.length; i += 1) {
    const c = w.charCodeAt(i);
    if (c < 128) {
      if (isAsciiUpper(c)) uppers += 1;
      else if (isAsciiLower(c)) lowers += 1;
    } else if (UPPER.test(w[i] as string)) uppers += 1;
    else if (LOWER.test(w[i] as string)) lowers += 1;
  }
  if (lowers === 0) return 'upper';
  // McDonald, DeShawn, O'Brien, Jean-Luc: at most one more capital, a lower-case second letter unless
  // an apostrophe follows the first (O'Brien).
  const second = w[1] as string;
  return uppers <= 2 && (second === "'" || second === '’' || LOWER.test(second)) ? 'title' : 'mixed';
}

/**
 * The capitalised words of `text`, each with `kindOf(lower)`: the NAME finder asks several questions of
 * most words, and one lookup per word answers them all.
 */
export function capitalisedWords(text: string, kindOf: (lower: string) => number): readonly Word[] {
  const out: Word[] = [];
  CAPITAL.lastIndex = 0;
  while (CAPITAL.test(text)) {
    const start = CAPITAL.lastIndex - 1;
    REST_OF_WORD.lastIndex = start + 1;
    REST_OF_WORD.test(text);
    let end = REST_OF_WORD.lastIndex;
    CAPITAL.lastIndex = end;
    if (gluedBefore(text, start) || gluedAfter(text, end)) continue;
    // Possessive: "Smith's" is the name Smith.
    const last = text.charCodeAt(end - 2);
    if (end - start > 2 && text.charCodeAt(end - 1) === 115 && (last === 39 || last === 0x2019)) end -= 2;
    const w = text.slice(start, end);
    const shape = shapeOf(w);
    if (shape) {
      const lower = w.toLowerCase();
      out.push({ start, end, lower, shape, kind: kindOf(lower) });
    }
  }
  return out;
}

/** True when only one to three spaces or tabs separate two positions (a name never spans a line break). */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i += 1) if (text[i] !== ' ' && text[i] !== '\t') return false;
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
 * word starts. Reads at most 40 characters back, so it costs the same whatever the text. With
 * `nearestIn`, no phrases unless the nearest word is in it: most words follow no cue, and the longer
 * phrases cost slices and concatenations.
 */
const isCueLetter = (c: number): boolean => isAsciiUpper(c) || isAsciiLower(c) || c === 39 || c === 0x2019;
// Spaces, tabs, line breaks and the punctuation that may sit between a cue and a name: `:#?,.-"`
// ("Name: X", "pt. X", JSON's "patient": "X").
const isCueGap = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 58 || c === 35
  || c === 63 || c === 44 || c === 46 || c === 45 || c === 34;

export function wordsBefore(text: string, at: number, nearestIn?: ReadonlySet<string>): { phrases: string[]; punct: string; nearestStart: number } {
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
    const word = text.slice(i + 1, end).toLowerCase();
    if (n === 0 && nearestIn && !nearestIn.has(word)) return { phrases: [], punct, nearestStart };
    phrase = phrase ? `${word} ${phrase}` : word;
    phrases.push(phrase);
    if (text[i] !== ' ') break;
    i -= 1;
  }
  return { phrases, punct, nearestStart };
}
