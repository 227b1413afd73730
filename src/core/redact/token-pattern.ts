/**
 * What our own redaction tokens look like, so a scan never reports them again (redaction is
 * idempotent): `[SSN]`, `[REDACTED]`, `[NAME-7F3A]`, and last-four masks such as `***-**-6789`.
 */
import { matchesOf, occurrences } from '../detectors/prefilter';
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
  // (sticky) only there.
  return matchesOf(REDACTION_TOKEN, text, occurrences(text, ['[', '*'])).map((m): [number, number] => [m.index, m.index + m[0].length]);
}
