/**
 * What our own redaction tokens look like, so a scan never reports them again (redaction is
 * idempotent): `[SSN]`, `[REDACTED]`, `[NAME-7F3A]`, and last-four masks such as `***-**-6789`.
 */
import { FINDING_TYPES } from '../finding-types';

export const MASK_TOKEN = '[REDACTED]';

export const REDACTION_TOKEN = new RegExp(
  `\\[(?:${FINDING_TYPES.join('|')})(?:-[0-9A-F]{4})?\\]|\\[REDACTED\\]`
  + '|\\*+(?:[-. /()]*\\*+)+[-. /()]*[0-9A-Za-z]{0,4}(?![0-9A-Za-z])',
  'g',
);
