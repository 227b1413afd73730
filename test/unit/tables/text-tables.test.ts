/**
 * Tables typed as text: each data cell is read with its column header as context, so an MRN, a date or
 * a name in a pasted table is found with no cue beside it (fresh-eyes hunt: the MRNs were left).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../../../src/core/scan';
import { textTableCells } from '../../../src/core/text-tables';

const cells = (text: string): string[] => textTableCells(text).map((c) => `${c.header}=${text.slice(c.start, c.end)}`);
const found = (text: string): string[] => scanText(text).map((f) => `${f.type}:${f.text}`);

describe('text tables', () => {
  it('reads Markdown, Jira wiki and CSV tables with their headers', () => {
    assert.deepEqual(cells('Name | MRN\n--- | ---\nAlvarez, Rosa | 00982211'), ['Name=Alvarez, Rosa', 'MRN=00982211']);
    assert.deepEqual(cells('||Patient||MRN||\n|Jane Roe|00417823|'), ['Patient=Jane Roe', 'MRN=00417823']);
    assert.deepEqual(cells('name,dob,mrn\n"Okafor, Chinedu",1988-09-21,4471122'), ['name=Okafor, Chinedu', 'dob=1988-09-21', 'mrn=4471122']);
    assert.deepEqual(cells('host\tip\trole\nehr-app-01\t10.1.2.11\tapp'), ['host=ehr-app-01', 'ip=10.1.2.11', 'role=app']);
  });

  it('finds no table in prose, one line, or rows of another width', () => {
    assert.deepEqual(cells('Hi Bob, thanks, see below\nMeeting moved, again, sorry for the short notice today'), []);
    assert.deepEqual(cells('name,dob,mrn'), []);
    assert.deepEqual(cells('Name | MRN\nsee the chart for details'), []);
    assert.deepEqual(cells('Version 1.2 | build 3\nfoo | bar'), []);
  });

  it('finds the values under their headers, at their places in the text', () => {
    assert.deepEqual(found('Name | DOB | MRN\n--- | --- | ---\nAlvarez, Rosa | 05/17/1944 | 00982211'),
      ['NAME:Alvarez, Rosa', 'DATE:05/17/1944', 'MRN:00982211']);
    assert.deepEqual(found('name,dob,mrn\n"Okafor, Chinedu",1988-09-21,4471122'), ['NAME:Okafor, Chinedu', 'DATE:1988-09-21', 'MRN:4471122']);
  });

  it('leaves an IT table alone', () => {
    assert.deepEqual(found('| Server | Role | Owner |\n|---|---|---|\n| ehr-db-01 | db | Infrastructure |'), []);
  });
});
