/** ACCOUNT_NUMBER: cued account numbers, IBAN by ISO 13616 MOD 97-10 without a cue, ABA routing after its cue. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ibanValidity } from '../../../src/core/detectors/account';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['MRN: 00417823; Med Rec #A2231907; hospital acct no. 55120934. CI build 4417823 passed.',
    [['ACCOUNT_NUMBER', '55120934']], 'case C30'],
  ['Patient account 00917734', [['ACCOUNT_NUMBER', '00917734']], 'qualified account without a marker'],
  ['Refund via routing 021000021 account 123456789012.', [['ACCOUNT_NUMBER', '021000021'], ['ACCOUNT_NUMBER', '123456789012']], 'a bare "account" before eight digits or more'],
  ['account 12345; account manager 55120934', [], 'too few digits after a bare "account"; a word between'],
  ['AWS account 123456789012 hosts staging; user account 87654321 locked', [], 'a bare "account" with no bank word is a cloud or login account'],
  ['account # 4471-9021-33', [['ACCOUNT_NUMBER', '4471-9021-33']], 'dashed account number'],
  // Found by a fresh-eyes hunt: billing systems print a letter prefix; "Account:" is a label.
  ['Account number: ACC778899; Account: ACC-778899', [['ACCOUNT_NUMBER', 'ACC778899'], ['ACCOUNT_NUMBER', 'ACC-778899']], 'a short letter prefix, and "Account:" as a label'],
  ['Patient account no. PA-2024-00981', [['ACCOUNT_NUMBER', 'PA-2024-00981']], 'a prefix and dashed groups'],
  ['Account: admin, Account: ABCD12345678', [], 'a word, or a prefix longer than three letters'],
  ['account 12345', [], 'bare "account" and too short'],
  ['account manager 55120934', [], '"account" needs a marker'],
  ['My IBAN is GB82WEST12345698765432', [['ACCOUNT_NUMBER', 'GB82WEST12345698765432']], 'IBAN'],
  ['my iban is gb42nawi04454264788619', [['ACCOUNT_NUMBER', 'gb42nawi04454264788619']], 'lower-case IBAN'],
  ['Transfer to DE89 3704 0044 0532 0130 00 today', [['ACCOUNT_NUMBER', 'DE89 3704 0044 0532 0130 00']], 'IBAN in groups of four'],
  ['BE68 5390 0754 7034 from', [['ACCOUNT_NUMBER', 'BE68 5390 0754 7034']], 'cut at the country length, not into the next word'],
  ['GB82WEST12345698765433', [], 'bad check digits'],
  ['GB82WEST1234569876543', [], 'wrong length for GB'],
  ['routing number 021000021', [['ACCOUNT_NUMBER', '021000021']], 'ABA routing number after its cue'],
  ['ABA: 011000015', [['ACCOUNT_NUMBER', '011000015']], '"ABA" cue'],
  ['routing number 021000022', [], 'fails the 3-7-1 check'],
  ['call 021000021', [], 'a valid routing number without its cue'],
];

describe('account detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['ACCOUNT_NUMBER']), want));
});

describe('ibanValidity', () => {
  const rows: Array<[string, ReturnType<typeof ibanValidity>]> = [
    ['GB82 WEST 1234 5698 7654 32', 'valid'], ['gb82west12345698765432', 'valid'], ['XX82WEST12345698765432', 'invalid'], ['GB82WEST12345698765423', 'invalid'],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(ibanValidity(value), want));
});
