/** PHONE / FAX: NANP plan rules, E.164 via libphonenumber-js, national forms only next to a phone word. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nanpValid, phone, phoneOrFax, phoneValidity } from '../../../src/core/detectors/phone';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const scan = (text: string): Array<[FindingType, string]> => spansOf(text, ['PHONE', 'FAX']);

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['Pt cell 312/555-0177; see /api/312/555-0177', [['PHONE', '312/555-0177']], 'a slash after the area code; never inside a path'],
  ['Pt cell (312)\n555-0199 after 5pm', [['PHONE', '(312)\n555-0199']], 'a line break after the area code (an ADF hardBreak)'],
  ['0,Pt 0,431-70-2298,312-555-0119\n1,Pt 1,312-555-0118,431-70-2298', [['PHONE', '312-555-0119'], ['PHONE', '312-555-0118']], 'CSV fields: a comma beside digits separates them'],
  ['Cell (312) 555-0142; intl +1.773.555.0187; home 847 555 0163; Fax: 312-555-0190; desk ext. x4417.',
    [['PHONE', '(312) 555-0142'], ['PHONE', '+1.773.555.0187'], ['PHONE', '847 555 0163'], ['FAX', '312-555-0190']],
    'case C28: the "Fax:" label belongs to the next number; a bare extension is not a phone'],
  ['Attached W-2 (OMB No. 1545-0008). Supply scan UPC 0190074442, calibration factor 106.0512973, job started at epoch 1764763200. Patient callback (312) 555-0176.',
    [['PHONE', '(312) 555-0176']], 'case C05: form number, UPC, decimal and epoch are not phones'],
  ['11/29 14:02:17 WARN :...sync_worker: shard #3, queue QX7 drained; batch ids 7140392 7158816; metric 1764763200.00 -0.42',
    [], 'case C25: log-line ids and timestamps, no phone word'],
  ['345-899-3560x4587', [['PHONE', '345-899-3560x4587']], 'the extension is part of the span'],
  ['Pt phone (312) 555-0199 ext. 22', [['PHONE', '(312) 555-0199 ext. 22']], '"ext." extension'],
  ['Call 1 312 555 0100 today', [['PHONE', '1 312 555 0100']], 'trunk prefix 1'],
  ['Reach her on 001-518-640-0854', [['PHONE', '001-518-640-0854']], 'international 00 prefix'],
  ['Desk: +41 (0)96 471 07 95', [['PHONE', '+41 (0)96 471 07 95']], '"(0)" trunk inside an international number'],
  ['+44 20 7946 0958', [['PHONE', '+44 20 7946 0958']], 'E.164 valid without any cue'],
  ['Mobile: 0490 39 07 81', [['PHONE', '0490 39 07 81']], 'national form after a phone word'],
  ['Can someone call me on 9472 7916?', [['PHONE', '9472 7916']], 'eight-digit local number after "call me on"'],
  ['(37) 788-063-Office', [['PHONE', '(37) 788-063']], 'phone word after the number'],
  ['Desk: 5403926876', [['PHONE', '5403926876']], 'bare ten digits on the NANP plan, with a cue'],
  ['Phone: +1-984-182-0190', [['PHONE', '+1-984-182-0190']], 'off-plan exchange, still a written phone next to its cue'],
  ['+1-984-182-0190', [], 'off-plan exchange and no cue'],
  ['0490 39 07 81', [], 'national form without a cue'],
  ['5403926876', [], 'bare ten digits without a cue'],
  ['call back 1764763200', [], 'an epoch is off the plan even next to a cue'],
  ['911-555-0142 and 312-111-0142', [], 'N11 area code and N11 exchange'],
  ['phone 412-58-7391; home 60614-1234; call on 2024-01-15; office 203.0.113.57', [], 'SSN, ZIP+4, date and IPv4 shapes'],
  ['Order 312-555-0100 shipped', [], 'negative word just before'],
  // Found by a fourth hunt: a number typed with spaced dashes, or a word processor's en dashes.
  ['Call 217 - 555 - 0143 after 5; cell: 312 – 555 – 0199; range 100 - 200 - 3000', [['PHONE', '217 - 555 - 0143'], ['PHONE', '312 – 555 – 0199']], 'spaced dashes'],
  ['Call the help desk at 1-800-555-0100 or (888) 555-0101; patient cell 312-555-0102', [['PHONE', '312-555-0102']], 'a toll-free number is an organisation\'s line (fourth hunt)'],
  ['the correct fax is (212) 555-0176; fax line 212-555-0177', [['FAX', '(212) 555-0176'], ['FAX', '212-555-0177']], '"fax is", "fax line" (fresh-eyes hunt)'],
  ['Contacts: (312) 555-0101 (773) 555-0102 847-555-0103; E.164 +13125550122', [['PHONE', '(312) 555-0101'], ['PHONE', '(773) 555-0102'], ['PHONE', '847-555-0103'], ['PHONE', '+13125550122']], 'numbers one after another, and a "+" after a short number (held-out-style cases)'],
  ['Card 5221 0046 3781 2095 rejected; call back', [], 'a "00" inside a card is no international prefix'],
  // Found by a second hunt: "fax" as a verb before the number.
  ['Fax results to (617) 555-0100; please fax the form to 617-555-0199; call me at 617-555-0142', [['FAX', '(617) 555-0100'], ['FAX', '617-555-0199'], ['PHONE', '617-555-0142']], 'fax as a verb, then "to"'],
  ['+46 (0)8 928 571 38 fax\n+1-984-182-0190 mobile', [['FAX', '+46 (0)8 928 571 38'], ['PHONE', '+1-984-182-0190']],
    'a "fax" word ending the line labels the number before it'],
  ['cell 0490 39 07 81 fax 0490 39 07 82', [['PHONE', '0490 39 07 81'], ['FAX', '0490 39 07 82']], 'inline "fax" labels the next number'],
  ['085 175 7641-Office\\,+447700 208 815-Fax', [['PHONE', '085 175 7641'], ['FAX', '+447700 208 815']], '"-Fax" suffix'],
  ['F: 312-555-0100', [['FAX', '312-555-0100']], '"F:" label'],
  ['（３１２）５５５－０１５７', [['PHONE', '（３１２）５５５－０１５７']], 'fullwidth input (case C32), original text reported'],
];

describe('phone detector', () => {
  for (const [text, want, why] of ROWS) {
    it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(scan(text), want));
  }
});

describe('nanpValid', () => {
  const rows: Array<[string, string, boolean]> = [
    ['312', '555', true], ['211', '555', false], ['595', '555', false], ['372', '555', false], ['964', '555', false],
    ['312', '411', false], ['312', '155', false], ['112', '555', false], ['800', '555', true],
  ];
  for (const [area, exchange, ok] of rows) it(`${area}-${exchange} -> ${ok}`, () => assert.equal(nanpValid(area, exchange), ok));
});

describe('phoneValidity', () => {
  const rows: Array<[string, ReturnType<typeof phoneValidity>]> = [
    ['(312) 555-0142', 'valid'], ['+44 20 7946 0958', 'valid'], ['3125550142', 'valid'], ['1764763200', 'invalid'],
    ['0190074442', 'invalid'], ['106.0512973', 'invalid'], ['984-182-0190', undefined], ['0490 39 07 81', undefined],
    ['12-05-2019', 'invalid'], ['555-5555-555', 'invalid'], ['123456', 'invalid'], ['135 4.2 101 24', 'invalid'], ['03.93.92.16.85', undefined],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(phoneValidity(value), want));
});

describe('phoneOrFax', () => {
  it('reads a label before and a suffix after, never the next number\'s label', () => {
    assert.equal(phoneOrFax({ before: 'tel 312-555-0100; fax: ', after: '' }), 'FAX');
    assert.equal(phoneOrFax({ before: 'home ', after: '; fax: 312-555-0190' }), undefined);
    assert.equal(phoneOrFax({ before: '', after: ' fax\n+1-984' }), 'FAX');
    assert.equal(phoneOrFax({ before: '', after: ' fax 312-555-0190' }), undefined);
  });
  it('is the detector\'s refineType', () => assert.equal(phone.refineType, phoneOrFax));
});
