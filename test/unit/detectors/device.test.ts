/** DEVICE_ID: GS1 UDI with a valid (01) GTIN check digit; serial numbers right after a serial cue. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deviceIdValidity } from '../../../src/core/detectors/device';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ["Pt's glucose-monitor phone IMEI 490154203237518 paired.", [['DEVICE_ID', '490154203237518']], 'IMEI after its cue'],
  ["Patient's infusion pump MAC 00:1A:2B:3C:4D:5E; CGM mac 001a.2b3c.4d5e", [['DEVICE_ID', '00:1A:2B:3C:4D:5E'], ['DEVICE_ID', '001a.2b3c.4d5e']], 'MAC addresses after a medical-device word'],
  ['Server MAC 00:1A:2B:3C:4D:5E on device eth0; device mac 02:42:ac:11:00:02', [], 'servers and containers have MACs too'],
  ['UDI (01)00643169007222(17)260630(10)A213B1(21)1234 implanted',
    [['DEVICE_ID', '(01)00643169007222(17)260630(10)A213B1(21)1234']], 'full UDI with expiry, lot and serial'],
  ['(01) 10614141000415 (21) SN7781', [['DEVICE_ID', '(01) 10614141000415 (21) SN7781']], 'spaced UDI'],
  ['(01)00643169007223', [], 'GTIN check digit wrong'],
  ['pacemaker serial PJN448812H', [['DEVICE_ID', 'PJN448812H']], 'pacemaker serial'],
  ['insulin pump S/N: 71-442-0093', [['DEVICE_ID', '71-442-0093']], '"S/N"'],
  ['device ID MX40-77120', [['DEVICE_ID', 'MX40-77120']], '"device ID"'],
  ['SN: 4471902', [['DEVICE_ID', '4471902']], '"SN:"'],
  ['snow12345 and SNOMED 44054006', [], '"sn" only as a word'],
  ['firmware 4.2.1, build 20251203', [], 'versions and builds have no serial cue'],
  ['serial dilutions', [], 'no digits'],
  ['version 7.1 serial 12', [], 'too short'],
  ['S/N ABCDEF', [], 'a serial needs a digit'],
];

describe('device detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['DEVICE_ID']), want));
});

describe('deviceIdValidity', () => {
  const rows: Array<[string, ReturnType<typeof deviceIdValidity>]> = [
    ['(01)00643169007222', 'valid'], ['(01)00643169007223', 'invalid'], ['PJN448812H', undefined], ['ABCDEF', 'invalid'], ['A12', 'invalid'],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(deviceIdValidity(value), want));
});
