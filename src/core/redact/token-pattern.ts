/**
 * What our own redaction tokens look like, so a scan never reports them again (redaction is
 * idempotent): `[SSN]`, `[REDACTED]`, `[NAME-7F3A]`, and last-four masks such as `***-**-6789`.
 */
import { matchesOf } from '../detectors/prefilter';
import { FINDING_TYPES } from '../finding-types';

export const MASK_TOKEN = '[REDACTED]';

export const REDACTION_TOKEN = new RegExp(
  `\\[(?:${FINDING_TYPES.join('|')})(?:-[0-9A-F]{4})?\\]|\\[REDACTED\\]`
  + '|\\*+(?:[-. /()]*\\*+)+[-. /()]*[0-9A-Za-z]{0,4}(?![0-9A-Za-z])',
  'g',
);

/** Spans of redaction tokens in `text`, in order, as an exec loop of REDACTION_TOKEN finds them. */
export function redactionTokenSpans(text: string): Array<[number, number]> {
  // Every token starts with a '[' or a '*', and most texts hold few of them: the pattern is tried
  // (sticky) only there, the places listed in order as two indexOf loops find them.
  const starts: number[] = [];
  let open = text.indexOf('[');
  let star = text.indexOf('*');
  while (open >= 0 || star >= 0) {
    if (star < 0 || (open >= 0 && open < star)) {
      starts.push(open);
      open = text.indexOf('[', open + 1);
    } else {
      starts.push(star);
      star = text.indexOf('*', star + 1);
    }
  }
  return matchesOf(REDACTION_TOKEN, text, starts).map((m): [number, number] => [m.index, m.index + m[0].length]);
}
