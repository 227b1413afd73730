/**
 * Payment card number (Safe Harbor J when tied to a patient). 12 to 19 digits: an issuer prefix (IIN)
 * with a length that issuer uses, and a Luhn check digit (ISO/IEC 7812-1; issuer table after
 * https://en.wikipedia.org/wiki/Payment_card_number). Luhn alone is not enough: one number in ten
 * passes it, including 13-digit millisecond timestamps (dev case C07). A known issuer prefix with its
 * length makes the number valid; a Luhn-valid number with no known issuer (a JCB-style 35xx outside
 * 3528-3589, an old Maestro 0604...) is reported only next to a card word.
 *
 * Written contiguously, or in groups split by single spaces or by single dashes, never mixed:
 * 4-4-4-4, 4-4-4-4-3, 4-6-5 (Amex) and 4-6-4 (Diners). A number inside a longer digit run (a trace id) is
 * never a card: the patterns refuse a digit or a "digit-dash" on either side.
 */
import { luhnValid } from '../checksums/luhn';
import { isAsciiDigit } from './chars';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';
import type { DigitRunSpec } from './text-index';

interface IssuerRange {
  readonly issuer: string;
  /** Inclusive prefix range; both ends have the same number of digits. */
  readonly from: string;
  readonly to: string;
  readonly lengths: readonly number[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const ISSUER_RANGES: readonly IssuerRange[] = [
  { issuer: 'Visa', from: '4', to: '4', lengths: [13, 16, 19] },
  { issuer: 'Mastercard', from: '51', to: '55', lengths: [16] },
  { issuer: 'Mastercard', from: '2221', to: '2720', lengths: [16] },
  { issuer: 'American Express', from: '34', to: '34', lengths: [15] },
  { issuer: 'American Express', from: '37', to: '37', lengths: [15] },
  { issuer: 'Discover', from: '6011', to: '6011', lengths: range(16, 19) },
  { issuer: 'Discover', from: '644', to: '649', lengths: range(16, 19) },
  { issuer: 'Discover', from: '65', to: '65', lengths: range(16, 19) },
  { issuer: 'Discover', from: '622126', to: '622925', lengths: range(16, 19) },
  { issuer: 'JCB', from: '3528', to: '3589', lengths: range(16, 19) },
  { issuer: 'JCB', from: '1800', to: '1800', lengths: [15] },
  { issuer: 'JCB', from: '2131', to: '2131', lengths: [15] },
  { issuer: 'Diners Club', from: '36', to: '36', lengths: range(14, 19) },
  { issuer: 'Diners Club', from: '300', to: '305', lengths: range(14, 19) },
  { issuer: 'Diners Club', from: '38', to: '39', lengths: range(14, 19) },
  { issuer: 'Maestro', from: '50', to: '50', lengths: range(12, 19) },
  { issuer: 'Maestro', from: '56', to: '69', lengths: range(12, 19) },
  { issuer: 'UnionPay', from: '62', to: '62', lengths: range(16, 19) },
];

/** The issuer whose prefix and length fit the digits, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  for (const r of ISSUER_RANGES) {
    const prefix = digits.slice(0, r.from.length);
    if (prefix >= r.from && prefix <= r.to && r.lengths.includes(digits.length)) return r.issuer;
  }
  return undefined;
}

export function cardValidity(value: string): Validation {
  // One kind of separator at most and not one digit repeated, read from char codes: this runs for every
  // run of 12 to 19 digits (timestamps, trace ids), where sets and regexes cost more than the Luhn sum.
  // Separators are compared as UTF-16 units: the card patterns allow only a space or a dash.
  let separator = -1;
  let firstDigit = -1;
  let count = 0;
  let repeated = true;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (isAsciiDigit(c)) {
      if (firstDigit === -1) firstDigit = c;
      else if (c !== firstDigit) repeated = false;
      count += 1;
    } else if (separator === -1) separator = c;
    else if (c !== separator) return 'invalid';
  }
  if (repeated && count > 1) return 'invalid';
  const digits = separator === -1 ? value : value.replace(/\D/g, '');
  if (!luhnValid(digits)) return 'invalid';
  // Luhn without a known issuer (a 13-digit timestamp, a new or private-label range): no opinion, so
  // the base score stays under the threshold and only a card word nearby reports it.
  return cardIssuer(digits) ? 'valid' : undefined;
}

// No letter or digit glued on (an IBAN, a licence "U6292..."), and no "digit-dash" or "digit." (a
// decimal) on either side.
const BEFORE = '(?<![A-Za-z0-9_]|\\d[-.,]|-)';
const AFTER = '(?![A-Za-z0-9_]|[-.,]\\d)';
/** The grouped forms start with four digits, a space or dash, and a group of four or six (PatternSpec.digitRun). */
const groupedRun = (second: number): DigitRunSpec => ({ min: 4, max: 4, next: ' -', then: { min: second, max: second, next: ' -' } });

export const creditCard = defineDetector({
  id: 'credit-card',
  type: 'CREDIT_CARD',
  requires: HAS_DIGIT,
  description: 'Payment card number: issuer prefix and length (ISO/IEC 7812) and Luhn check digit',
  patterns: [
    { name: 'card-grouped-4-4-4-4 (medium)', regex: new RegExp(`${BEFORE}\\d{4}[ -]\\d{4}[ -]\\d{4}[ -]\\d{4}(?:[ -]\\d{3})?${AFTER}`, 'g'), score: 0.4, digitRun: groupedRun(4) },
    { name: 'card-grouped-4-6-5 (medium)', regex: new RegExp(`${BEFORE}\\d{4}[ -]\\d{6}[ -]\\d{4,5}${AFTER}`, 'g'), score: 0.4, digitRun: groupedRun(6) },
    { name: 'card-contiguous (medium)', regex: new RegExp(`${BEFORE}\\d{12,19}${AFTER}`, 'g'), score: 0.3, digitRun: { min: 12, max: 19 } },
  ],
  context: [
    'card', 'cc', 'credit', 'debit', 'visa', 'mastercard', 'master card', 'amex', 'american express',
    'discover', 'jcb', 'diners', 'maestro', 'unionpay', 'pan', 'card number', 'card no', 'paid with', 'payment',
  ],
  // Support-case and ticket numbers: Microsoft's start with the date (YYMMDD...), so 2022-27 cases fall in
  // the Mastercard 2-series range and one in ten passes Luhn.
  negativeContext: ['order', 'tracking', 'invoice', 'trace', 'ts', 'timestamp', 'epoch', 'build', 'imei', 'serial', 'reference', 'ref', 'ref no',
    'case', 'case #', 'case no', 'ticket', 'incident', 'srx', 'sr'],
  validate: cardValidity,
  examples: {
    match: ['card 4716 0938 2551 7347', '5305817422903169', 'Amex 3742-881039-47510', 'visa 4716-0938-2551-7347 exp 12/27'],
    ignore: [
      'ts=1764763200003', 'trace=991347160938255173472208', '4716 0938 2551 7348', '4716 0938-2551 7347',
      '4444444444444444', '1234567812345670', '0.4716093825517347', 'Microsoft support case # 2403150040001234',
    ],
  },
});
