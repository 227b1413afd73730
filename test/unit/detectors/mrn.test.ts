/** MRN: a value right after an MRN cue, 6-12 characters with at least 5 digits and an optional leading letter. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mrnValidity } from '../../../src/core/detectors/mrn';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['MRN: 00417823; Med Rec #A2231907; hospital acct no. 55120934. CI build 4417823 passed.',
    [['MRN', '00417823'], ['MRN', 'A2231907']], 'case C30: the account number right after its own cue is not an MRN'],
  ['MR# 4471902', [['MRN', '4471902']], '"MR#" touching its value'],
  ['MRN#00417823', [['MRN', '00417823']], '"MRN#" touching its value'],
  ['*MRN:* 00417821; **MRN:** 00417822; MRN "00417825", MRN=\'00417826\', MRN->00417827, {"mrn": "00417828"}, <MRN>00417829</MRN>',
    [['MRN', '00417821'], ['MRN', '00417822'], ['MRN', '00417825'], ['MRN', '00417826'], ['MRN', '00417827'], ['MRN', '00417828'], ['MRN', '00417829']], 'wiki bold labels, quotes, arrows and tags between cue and value (second fresh-eyes hunt)'],
  ['MRN: *00417823*; MRN: _00417824_; wrong MRN (E1234567)', [['MRN', '00417823'], ['MRN', '00417824'], ['MRN', 'E1234567']], 'wiki emphasis or a bracket opening the value (fourth hunt)'],
  ['MRN00417823 admitted', [['MRN', '00417823']], 'digits glued to "MRN" (EHR exports)'],
  ['XMRN00417823, MRN1234', [], 'glued to a longer word, or too few digits'],
  ['medical record number 88310427', [['MRN', '88310427']], 'spelled out with "number"'],
  ['Chart no. 5521873 reviewed', [['MRN', '5521873']], '"chart no."'],
  ['Patient ID: 77120456', [['MRN', '77120456']], '"patient ID"'],
  ['MRN:\n00417823', [['MRN', '00417823']], 'value on the next line of a form'],
  ['CI build 4417823 passed', [], 'no cue'],
  ['Mr 4471902 and Mr Smith', [], '"Mr" is not "MR#"'],
  ['chart 2024 review', [], 'bare "chart" is not a cue'],
  ['MRN: 1234', [], 'too short'],
  ['MRN ABCDEFGH', [], 'no digits'],
  ['MRN 00417823999999', [], 'too long: not cut down to a prefix'],
  // Found by a fresh-eyes hunt: two marks between the cue and the value.
  ['Medical record #: 889231', [['MRN', '889231']], '"#:" after the cue'],
  ['MRN#: 12-34-567', [['MRN', '12-34-567']], '"#:" and a dashed value'],
  // Found by a second hunt: chart-merge tickets name two MRNs or a list.
  ['Merge MRN 00734522 into 00734521', [['MRN', '00734522'], ['MRN', '00734521']], 'the second value of a merge'],
  ['MRNs: 00734522, 00734521, 00734520', [['MRN', '00734522'], ['MRN', '00734521'], ['MRN', '00734520']], 'a list after a plural cue'],
  ['build 4417823, 4417824', [], 'a list with no MRN cue'],
];

describe('mrn detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['MRN']), want));
});

describe('mrnValidity', () => {
  const rows: Array<[string, ReturnType<typeof mrnValidity>]> = [
    ['00417823', undefined], ['A2231907', undefined], ['AB123456', 'invalid'], ['12345', 'invalid'], ['1234567890123', 'invalid'], ['A1234', 'invalid'],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(mrnValidity(value), want));
});
