/**
 * US Social Security number (Safe Harbor G). Format AAA-GG-SSSS.
 * Validity (SSA POMS RM 10201.035; randomization FAQ https://www.ssa.gov/employer/randomizationfaqs.html):
 * area 000, 666 and 900-999 are never issued; group 00 and serial 0000 are never issued. Since 2011-06-25
 * numbers are randomized, so no other area is excluded. Published non-issued / misused numbers
 * (https://www.ssa.gov/history/ssn/misused.html) are rejected: 078-05-1120 (Woolworth wallet card),
 * 219-09-9999 (SSA pamphlet), 123-45-6789 (the universal sample). One repeated digit is rejected.
 * There is no checksum, so a bare nine-digit run is reported only next to an SSN cue word.
 */
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

const KNOWN_VOID = new Set(['078051120', '219099999', '123456789']);

export function ssnValidity(value: string): Validation {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 9) return 'invalid';
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return 'invalid';
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return 'invalid';
  if (KNOWN_VOID.has(digits) || /^(\d)\1{8}$/.test(digits)) return 'invalid';
  // Mixed separators ("123-45 6789") are not how anyone writes an SSN.
  const seps = value.replace(/\d/g, '');
  if (seps.length === 2 && seps[0] !== seps[1]) return 'invalid';
  return 'valid';
}

export const ssn = defineDetector({
  id: 'ssn',
  type: 'SSN',
  requires: HAS_DIGIT,
  description: 'US Social Security number AAA-GG-SSSS; SSA area/group/serial rules and void numbers',
  patterns: [
    { name: 'ssn-dashed (medium)', regex: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-]|\.\d)/g, score: 0.5, digitRun: { min: 3, max: 3, next: '-', then: { min: 2, max: 2, next: '-' } } },
    { name: 'ssn-spaced-or-dotted (weak)', regex: /(?<![\d.])\d{3}([ .])\d{2}\1\d{4}(?![\d]|[.]\d)/g, score: 0.2, needsContext: true, digitRun: { min: 3, max: 3, next: ' .', then: { min: 2, max: 2, next: ' .' } } },
    // "412 - 58 - 7391", as read out over the phone and typed.
    { name: 'ssn-spaced-dashes (weak)', regex: /(?<![\d.-])\d{3} - \d{2} - \d{4}(?![\d-]|\.\d)/g, score: 0.2, needsContext: true, digitRun: { min: 3, max: 3, next: ' ' } },
    { name: 'ssn-bare-nine-digits (weak)', regex: /(?<![\d.,-])\d{9}(?![\d]|[.,]\d)/g, score: 0.2, needsContext: true, digitRun: { min: 9, max: 9 } },
  ],
  context: ['ssn', 'ssns', 'ss#', 'ss #', 'ss no', 'social security', 'social sec', 'soc sec', 'soc. sec', 'ssa', 'social'],
  negativeContext: ['invoice', 'order', 'build', 'ticket', 'tracking', 'routing', 'version', 'batch', 'lot', 'job'],
  validate: ssnValidity,
  examples: {
    match: ['SSN 412-58-7391', 'social security number 899-41-2267', 'SS# 618 20 4471', 'Soc sec no 618204471', 'Pt SSN 412 - 58 - 7391 (read over phone)'],
    ignore: ['900-12-3456', '987-65-4321', '078-05-1120', '666-12-3456', '412-00-7391', '412-58-0000', 'Invoice 720318845', '123-45-6789', 'range 412 - 58 - 7391 units'],
  },
});
