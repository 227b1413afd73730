import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AFTER_STATE, RESTRICTED_ZIP3, zip } from '../../../src/core/detectors/zip';
import { runTable } from './table';

describe('zip', () => {
  runTable('ZIP', [
    { text: 'Springfield, IL 62704', spans: [['ZIP', '62704']], why: 'after a state code' },
    { text: 'Springfield, Illinois 62704-1234', spans: [['ZIP', '62704-1234']], why: 'ZIP+4 after a state name' },
    { text: 'mail to 62704-1234 please', spans: [['ZIP', '62704-1234']], why: 'ZIP+4 is strong alone', minScore: 0.6 },
    { text: 'zip code for the clinic 60601', spans: [['ZIP', '60601']], why: 'five digits near a ZIP cue' },
    { text: 'ZIP: 394 13', spans: [['ZIP', '394 13']], why: 'Swedish postcode after a ZIP cue' },
    { text: 'my zip code is 7412 SL', spans: [['ZIP', '7412 SL']], why: 'Dutch postcode' },
    { text: 'Postal code B0J 2H0', spans: [['ZIP', 'B0J 2H0']], why: 'Canadian postcode' },
    { text: 'ZIP: 75534-030', spans: [['ZIP', '75534-030']], why: 'Brazilian CEP' },
    { text: 'My zip code is 880', spans: [['ZIP', '880']], why: 'three-digit postcode' },
    { text: 'count 62704 rows', spans: [], why: 'a bare five-digit number' },
    { text: 'IL 00012', spans: [], why: 'prefix 000 is unassigned' },
    { text: 'zip 100 files', spans: [], why: 'bare "zip" needs ":" "#" or "is"' },
    { text: 'SSN 412-58-7391, phone 555-0123', spans: [], why: 'SSN and phone parts are no ZIP+4' },
    { text: 'order 62704-1234-55', spans: [], why: 'inside a longer digit-dash run' },
    // Found by a false-positive hunt: "ID" was read as Idaho before any five-digit id.
    { text: 'Windows Event ID 10016 appears on each PC', spans: [], why: 'a state code that is a word needs a city and comma before it' },
    { text: 'Patient ID 12345, Job ID 20481', spans: [], why: 'ids after ID are no ZIPs' },
    { text: 'Boise, ID 83702', spans: [['ZIP', '83702']], why: 'Idaho after a city and comma' },
    { text: 'Pittsburgh PA 15213', spans: [['ZIP', '15213']], why: 'a word-like code after a capitalised city' },
    { text: 'Boise\nID 83702', spans: [['ZIP', '83702']], why: 'a word-like code opening its own line' },
    { text: 'Seen in OR 12345', spans: [], why: 'a word-like code after a lower-case word' },
  ]);

  it('exports the 17 restricted ZIP3 prefixes', () => {
    assert.equal(RESTRICTED_ZIP3.size, 17);
    assert.ok(RESTRICTED_ZIP3.has('036') && RESTRICTED_ZIP3.has('893'));
    assert.ok(!RESTRICTED_ZIP3.has('627'));
  });
});

describe('zip-after-state looks for the state behind the ZIP', () => {
  // The pattern it replaced: state first, ZIP in group 1, tried from every position.
  const forward = new RegExp(`${AFTER_STATE}(\\d{5}(?:-\\d{4})?)(?![\\p{N}]|[-.,]\\p{N})`, 'dgu');
  const pattern = zip.patterns.find((p) => p.name === 'zip-after-state (medium)');
  const forwardSpans = (text: string): string[] => [...text.matchAll(forward)].map((m) => `${m.indices?.[1]?.join('-')}`);
  const spans = (text: string): string[] => [...text.matchAll(pattern?.regex ?? /$^/g)].map((m) => `${m.index}-${m.index + m[0].length}`);
  const STATES = ['IL', 'IN', 'In', 'New York', 'York', 'West Virginia', 'Virginia', 'District of Columbia', 'XIL', 'é'];
  const GAPS = [',', ' ', '  ', '   ', ', ', ',\n', '\n', '\t', 'x'];
  const NUMBERS = ['62704', '6270', '627041', '62704-1234', '62704-12345', '62704-', '62704.5', '62704,1', '٣'];
  // A state, a gap of separators, a number: what the pattern looks for, with every near miss around it.
  const pieceArb = fc.tuple(fc.constantFrom(...STATES), fc.array(fc.constantFrom(...GAPS), { minLength: 1, maxLength: 3 }), fc.constantFrom(...NUMBERS))
    .map(([state, gap, number]) => state + gap.join('') + number);
  const textArb = fc.array(fc.oneof(pieceArb, fc.constantFrom(...STATES, ...GAPS, ...NUMBERS)), { maxLength: 6 }).map((a) => a.join(''));

  it('finds the ZIPs the forward pattern found', () => {
    fc.assert(fc.property(textArb, (text) => {
      assert.deepEqual(spans(text), forwardSpans(text));
    }), { numRuns: 5000 });
    for (const text of ['Springfield, IL 62704', 'West Virginia 24701-1234', 'New York,\n   10001', 'XIL 62704', 'IL   62704', 'IL 627041', 'IL 62704-12345']) {
      assert.deepEqual(spans(text), forwardSpans(text), text);
    }
  });
});
