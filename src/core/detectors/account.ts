/**
 * Account numbers (Safe Harbor J), three kinds:
 * - patient / billing / bank account numbers: 6-17 digits (the longest US bank account numbers are 17
 *   digits, the ACH/NACHA field width), only right after an account cue ("acct no. 55120934");
 * - IBAN (ISO 13616-1, registry https://www.swift.com/standards/data-standards/iban): country code, two
 *   check digits, a country-specific BBAN; found without any cue because the length table and the
 *   MOD 97-10 check together leave about one random string in tens of thousands;
 * - ABA routing transit numbers (American Bankers Association): nine digits with the 3-7-1 check, only
 *   right after "routing" or "ABA", since one nine-digit run in ten passes the check.
 */
import { abaRoutingValid } from '../checksums/aba-routing';
import { ibanMod97Valid } from '../checksums/iban-mod97';
import { cuedPattern, wholeValue } from './cue';
import { defineDetector, type Candidate, type Validation, HAS_DIGIT } from './detector';
import { lowerSameLength, matchesOf } from './prefilter';
import { findHints, type FindHints } from './text-index';
import { isAsciiLetter } from './chars';

/** IBAN length by country, from the SWIFT IBAN registry. */
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** An IBAN with or without the usual spaces every four characters, any letter case. */
export function ibanValidity(value: string): Validation {
  const compact = value.replace(/ /g, '').toUpperCase();
  if (IBAN_LENGTH[compact.slice(0, 2)] !== compact.length) return 'invalid';
  return ibanMod97Valid(compact) ? 'valid' : 'invalid';
}

/** A country code, check digits and up to 30 more characters, spaces allowed only between groups of four. */
const IBAN_SHAPE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?/giu;
const ROUTING = cuedPattern(String.raw`(?:aba|routing|rtn)(?:\s(?:transit|routing))?(?:\s?(?:#|no\b|number))?`, String.raw`\d{9}`);
/** How every ROUTING cue begins: the scan's text index lists where they start words (Detector.findCues). */
const ROUTING_CUES = ['aba', 'routing', 'rtn'];

/**
 * Where an IBAN can start: two letters right before a run of two digits or more (the country code and
 * the check digits), read from the text index's digit runs instead of trying IBAN_SHAPE everywhere.
 * ASCII letters are all its /i class takes in normalised text (NFKC has folded ſ and the Kelvin sign).
 */
function ibanStarts(text: string, hints: FindHints): number[] {
  const starts: number[] = [];
  for (let r = 0; r < hints.digitStarts.length; r += 1) {
    const at = hints.digitStarts[r] as number;
    if ((hints.digitLengths[r] as number) >= 2 && at >= 2 && isAsciiLetter(text.charCodeAt(at - 1)) && isAsciiLetter(text.charCodeAt(at - 2))) {
      starts.push(at - 2);
    }
  }
  return starts;
}

/**
 * IBANs and routing numbers validate themselves here, because their checks do not apply to the
 * checksum-less account numbers the patterns find. An IBAN candidate is cut at its country's length,
 * so a following word ("BE68 5390 0754 7034 from") is not swallowed.
 */
function findChecked(text: string, lower = lowerSameLength(text), hints: FindHints = findHints(lower, ROUTING_CUES)): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(IBAN_SHAPE, text, ibanStarts(text, hints))) {
    const want = IBAN_LENGTH[m[0].slice(0, 2).toUpperCase()];
    if (want === undefined) continue;
    const limit = m.index + m[0].length;
    let end = m.index;
    for (let seen = 0; seen < want && end < limit; end += 1) if (text[end] !== ' ') seen += 1;
    const value = text.slice(m.index, end);
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || ibanValidity(value) !== 'valid') continue;
    out.push({ detector: 'account', type: 'ACCOUNT_NUMBER', start: m.index, end, pattern: 'iban-mod97 (strong)', score: 0.5, needsContext: false, validation: 'valid' });
  }
  for (const m of matchesOf(ROUTING, text, hints.cueStarts)) {
    const at = m.indices?.[1];
    if (!at || !abaRoutingValid(text.slice(at[0], at[1]))) continue;
    out.push({ detector: 'account', type: 'ACCOUNT_NUMBER', start: at[0], end: at[1], pattern: 'aba-routing-after-cue (medium)', score: 0.3, needsContext: true, validation: 'valid' });
  }
  return out;
}

