import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HIPAA_SAFE_HARBOR } from '../../../src/core/policy/defaults';
import { checkLinearPattern } from '../../../src/core/policy/linear-pattern';
import { parsePolicy } from '../../../src/core/policy/parse';
import { ruleFor } from '../../../src/core/policy/schema';
import { scanText } from '../../../src/core/scan';
import { allowlistFingerprint } from '../../../src/core/fingerprint';

const policy = (extra: Record<string, unknown>) => {
  const parsed = parsePolicy({ schemaVersion: 1, name: 'test', ...extra });
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.join('; '));
  return parsed.policy;
};

describe('policy schema', () => {
  it('the built-in default is HIPAA Safe Harbor, every type on, threshold 0.5, redact with labels', () => {
    assert.equal(HIPAA_SAFE_HARBOR.name, 'HIPAA Safe Harbor');
    assert.equal(HIPAA_SAFE_HARBOR.tokenStyle, 'label');
    assert.deepEqual(ruleFor(HIPAA_SAFE_HARBOR, 'SSN'), { enabled: true, minScore: 0.5, action: 'redact' });
  });

  it('reports problems with their field path', () => {
    const parsed = parsePolicy({ schemaVersion: 1, name: 'x', types: { SSN: { minScore: 2 } }, tokenStyle: 'shout' });
    assert.equal(parsed.ok, false);
    assert.deepEqual(parsed.problems?.map((p) => p.split(':')[0]).sort(), ['tokenStyle', 'types.SSN.minScore']);
  });

  it('refuses an unknown schema version and unknown keys', () => {
    assert.equal(parsePolicy({ schemaVersion: 2, name: 'x' }).ok, false);
    assert.equal(parsePolicy({ schemaVersion: 1, name: 'x', extra: true }).ok, false);
  });

  it('refuses a custom detector whose pattern can backtrack exponentially', () => {
    const parsed = parsePolicy({ schemaVersion: 1, name: 'x', customDetectors: [{ id: 'bad', pattern: '(a+)+b' }] });
    assert.equal(parsed.ok, false);
    assert.match(parsed.problems?.[0] ?? '', /customDetectors\.0\.pattern: a repeated group/);
  });
});

describe('linear-pattern check', () => {
  const refused: Array<[string, RegExp]> = [
    ['(a+)+$', /repeated group/], ['(a|ab)*c', /repeated group/], ['(\\d+-?)+', /repeated group/],
    ['\\d*\\d*\\d*\\d*\\d*\\d*X', /at most one unbounded quantifier/], ['[A-Z]+-\\d+', /at most one unbounded quantifier/],
    ['ID\\d{2,}X\\d*', /at most one unbounded quantifier/],
    ['(x)\\1', /back-references/], ['(?<=a)b', /lookbehind/], ['.*', /nearly any text/], ['(', /not a valid/],
  ];
  for (const [source, reason] of refused) it(`refuses ${source}`, () => assert.match(checkLinearPattern(source) ?? '', reason));
  for (const source of ['MRN-\\d{8}', '[A-Z]{2}\\d{6,9}', '(?:\\d{3}-){2}\\d{4}', 'H\\d{7}[A-Z]?', 'CASE-\\d+', '[*+]X\\d{1,9}\\*', 'A\\d{2,30}-\\d{4}']) {
    it(`accepts ${source}`, () => assert.equal(checkLinearPattern(source), undefined));
  }

  it('a custom detector with the polynomial pattern that ran for minutes is refused', () => {
    const parsed = parsePolicy({ schemaVersion: 1, name: 'x', customDetectors: [{ id: 'slow', pattern: '\\d*\\d*\\d*\\d*\\d*\\d*X' }] });
    assert.equal(parsed.ok, false);
    assert.match(parsed.problems?.[0] ?? '', /customDetectors\.0\.pattern: at most one unbounded quantifier/);
  });
});

describe('policy in the scan', () => {
  it('a disabled type is not reported', () => {
    const p = policy({ types: { SSN: { enabled: false } } });
    assert.deepEqual(scanText('SSN 412-58-7391', { policy: p }), []);
  });

  it('a minimum score above the finding score hides it', () => {
    const p = policy({ types: { SSN: { minScore: 1 } } });
    assert.deepEqual(scanText('number 412-58-7391', { policy: p }).map((f) => f.type), []);
  });

  it('allowlisted exact values, patterns and fingerprints are not reported', () => {
    const text = 'SSN 412-58-7391 and SSN 618-20-4471 and SSN 899-41-2267';
    const p = policy({ allowlist: {
      values: ['412-58-7391'],
      patterns: ['618-20-\\d{4}'],
      fingerprints: [allowlistFingerprint('site-secret', '899-41-2267')],
    } });
    assert.deepEqual(scanText(text, { policy: p, secret: 'site-secret' }).map((f) => f.text), []);
    assert.equal(scanText(text, { policy: p, secret: 'another-secret' }).length, 1);
  });

  it('an allowlisted value also covers what is found inside it where it stands in the text (fourth hunt)', () => {
    const p = policy({ allowlist: { values: ['Springfield General Hospital', 'Grace Hopper team'] } });
    const text = 'Transferred to Springfield  general HOSPITAL; ask the Grace Hopper team. Lives in Springfield, IL 62704';
    assert.deepEqual(scanText(text, { policy: p }).map((f) => `${f.type}:${f.text}`), ['LOCATION:Springfield', 'ZIP:62704']);
    assert.deepEqual(scanText('ask the Grace Hopper team', { policy: HIPAA_SAFE_HARBOR }).map((f) => f.text), ['Grace Hopper']);
  });

  it('a custom detector finds a site MRN format with its context and checksum', () => {
    const p = policy({ customDetectors: [{ id: 'acme-mrn', type: 'MRN', pattern: 'AC\\d{7}', context: ['acme mrn', 'chart'], checksum: 'luhn' }] });
    // 7992738 passes Luhn, 7992739 does not; the last value has no context word within reach.
    const text = 'Chart AC7992739 reviewed; acme mrn AC7992738 confirmed. ' + 'x '.repeat(40) + 'AC7992738';
    const found = scanText(text, { policy: p });
    assert.deepEqual(found.map((f) => [f.type, f.text, f.detector, f.start]), [['MRN', 'AC7992738', 'custom:acme-mrn', 35]]);
  });
});
