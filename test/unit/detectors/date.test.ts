/** DATE: all common formats; clinical context raises, work context ("Due date") lowers; year alone is not PHI. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateValidity } from '../../../src/core/detectors/date';
import { scanText } from '../../../src/core/scan';
import { runTable, type Row } from './table';

const ROWS: Row[] = [
  // Found by a fresh-eyes hunt: a FHIR or JSON time stamp under a clinical label was missed.
  { text: 'DOB 3-14-31; part 3-14-31', spans: [['DATE', '3-14-31']], why: 'dashes and a two-digit year only after a birth cue (second hunt)' },
  { text: 'DOB 12 Jan 1950', spans: [['DATE', '12 Jan 1950']], why: 'a day, month and year were read as a building, name and number (second hunt)' },
  { text: 'Biopsy 2 Dec 2022 benign; surgery scheduled 3 Feb 2024', spans: [['DATE', '2 Dec 2022'], ['DATE', '3 Feb 2024']], why: 'procedures are clinical context; "scheduled" no longer cancels it (third hunt)' },
  { text: 'Pt born 1931, lives alone; YOB: 1930; her son born in 1985; DOB 1800', spans: [['DATE', '1931'], ['DATE', '1930']], why: 'a birth year alone shows an age over 89 (fourth hunt); a younger one is no PHI' },
  { text: 'DOB 04JUL1976; DOB: 1976-7-4; born 7.4.76; DOB 4-Jul-76; release 2024-3-14; version 1.2.76', spans: [['DATE', '04JUL1976'], ['DATE', '1976-7-4'], ['DATE', '7.4.76'], ['DATE', '4-Jul-76']], why: 'the EHR\'s compact form anywhere, short forms after a birth cue (fourth hunt)' },
  { text: 'Pt callback 312-555-0176. Change window 03/15/2026 22:00-23:00. Sent: Tuesday, March 3, 2026 9:14 AM', spans: [], why: 'a change window and an e-mail header are no dates of care (second fresh-eyes hunt)' },
  { text: 'Go-live date: 06/01/2026. Incident date: 03/02/2026. Release date: Friday, March 20, 2026. Code freeze March 13.', spans: [], why: 'the word "date" alone says nothing of a person (fourth hunt)' },
  { text: 'Admission date: 2024-03-14T08:30:00Z', spans: [['DATE', '2024-03-14T08:30:00Z']], why: 'a machine stamp under a clinical label' },
  { text: 'DOB: 1962-03-14T00:00:00', spans: [['DATE', '1962-03-14T00:00:00']], why: 'a birth date written as a stamp' },
  { text: '2026-07-08T14:51:28.287Z INFO worker started; updated 2024-03-14T08:30:00Z', spans: [], why: 'log and audit stamps stay' },
  { text: 'No patient data involved.\n\nComment (2026-10-25T02:32:57.778Z): escalated', spans: [], why: 'a clinical word further off does not make a comment\'s stamp a date (bench corpus)' },
  { text: 'DOB 03/14/1962', spans: [['DATE', '03/14/1962']], why: 'US numeric with DOB', minScore: 0.8 },
  { text: 'born 3/14/62', spans: [['DATE', '3/14/62']], why: 'two-digit year with context', minScore: 0.6 },
  { text: 'admitted 14-Mar-1962', spans: [['DATE', '14-Mar-1962']], why: 'day-month-name-year with dashes' },
  { text: 'DOB: March 14th, 1962', spans: [['DATE', 'March 14th, 1962']], why: 'month name, ordinal, comma' },
  { text: 'seen Mar 14, 1962', spans: [['DATE', 'Mar 14, 1962']], why: 'abbreviated month' },
  { text: 'died 14 March 1962', spans: [['DATE', '14 March 1962']], why: 'day-first month name' },
  { text: 'DOB: 3/14', spans: [['DATE', '3/14']], why: 'M/D next to a clinical word' },
  // Found by trying the product as a customer would (held-out style cases).
  { text: 'DOB:03/14/1962 Admitted:03/14/2026 dob:14-Mar-1962', spans: [['DATE', '03/14/1962'], ['DATE', '03/14/2026'], ['DATE', '14-Mar-1962']], why: 'a date right after a label colon' },
  { text: 'visit at 12:03/14/2026', spans: [], why: 'after a digit and a colon a date is not taken apart from the time' },
  { text: 'Admitted 03/14/2026-03/18/2026 for CHF', spans: [['DATE', '03/14/2026'], ['DATE', '03/18/2026']], why: 'a stay written as a range with no spaces' },
  { text: 'ED visit 3/14-3/18/2026', spans: [['DATE', '3/14'], ['DATE', '3/18/2026']], why: 'a range whose first date has no year' },
  { text: 'ref 03-14-2026-0001 admitted', spans: [], why: 'a date-shaped head of a longer ID is no date' },
  { text: 'Pt DOB 1962/03/14', spans: [['DATE', '1962/03/14']], why: 'year first with slashes' },
  { text: 'Pt seen 1962/02/30', spans: [], why: 'year first with slashes, impossible day' },
  { text: 'DOB 19620314; DOB: 03141962', spans: [['DATE', '19620314'], ['DATE', '03141962']], why: 'eight digits after a birth cue' },
  { text: 'Pt seen, MRN 19620314', spans: [], why: 'eight digits with no birth cue are no date' },
  { text: 'Pt seen today. Pain 7/10 on arrival, 3/10 at discharge; GCS 3/15', spans: [], why: 'clinical scores are fractions, not dates' },
  { text: 'Seen on Mar-14 per pt', spans: [['DATE', 'Mar-14']], why: 'month name and day joined by a dash' },
  { text: 'DOB Mar-14-1962', spans: [['DATE', 'Mar-14-1962']], why: 'month name, day and year joined by dashes' },
  { text: '1962-03-14', spans: [], why: 'bare ISO date with nothing else: 0.45, just under the threshold' },
  { text: 'The v1 endpoints are removed on 2026-09-30', spans: [], why: 'a ship date in docs: no other PHI, not reported' },
  { text: 'visit on 2000-04-16 11:34:35', spans: [['DATE', '2000-04-16 11:34:35']], why: 'ISO date-time with a clinical word' },
  { text: 'born on the 14th of March', spans: [['DATE', '14th of March']], why: '"the 14th of March"' },
  { text: 'discharged 14/03/1962', spans: [['DATE', '14/03/1962']], why: 'day-first numeric' },
  { text: 'Due 2026-12-19', spans: [], why: 'case C23/C34: a due date' },
  { text: 'release date: 2026-12-19', spans: [], why: 'work context' },
  { text: 'born in 1962', spans: [], why: 'a year alone is not PHI' },
  { text: '11/29 14:02:17 WARN :...sync_worker', spans: [], why: 'case C25: log time stamp' },
  { text: '2024-11-29 14:02:17,123 WARN worker', spans: [], why: 'log date-time with no clinical word' },
  { text: 'DOB 02/30/1990', spans: [], why: 'impossible calendar date' },
  { text: 'version 1.2.2024 and 3/4 of the tests', spans: [], why: 'version and fraction' },
];

describe('date detector', () => {
  runTable('DATE', ROWS);

  it('case C34: a "DOB" column header raises, a "Due date" header lowers', () => {
    assert.deepEqual(scanText('1949-03-08', { outsideContext: 'DOB' }).map((f) => [f.type, f.text]), [['DATE', '1949-03-08']]);
    assert.deepEqual(scanText('2026-12-19', { outsideContext: 'Due date' }).filter((f) => f.type === 'DATE'), []);
  });
});

describe('dateValidity', () => {
  const rows: Array<[string, ReturnType<typeof dateValidity>]> = [
    ['1962-03-14', undefined], ['1962-02-30', 'invalid'], ['13/13/2020', 'invalid'], ['31/12/2020', undefined],
    ['Feb 30, 2001', 'invalid'], ['30th of Feb', 'invalid'], ['March 14th, 1962', undefined],
    ['1962/3/14', undefined], ['1962/13/01', 'invalid'], ['19620314', undefined], ['03141962', undefined], ['14031962', undefined],
    ['19621403', 'invalid'], ['12345678', 'invalid'],
  ];
  for (const [value, want] of rows) it(`${value} -> ${String(want)}`, () => assert.equal(dateValidity(value), want));
});
