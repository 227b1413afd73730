import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RESTRICTED_ZIP3 } from '../../../src/core/detectors/zip';
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
  ]);

  it('exports the 17 restricted ZIP3 prefixes', () => {
    assert.equal(RESTRICTED_ZIP3.size, 17);
    assert.ok(RESTRICTED_ZIP3.has('036') && RESTRICTED_ZIP3.has('893'));
    assert.ok(!RESTRICTED_ZIP3.has('627'));
  });
});
