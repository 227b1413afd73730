/**
 * What our own redaction tokens look like, so a scan never reports them again (redaction is
 * idempotent): `[SSN]`, `[REDACTED]`, `[NAME-7F3A]`, and last-four masks such as `***-**-6789`.
 */
import { matchesOf, occurrences } from '../detectors/prefilter';
import { FINDING_TYPES } from '../finding-types';

export const MASK_TOKEN = '[REDACTED]';

const MASK_TAIL = '(?:(?=[A-Za-z]{0,3}[0-9])[0-9A-Za-z]{1,4})?(?![0-9A-Za-z]|[-./)]?\\s?[0-9])';

export const REDACTION_TOKEN = new RegExp(
  `\\[(?:${FINDING_TYPES.join('|')})(?:-[0-9A-F]{4})?\\]|\\[REDACTED\\]`
  // A mask has three stars or more, or two with no space ("**3456"); its kept tail holds a digit and ends
  // the value: "**John Smith**" and "**SSN:** 412-58-7391" are Markdown bold, not masks.
  + `|\\*(?:[-. /()]*\\*){2,}[-. /()]*${MASK_TAIL}|\\*(?:[-./()]*\\*)+[-./()]*${MASK_TAIL}`,
  'g',
);

/** Spans of redaction tokens in `text`, in order, as an exec loop of REDACTION_TOKEN finds them. */
export function redactionTokenSpans(text: string): Array<[number, number]> {
  // Every token starts with a '[' or a '*', and most texts hold few of them: the pattern is tried
  // (sticky) only there.
  return matchesOf(REDACTION_TOKEN, text, occurrences(text, ['[', '*'])).map((m): [number, number] => [m.index, m.index + m[0].length]);
}


/**
 * `text` with the characters of `spans` (its redaction tokens) turned into spaces, same length: a token
 * is no context for what stands near it. "[CREDIT_CARD]" holds the word "card", and a redaction pass
 * after the first would otherwise find, beside the tokens, numbers no scan of the original reported.
 */
export function blankTokens(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    parts.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * True when [start, end) shares a character with one of `spans` (redactionTokenSpans' answer: in text
 * order, none overlapping). A binary search: a redacted export holds tens of thousands of tokens, and
 * a test of every token per candidate made a rescan quadratic.
 */
export function overlapsToken(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as readonly [number, number])[1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && (spans[lo] as readonly [number, number])[0] < end;
}
