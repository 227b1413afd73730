import { describe } from 'node:test';
import { runTable } from './table';

describe('plate', () => {
  runTable('VEHICLE_ID', [
    { text: 'license plate 7ABC123', spans: [['VEHICLE_ID', '7ABC123']], why: 'California-style plate after cue', minScore: 0.8 },
    { text: 'Plate #: KZX-4471 (IL)', spans: [['VEHICLE_ID', 'KZX-4471']], why: 'dashed plate' },
    { text: 'vehicle tag no. 4GH 2817', spans: [['VEHICLE_ID', '4GH 2817']], why: 'spaced plate after a tag cue, with a vehicle word' },
    { text: 'Asset tag: PRN-0442', spans: [], why: 'an asset tag is IT inventory, not a vehicle' },
    { text: '7ABC123', spans: [], why: 'plates only with a cue' },
    { text: 'license plate ABCDEFG', spans: [], why: 'letters only (vanity plates are missed)' },
    { text: 'git tag v1.2.3', spans: [], why: 'a release tag' },
    { text: 'tag 2024', spans: [], why: 'digits only' },
    { text: 'plate 12', spans: [], why: 'too short' },
  ]);
});
