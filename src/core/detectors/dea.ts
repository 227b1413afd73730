/**
 * DEA registration number (Safe Harbor K). Two letters and seven digits: the first letter is the
 * registrant type (A B F G practitioners, M mid-level, P R U X distributors and others; DEA Diversion
 * Control, https://www.deadiversion.usdoj.gov/), the second the registrant's surname initial or "9" for a
 * business name, and the seventh digit is the check digit (d1+d3+d5) + 2*(d2+d4+d6) mod 10.
 * Printed upper case; a lower- or mixed-case value is reported only next to a DEA cue, since a word
 * and a number glued together ("ab1234563") is more often a code of some other system.
 */
import { deaCheckDigitValid } from '../checksums/dea-check-digit';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

const REGISTRANT_TYPES = 'ABCDEFGHJKLMPRSTUX';
/**
 * Two-letter prefixes of the record numbers of service-desk and agile tools, zero-padded to seven digits
 * ("KB0010001" ServiceNow knowledge, "CS0010099" case, "US0010102" Rally story, "DE0010087" defect):
 * one in ten passes the DEA check digit, so with these letters only a DEA or prescriber cue ("Dr.", "Rx") makes one.
 */
const RECORD_PREFIXES = 'KB|CS|CR|PR|PO|DE|US|TA|TC|SC';

export function deaValidity(value: string): Validation {
  const v = value.toUpperCase();
  if (!REGISTRANT_TYPES.includes(v[0] ?? '')) return 'invalid';
  return deaCheckDigitValid(v) ? 'valid' : 'invalid';
}

export const dea = defineDetector({
  id: 'dea',
  type: 'DEA',
  requires: HAS_DIGIT,
  description: 'DEA registration number: registrant-type letter, surname initial or 9, 7 digits with check digit',
  patterns: [
    { name: 'dea-upper-case (medium)', regex: new RegExp(`(?<![A-Za-z0-9])(?!${RECORD_PREFIXES})[ABCDEFGHJKLMPRSTUX][A-Z9]\\d{7}(?![A-Za-z0-9])`, 'g'), score: 0.4 },
    {
      name: 'dea-with-record-prefix (weak)',
      regex: new RegExp(`(?<![A-Za-z0-9])(?:${RECORD_PREFIXES})\\d{7}(?![A-Za-z0-9])`, 'g'),
      score: 0.4,
      needsContext: true,
    },
    {
      name: 'dea-lower-or-mixed-case (weak)',
      regex: /(?<![A-Za-z0-9])(?:[abcdefghjklmprstux][A-Za-z9]|[ABCDEFGHJKLMPRSTUX][a-z])\d{7}(?![A-Za-z0-9])/g,
      score: 0.2,
      needsContext: true,
    },
  ],
  context: ['dea', 'dea#', 'dea no', 'dea number', 'dea registration', 'dea reg', 'prescriber', 'controlled substance', 'registrant',
    'dr', 'doctor', 'physician', 'md', 'np', 'rx', 'prescription', 'script', 'signed'],
  negativeContext: ['invoice', 'order', 'tracking', 'sku', 'part', 'ticket', 'build', 'serial'],
  validate: deaValidity,
  examples: {
    match: ['DEA BM4819201', 'prescriber AR7305166 signed', 'dea# fk2108430', 'M96031176', 'DEA number KB0010001', 'Dr. Carol Smith CS1234563 signed the script.'],
    ignore: ['DEA BM4819202', 'IM4819201', 'order AR7305166', 'fk2108430', 'XBM4819201', 'see KB0010001 and KB0010013'],
  },
});
