/**
 * Values whose label stands outside the text (an ADF table cell under its column header, a field under
 * its name). Found by a fresh-eyes hunt: a City cell "Albany", an Age cell "94" and an Admitted cell
 * holding a time stamp were left in ADF tables.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../../../src/core/scan';

const found = (text: string, label: string): Array<[string, string]> =>
  scanText(text, { outsideContext: label }).map((f) => [f.type, f.text]);

describe('values under a label', () => {
  it('reads a place under City, Town or County', () => {
    assert.deepEqual(found('Albany', 'City'), [['LOCATION', 'Albany']]);
    assert.deepEqual(found('Cook', 'County'), [['LOCATION', 'Cook']]);
    assert.deepEqual(found('Albany', 'Notes'), []);
  });

  it('reads an age over 89 under Age, and no younger one', () => {
    assert.deepEqual(found('94', 'Age'), [['AGE', '94']]);
    assert.deepEqual(found('89', 'Age'), []);
  });

  it('reads a name under Name or Patient whole, whatever its form', () => {
    assert.deepEqual(found('SMITH, JOHN', 'Name'), [['NAME', 'SMITH, JOHN']]);
    assert.deepEqual(found('García-López, María José', 'Patient'), [['NAME', 'García-López, María José']]);
    assert.deepEqual(found('Li, Wei', 'Patient name'), [['NAME', 'Li, Wei']]);
    assert.deepEqual(found('Cardiology', 'Department'), []);
    // Third hunt: the Name column of an IT or facility table.
    assert.deepEqual(found('Database Migration', 'Name'), []);
    assert.deepEqual(found('Help Desk', 'Name'), []);
    assert.deepEqual(found('Mercy Hospital', 'Name'), [['LOCATION', 'Mercy Hospital']]);
    assert.deepEqual(found('Jordan Lee', 'Name'), [['NAME', 'Jordan Lee']]);
    // Second fresh-eyes hunt: software in an inventory's Name column.
    assert.deepEqual(found('Red Hat', 'Name'), []);
    assert.deepEqual(found('Apache Tomcat', 'Name'), []);
    assert.deepEqual(found('Chinedu Okonkwo', 'Name'), [['NAME', 'Chinedu Okonkwo']]);
  });

  it('reads a time stamp under a clinical label, not under another', () => {
    assert.deepEqual(found('2024-03-14T08:30:00Z', 'Admitted'), [['DATE', '2024-03-14T08:30:00Z']]);
    assert.deepEqual(found('2024-03-14T08:30:00Z', 'Last modified'), []);
  });
});
