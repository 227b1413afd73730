/** LICENSE_NUMBER: driver's and professional licence / certificate numbers right after their cue, at least 5 digits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { licenseValidity } from '../../../src/core/detectors/license';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['INTRODUCTORY GUIDE (see policy H1, public dashboard B43, duplicate of m2). Pt driver license no. Q417-2093-8812 (IL).',
    [['LICENSE_NUMBER', 'Q417-2093-8812']], 'case C13: capitalised words and short codes are not licences'],
  ["my driver's license number is 2270-66-1551", [['LICENSE_NUMBER', '2270-66-1551']], '"number is" between cue and value'],
  ["My driver's license number is 6940579", [['LICENSE_NUMBER', '6940579']], 'seven digits'],
  ['Driver’s license: U62928788557186', [['LICENSE_NUMBER', 'U62928788557186']], 'typographic apostrophe'],
  ['DL# F162823540116', [['LICENSE_NUMBER', 'F162823540116']], '"DL#"'],
  ['RN license 4471902', [['LICENSE_NUMBER', '4471902']], 'nursing licence without a marker'],
  ['Medical license #A-77120', [['LICENSE_NUMBER', 'A-77120']], 'medical licence with a letter prefix'],
  ['certificate no. 2023-55871', [['LICENSE_NUMBER', '2023-55871']], 'certificate number'],
  ['license B43', [], 'too few digits'],
  ['MIT license 2024', [], 'bare "license" needs a marker'],
  ['public 12345678, duplicate no. 4417823', [], '"lic" inside words is never a cue'],
  ['DL 55120934', [], '"DL" needs a marker'],
  // Found trying the product: short cues as people write them.
  ['Pt Texas DL 12345678; NY DL 123 456 789', [['LICENSE_NUMBER', '12345678'], ['LICENSE_NUMBER', '123 456 789']], 'a state before "DL"; digit groups split by spaces'],
  ['TX DL: 12-345-6789', [['LICENSE_NUMBER', '12-345-6789']], 'a state before "DL:"'],
  ['DL: 12345678 (eng-all distribution list)', [], '"DL:" alone is as often a distribution list'],
  ['FL driver lic W123-456-78-901-0', [['LICENSE_NUMBER', 'W123-456-78-901-0']], '"driver lic"'],
  ['stored in DL 55120934', [], 'a state code that is a word ("in") does not make "DL" a licence'],
  ['DL# 4471902 on file', [['LICENSE_NUMBER', '4471902']], 'a space before a word ends the number'],
];

describe('license detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['LICENSE_NUMBER']), want));
});

describe('licenseValidity', () => {
  const rows: Array<[string, ReturnType<typeof licenseValidity>]> = [
    ['Q417-2093-8812', undefined], ['B43', 'invalid'], ['AB1234', 'invalid'], ['INTRODUCTORY', 'invalid'],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(licenseValidity(value), want));
});
