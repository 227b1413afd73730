import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingRanges, scanDocument } from '../../../src/core/adf';

describe('findingRanges', () => {
  it('gives one range per text node a finding covers, pointing at the text string', () => {
    const doc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [
      { type: 'text', text: 'SSN: ' }, { type: 'text', text: '412-58-', marks: [{ type: 'strong' }] }, { type: 'text', text: '7391 ok' },
    ] }] };
    assert.deepEqual(findingRanges(doc, scanDocument(doc)), [
      { pointer: '/content/0/content/1/text', from: 0, to: 7, text: '412-58-' },
      { pointer: '/content/0/content/2/text', from: 0, to: 4, text: '7391' },
    ]);
  });

  it('points at the attribute for a finding inside a link target', () => {
    const href = 'https://portal.example.org/chart?mrn=00417823';
    const doc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [
      { type: 'text', text: 'chart', marks: [{ type: 'link', attrs: { href } }] },
    ] }] };
    assert.deepEqual(findingRanges(doc, scanDocument(doc)), [
      { pointer: '/content/0/content/0/marks/0/attrs/href', from: 0, to: href.length, text: href },
    ]);
  });
});
