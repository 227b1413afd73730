import { describe } from 'node:test';
import { runTable } from './table';

describe('postcode-after-place', () => {
  runTable('ZIP', [
    { text: 'Patient lives in Springfield 62704.', spans: [['ZIP', '62704']], why: '"in <Place> <postcode>"' },
    { text: 'support MysticWeb in Quinta de São Tiago 3610-114 in its mission', spans: [['ZIP', '3610-114']], why: 'Portuguese place with particles', minScore: 0.5 },
    { text: 'moved in ÖVERTURINGEN 840 24 last year', spans: [['ZIP', '840 24']], why: 'upper-case place, Swedish postcode' },
    { text: 'Apt. 675 Mellemvej 32\nAalborg NO 9100', spans: [['ZIP', '9100']], why: 'address last line: place, region, postcode' },
    { text: 'Billing address: A. B.\n  3482 Via Franscini 71 Suite 838\n  Tujetsch\n  nan\n  7188', spans: [['ZIP', '7188']], why: 'address block with a missing region' },
    { text: 'Total NO 12345', spans: [], why: 'line start without an address word' },
    { text: 'seen in Room 1203', spans: [], why: 'room number' },
    { text: 'in March 2024', spans: [], why: 'month and year' },
    { text: 'in Chicago 2019', spans: [], why: 'four digits that could be a year' },
    { text: 'fixed in Build 44117', spans: [], why: 'build number' },
    { text: 'in Sprint 2041', spans: [], why: 'sprint number' },
    { text: 'Deployed in AWS 12345 times', spans: [], why: 'a short acronym is no place, and a plural noun after makes a quantity' },
    { text: 'errors in Prod 50000 requests', spans: [], why: 'environment name and a quantity' },
    { text: 'Found in Chrome 120', spans: [], why: 'three digits after "in <Place>" are too weak' },
    { text: 'Meeting in Boston 02115 this week', spans: [['ZIP', '02115']], why: '"this" after the postcode is no plural noun' },
  ]);
});
