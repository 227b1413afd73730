/**
 * Normalisation before matching, with a way back (style §2.6).
 *
 * People paste PHI through PDFs, IMEs and chat apps, so the same SSN arrives with fullwidth digits,
 * Unicode dashes, non-breaking spaces, zero-width joiners or soft hyphens inside it. Detectors only ever
 * see the folded text; every finding is mapped back so that `original.slice(start, end)` is exactly the
 * characters the user typed.
 *
 * Folding, per code point:
 * - zero-width and format characters (U+200B..U+200D, U+2060, U+FEFF, U+00AD soft hyphen) are removed;
 * - every Unicode dash (U+2010..U+2015, U+2212, U+FE58, U+FE63, U+FF0D) becomes `-`;
 * - every Unicode space separator (U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000) becomes ` `;
 * - decimal digits of any script (`\p{Nd}`) become ASCII digits;
 * - everything else goes through NFKC (fullwidth letters and punctuation, ligatures).
 *
 * Hand-written because no library returns an offset map for NFKC.
 */

export interface NormalisedText {
  /** The folded text detectors match against. */
  readonly text: string;
  /** Original offset of the folded character at `i` (or of the end, for i === text.length). */
  toOriginalStart(i: number): number;
  /** Original offset just past the folded character at `i - 1` (exclusive end). */
  toOriginalEnd(i: number): number;
}

const REMOVED = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const DIGIT = /\p{Nd}/u;
const NEEDS_FOLDING = /[^\x00-\x7F]/;

/** Code points of the zero of each script's decimal digit block that text realistically carries. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0xff10,
  0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
];

function asciiDigit(codePoint: number): string | undefined {
  for (const zero of DIGIT_ZEROS) {
    if (codePoint >= zero && codePoint <= zero + 9) return String(codePoint - zero);
  }
  return undefined;
}

function foldCodePoint(ch: string): string {
  if (REMOVED.test(ch)) return '';
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  if (DIGIT.test(ch)) return asciiDigit(ch.codePointAt(0) ?? 0) ?? ch;
  return ch.normalize('NFKC');
}

/** Offsets of a text that needed no folding (module level: under tsx a closure per call costs a defineProperty). */
const sameOffset = (i: number): number => i;

const identityMap = (text: string): NormalisedText => ({
  text,
  toOriginalStart: sameOffset,
  toOriginalEnd: sameOffset,
});

export function normalise(original: string): NormalisedText {
  if (!NEEDS_FOLDING.test(original)) return identityMap(original);

  const out: string[] = [];
  // starts[k] / ends[k]: original span of folded UTF-16 unit k.
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      out.push(original[i] as string);
      starts.push(i);
      ends.push(i + 1);
      i += 1;
      continue;
    }
    const cp = original.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + width));
    for (let k = 0; k < folded.length; k += 1) {
      out.push(folded[k] as string);
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  const text = out.join('');
  const length = original.length;
  return {
    text,
    toOriginalStart: (k) => (k >= starts.length ? length : (starts[k] as number)),
    toOriginalEnd: (k) => (k <= 0 ? 0 : (ends[k - 1] as number)),
  };
}
