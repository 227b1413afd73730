/**
 * HL7 v2: the identifying fields of PID, NK1, GT1, IN1, IN2 and MRG segments, typed by field.
 * Found by a false-positive hunt: a pasted PID segment with a name, DOB and MRN gave no finding at all.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findHl7 } from '../../../src/core/detectors/hl7';
import { scanText } from '../../../src/core/scan';
import { redactText } from '../../../src/core/redact/text';

/** A segment with the given fields (by number) and the others empty. */
const segment = (name: string, fields: Readonly<Record<number, string>>): string =>
  [name, ...Array.from({ length: Math.max(...Object.keys(fields).map(Number)) }, (_, i) => fields[i + 1] ?? '')].join('|');

const spans = (text: string): Array<[string, string]> =>
  findHl7(text).map((c) => [c.type, text.slice(c.start, c.end)]);

describe('hl7', () => {
  it('reads the identifier, name and date of birth of a PID segment', () => {
    assert.deepEqual(spans('PID|1||889231^^^MRN||DOE^JOHN||19800101|M'), [
      ['MRN', '889231'], ['NAME', 'DOE'], ['NAME', 'JOHN'], ['DATE', '19800101'],
    ]);
  });

  it('types identifiers by their type code, repetition by repetition, and reads XAD, XTN, account, SSN and licence fields', () => {
    const pid = 'PID|1||00889231^^^HOSP^MR~536228714^^^SSA^SS||SMITH-JONES^MARY^ANN||19620314|F|||12 ASH RD^APT 4^RENO^NV^89501^USA^^^WASHOE'
      + '||(775)555-0100^PRN^PH^mary@example.com|||||ACC778899|536228714|S99912345';
    assert.deepEqual(spans(pid), [
      ['MRN', '00889231'], ['SSN', '536228714'], ['NAME', 'SMITH-JONES'], ['NAME', 'MARY'], ['NAME', 'ANN'], ['DATE', '19620314'],
      ['ADDRESS', '12 ASH RD'], ['ADDRESS', 'APT 4'], ['LOCATION', 'RENO'], ['ZIP', '89501'], ['LOCATION', 'WASHOE'],
      ['PHONE', '(775)555-0100'], ['EMAIL', 'mary@example.com'], ['ACCOUNT_NUMBER', 'ACC778899'], ['SSN', '536228714'], ['LICENSE_NUMBER', 'S99912345'],
    ]);
  });

  it('reads next of kin, guarantor and insured fields; leaves state, country and coded fields', () => {
    assert.deepEqual(spans('NK1|1|ROE^JANE|SPO|12 ASH RD^^RENO^NV^89501|(775)555-0111'), [
      ['NAME', 'ROE'], ['NAME', 'JANE'], ['ADDRESS', '12 ASH RD'], ['LOCATION', 'RENO'], ['ZIP', '89501'], ['PHONE', '(775)555-0111'],
    ]);
    assert.deepEqual(spans(segment('GT1', { 1: '1', 3: 'DOE^JOHN', 8: '19620314', 12: '536228714' })), [['NAME', 'DOE'], ['NAME', 'JOHN'], ['DATE', '19620314'], ['SSN', '536228714']]);
    assert.deepEqual(spans(segment('IN1', { 1: '1', 2: 'BCBS01', 16: 'DOE^JOHN', 17: 'SEL', 18: '19620314', 36: 'XJH123456789' })), [
      ['NAME', 'DOE'], ['NAME', 'JOHN'], ['DATE', '19620314'], ['HEALTH_PLAN_ID', 'XJH123456789'],
    ]);
  });

  it('reads each segment of a message pasted on one line, and no field of the next segment', () => {
    assert.deepEqual(spans('MSH|^~\\&|EPIC|HOSP PID|1||889231^^^MRN||DOE^JOHN PV1|1|I|2E^201^B||||1234567893^WELBY^MARCUS'), [
      ['MRN', '889231'], ['NAME', 'DOE'], ['NAME', 'JOHN'],
    ]);
  });

  it('ignores empty and null fields, other segments, a date that is none, and "PID|" inside a word', () => {
    assert.deepEqual(spans('PID|1||""||^^||2024|M'), []);
    assert.deepEqual(spans('MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202403141200||ADT^A01|123|P|2.5\nOBX|1|NM|2345-7^GLUCOSE^LN||98|mg/dL'), []);
    assert.deepEqual(spans('XPID|1||889231'), []);
    // Third hunt: a process table in an IT ticket is no PID segment.
    assert.deepEqual(spans('PID|1234|root|java -jar app.jar\nPID|USER|%CPU|COMMAND'), []);
  });

  it('redacts a pasted message field by field, keeping its structure', () => {
    const text = 'Interface error on:\nMSH|^~\\&|EPIC|HOSP|LAB|HOSP|202403141200||ADT^A01|123|P|2.5\nPID|1||889231^^^MRN||DOE^JOHN||19800101|M\nPlease advise.';
    const redacted = redactText(text, scanText(text), 'label', 'test-secret');
    assert.equal(redacted, 'Interface error on:\nMSH|^~\\&|EPIC|HOSP|LAB|HOSP|202403141200||ADT^A01|123|P|2.5\nPID|1||[MRN]^^^MRN||[NAME]^[NAME]||[DATE]|M\nPlease advise.');
  });
});
