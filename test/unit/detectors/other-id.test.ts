/** OTHER_ID: patient-linked case/claim/encounter/visit/accession/specimen/requisition numbers after their cue. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { otherIdValidity } from '../../../src/core/detectors/other-id';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['claim # 2025-0047712', [['OTHER_ID', '2025-0047712']], 'claim number'],
  ['Accession no. S25-44719', [['OTHER_ID', 'S25-44719']], 'accession number'],
  ['encounter ID E7781209', [['OTHER_ID', 'E7781209']], 'encounter ID'],
  ['visit # 4471902', [['OTHER_ID', '4471902']], 'visit number'],
  ['Pt passport no. 123456789 (US); green card A-123-456-789', [['OTHER_ID', '123456789'], ['OTHER_ID', 'A-123-456-789']], 'passport and green card numbers'],
  ['passport photo 2x2 needed', [], 'a passport word with no number'],
  ['specimen #: SP-20931', [['OTHER_ID', 'SP-20931']], 'specimen number'],
  ['requisition no. R0094417', [['OTHER_ID', 'R0094417']], 'requisition number'],
  ['case 4417823', [], 'a cue needs its marker'],
  ['claim # 12', [], 'too short'],
  ['visit # AB-CD', [], 'no digits'],
  ['case study 2024', [], 'prose'],
  ['Jira test case # 44719 failed', [], 'negative word before the cue'],
];

describe('other-id detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['OTHER_ID']), want));
});

describe('otherIdValidity', () => {
  const rows: Array<[string, ReturnType<typeof otherIdValidity>]> = [
    ['2025-0047712', undefined], ['AB123', 'invalid'], ['1234', 'invalid'], ['E7781209', undefined],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(otherIdValidity(value), want));
});
