/** PHI attracts PHI: a bare full date is reported next to other strong PHI, and not in ordinary prose. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../../../src/core/scan';

const found = (text: string): string[] => scanText(text).map((f) => `${f.type}:${f.text}`);

describe('co-occurrence', () => {
  it('reports a bare date in a text that holds an SSN', () => {
    assert.deepEqual(found('Callback re SSN 412-58-7391, 03/14/1962.'), ['SSN:412-58-7391', 'DATE:03/14/1962']);
  });
  it('reports a bare date next to a patient name', () => {
    assert.deepEqual(found('Reginald Thistlewood 1949-03-08'), ['NAME:Reginald Thistlewood', 'DATE:1949-03-08']);
  });
  it('leaves a bare date alone in release notes', () => {
    assert.deepEqual(found('Version 4.18.2 shipped on 2026-11-30; the v1 endpoints are removed on 2026-09-30.'), []);
  });
  it('is not turned on by a help desk\'s e-mail or phone (fourth hunt)', () => {
    assert.deepEqual(found('Contact helpdesk@example-hospital.org. Go-live 03/14/2026.'), ['EMAIL:helpdesk@example-hospital.org']);
    assert.deepEqual(found('Call the desk at 312-555-0100. Patch window 03/14/2026.'), ['PHONE:312-555-0100']);
  });
  it('says why the date was reported', () => {
    const date = scanText('SSN 412-58-7391, 03/14/1962').find((f) => f.type === 'DATE');
    assert.equal(date?.why.context, 'other PHI in the same text');
  });
});
