import { describe } from 'node:test';
import { runTable } from './table';

describe('npi', () => {
  runTable('NPI', [
    { text: 'NPI 1738294614', spans: [['NPI', '1738294614']], why: 'Luhn-valid over 80840+NPI, with cue', minScore: 0.8 },
    { text: 'prescriber NPI: 2883017461 (org)', spans: [['NPI', '2883017461']], why: 'organisation NPI starts with 2' },
    { text: 'rendering provider 1543098721', spans: [['NPI', '1543098721']], why: 'provider cue' },
    { text: 'ref 1543-098-721 on the claim', spans: [['NPI', '1543-098-721']], why: '4-3-3 grouping is medium alone' },
    { text: 'NPI 1738294615', spans: [], why: 'check digit wrong' },
    { text: 'NPI 1111111112', spans: [], why: 'one repeated digit in the body, though Luhn-valid' },
    { text: 'NPI 3738294614', spans: [], why: 'first digit must be 1 or 2' },
    { text: 'call 1738294614 today', spans: [], why: 'bare ten digits need a provider cue' },
    { text: 'job started at epoch 1764763200', spans: [], why: 'dev case C05: epoch seconds are not an NPI' },
    { text: 'NPI 17382946140', spans: [], why: 'inside a longer digit run' },
    { text: 'provider 1543-098 721', spans: [], why: 'mixed separators' },
  ]);
});
