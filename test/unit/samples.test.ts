/** The shipped PHI-free sample must scan clean: a finding there is a false positive users see first. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scanText } from '../../src/core/scan';

const CLEAN_SAMPLE = new URL('../../samples/release-notes-clean.txt', import.meta.url);

describe('samples/release-notes-clean.txt', () => {
  const text = readFileSync(CLEAN_SAMPLE, 'utf8');

  it('has no findings as a whole', () => {
    assert.deepEqual(scanText(text).map((f) => [f.type, f.text]), []);
  });

  it('has no findings on any line alone', () => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    assert.ok(lines.length >= 5);
    assert.deepEqual(lines.flatMap((line) => scanText(line).map((f) => [f.type, f.text])), []);
  });
});