const ACCOUNT_CUE = String.raw`(?:patient|billing|hospital|guarantor|bank|checking|savings)\s(?:acct|account)|acct|a\/c|account\s?(?:#|no\b|number|num\b)|account(?=\s{0,2}:)|(?:har|fin)(?=\s{0,2}(?:#|:|no\b|number)|\s\d{7})`;
/** Digits, or a short letter prefix and digits ("ACC778899", "PA-2024-00981"), as hospitals' billing systems print them. */
const ACCOUNT_VALUE = String.raw`(?:[A-Za-z]{1,3}-?)?\d(?:-?\d){5,16}`;

export const account = defineDetector({
  id: 'account',
  type: 'ACCOUNT_NUMBER',
  requires: HAS_DIGIT,
  description: 'Account number after an account cue (6-17 digits); IBAN (ISO 13616 MOD 97-10); ABA routing number after its cue',
  patterns: [
    {
      name: 'account-after-cue (medium)',
      regex: cuedPattern(ACCOUNT_CUE, ACCOUNT_VALUE),
      group: 1, score: 0.3, needsContext: true,
      startsWith: ['patient', 'billing', 'hospital', 'guarantor', 'bank', 'checking', 'savings', 'acct', 'a/c', 'account', 'har', 'fin'],
    },
    {
      // "routing 021000021 account 123456789012": a bare "account" before eight digits or more, in a
      // sentence about a bank payment. Without one ("AWS account 123456789012", "user account 87654321")
      // it is a cloud, login or vendor account, not the patient's.
      name: 'account-bare-word (medium)',
      regex: cuedPattern(String.raw`(?<=(?:routing|aba|rtn|bank|banking|checking|savings|deposit|refund|wire|ach)\b[^\n]{0,40})account`, String.raw`\d(?:-?\d){7,16}`),
      group: 1, score: 0.3, needsContext: true, startsWith: ['account'],
    },
    {
      name: 'account-under-label (medium)', regex: wholeValue(String.raw`\d(?:-?\d){5,16}`), group: 1, score: 0.3, needsContext: true,
      underLabel: ['account', 'account number', 'account #', 'account no', 'acct', 'acct #', 'a/c'],
    },
  ],
  find: findChecked,
  findCues: ROUTING_CUES,
  // Epic's HAR (hospital account record) and Cerner's FIN (financial number) are the visit's billing account.
  context: ['acct', 'account', 'a/c', 'iban', 'routing', 'aba', 'rtn', 'bank', 'har', 'fin'],
  negativeContext: ['build', 'version', 'invoice', 'order', 'ticket', 'tracking'],
  examples: {
    match: [
      'hospital acct no. 55120934', 'Patient account 00917734', 'account # 4471-9021-33', 'My IBAN is GB82WEST12345698765432',
      'IBAN gb42nawi04454264788619', 'DE89 3704 0044 0532 0130 00', 'routing number 021000021',
      'Refund via routing 021000021 account 123456789012.', 'Account number: ACC778899', 'Account: ACC-778899', 'Patient account no. PA-2024-00981', 'HAR: 40012345678', 'FIN# 12345678', 'FIN 5001234567',
    ],
    ignore: [
      'account 12345', 'CI build 4417823', 'GB82WEST12345698765433', 'DE89 3704 0044 0532 0130 01',
      'routing number 021000022', 'ABA 12345678', 'call 021000021', 'account manager 55120934',
      'AWS account 123456789012 hosts staging', 'user account 87654321 locked',
    ],
  },
});
