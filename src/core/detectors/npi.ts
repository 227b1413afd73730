/**
 * National Provider Identifier (Safe Harbor K). Ten digits, the first 1 (individual) or 2 (organisation),
 * the last a Luhn check digit over "80840" + the first nine (CMS,
 * https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand/Downloads/NPIcheckdigit.pdf).
 * One ten-digit number in ten passes the check, and phone numbers, epoch seconds and order ids are ten
 * digits too, so a bare run is reported only next to a provider cue. The rarely seen 4-3-3 grouping is
 * medium evidence on its own. A body of one repeated digit is a placeholder, not an NPI.
 */
import { npiLuhnValid } from '../checksums/npi-luhn';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

export function npiValidity(value: string): Validation {
  const digits = value.replace(/[ -]/g, '');
  if (!/^[12]\d{9}$/.test(digits)) return 'invalid';
  if (/^(\d)\1{8}$/.test(digits.slice(0, 9))) return 'invalid';
  // "1234-567 890" is not how anyone writes an identifier.
  const seps = value.replace(/\d/g, '');
  if (seps.length === 2 && seps[0] !== seps[1]) return 'invalid';
  return npiLuhnValid(digits) ? 'valid' : 'invalid';
}

export const npi = defineDetector({
  id: 'npi',
  type: 'NPI',
  requires: HAS_DIGIT,
  description: 'US National Provider Identifier: 10 digits starting 1 or 2, Luhn over "80840" + NPI (CMS)',
  patterns: [
    { name: 'npi-grouped-4-3-3 (medium)', regex: /(?<![\d-])[12]\d{3}[- ]\d{3}[- ]\d{3}(?![\d]|-\d)/g, score: 0.3, digitRun: { min: 4, max: 4, first: '12', next: ' -', then: { min: 3, max: 3, next: ' -' } } },
    { name: 'npi-bare-ten-digits (weak)', regex: /(?<![\d.,-])[12]\d{9}(?![\d]|[.,-]\d)/g, score: 0.2, needsContext: true, digitRun: { min: 10, max: 10 } },
  ],
  context: [
    'npi', 'npi#', 'national provider', 'provider id', 'provider no', 'provider number', 'provider',
    'prescriber', 'prescribing', 'rendering', 'referring', 'attending', 'ordering physician', 'billing provider',
  ],
  negativeContext: ['phone', 'tel', 'fax', 'call', 'invoice', 'order', 'epoch', 'timestamp', 'build', 'ticket'],
  validate: npiValidity,
  examples: {
    match: ['NPI 1738294614', 'prescriber NPI: 2883017461', 'provider 1543-098-721'],
    ignore: ['NPI 1738294615', 'NPI 1111111112', 'job started at epoch 1764763200', 'order 1738294614', '3738294614'],
  },
});
