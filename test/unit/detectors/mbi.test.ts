import { describe } from 'node:test';
import { runTable } from './table';

describe('mbi', () => {
  runTable('MBI', [
    { text: 'Medicare MBI 1EG4-TE5-MK73', spans: [['MBI', '1EG4-TE5-MK73']], why: 'dashed display form with cue', minScore: 0.85 },
    { text: 'MBI: 9RT7JK2WX58', spans: [['MBI', '9RT7JK2WX58']], why: 'undashed with cue' },
    { text: 'see 4CP9-A72-HN06', spans: [['MBI', '4CP9-A72-HN06']], why: 'the strict shape is medium alone' },
    { text: '0EG4TE5MK73', spans: [], why: 'position 1 is 1-9' },
    { text: '1SG4TE5MK73', spans: [], why: 'S is never used' },
    { text: '1EG4TE5MK7', spans: [], why: 'ten characters' },
    { text: '1EG4TE5MK73X', spans: [], why: 'part of a longer code' },
    { text: 'license key 1EG4TE5MK73', spans: [], why: 'key context' },
    { text: 'serial 1EG4-TE5-MK73', spans: [], why: 'serial context' },
  ]);
});
