import { describe } from 'node:test';
import { runTable } from './table';

describe('email', () => {
  runTable('EMAIL', [
    {
      text: 'cc: a.rivera@example.org b.osei@example.net c.lindqvist@example.com',
      spans: [['EMAIL', 'a.rivera@example.org'], ['EMAIL', 'b.osei@example.net'], ['EMAIL', 'c.lindqvist@example.com']],
      why: 'dev case C09: three space-separated addresses are three findings',
      minScore: 0.8,
    },
    { text: 'Attach logo@2x.png and icon@3x.webp to jane@example.org', spans: [['EMAIL', 'jane@example.org']], why: 'a retina image file name is no address (held-out-style cases)' },
    { text: '{"patient_email":"l.okafor@example.net","ssn":"x"}', spans: [['EMAIL', 'l.okafor@example.net']], why: 'dev case C15: inside JSON quotes' },
    { text: 'write to j.doe@example.org.', spans: [['EMAIL', 'j.doe@example.org']], why: 'sentence dot excluded' },
    { text: 'ana.müller@example.de', spans: [['EMAIL', 'ana.müller@example.de']], why: 'non-ASCII local part' },
    { text: 'j.doe [at] example [dot] org', spans: [['EMAIL', 'j.doe [at] example [dot] org']], why: 'obfuscated with brackets' },
    { text: 'j.doe (at) example (dot) co (dot) uk', spans: [['EMAIL', 'j.doe (at) example (dot) co (dot) uk']], why: 'obfuscated, two-level TLD' },
    { text: 'alt r.patel(at)example.net', spans: [['EMAIL', 'r.patel(at)example.net']], why: 'obfuscated "at", literal dots' },
    { text: 'call (at) 5.30 today; room (at) level.3', spans: [], why: 'a literal dot must lead to letters at the end' },
    { text: 'a.rivera@example', spans: [], why: 'no top-level domain' },
    { text: 'a..b@example.org', spans: [], why: 'double dot in the local part' },
    { text: 'user@-example.org', spans: [], why: 'label starts with a hyphen' },
    { text: 'meet at 10 (at) the lobby', spans: [], why: 'no (dot) part' },
  ]);
});
