/** BIOMETRIC_ID: the template or enrolment ID after a biometric cue, not the phrase. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { biometricIdValidity } from '../../../src/core/detectors/biometric';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['Fingerprint ID: FP-7781-2093', [['BIOMETRIC_ID', 'FP-7781-2093']], 'fingerprint ID'],
  ['voiceprint VP20931188 on file', [['BIOMETRIC_ID', 'VP20931188']], 'voiceprint'],
  ['retina scan id RS-0042-7719', [['BIOMETRIC_ID', 'RS-0042-7719']], 'retina scan ID'],
  ['biometric template 9f3a1c77e2b04d18', [['BIOMETRIC_ID', '9f3a1c77e2b04d18']], 'template hash'],
  ['voice print enrollment #VE448120', [['BIOMETRIC_ID', 'VE448120']], 'enrolment number'],
  ['fingerprint on file', [], 'the phrase alone'],
  ['voiceprint enrollment pending', [], 'no ID'],
  ['biometric id AB1', [], 'too short'],
];

describe('biometric detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['BIOMETRIC_ID']), want));
});

describe('biometricIdValidity', () => {
  const rows: Array<[string, ReturnType<typeof biometricIdValidity>]> = [
    ['FP-7781-2093', undefined], ['pending', 'invalid'], ['ABCDE1', 'invalid'], ['x'.repeat(39) + '12', 'invalid'],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(biometricIdValidity(value), want));
});
