/**
 * Context windows (core/score/context.ts): the text before and after a candidate that context words are
 * looked for in. A window edge that falls inside a word leaves that word out, so the tail of "ship" is
 * not the IP cue "ip" and the head of "pharmacy" is not the phone cue "ph".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../../../src/core/scan';
import { contextMayBeNear, windowAround } from '../../../src/core/score/context';

describe('context windows', () => {
  it('keeps whole words at both edges', () => {
    const lower = 'the relationship 10.0.0.7 pharmacy';
    const start = lower.indexOf('10.');
    const end = start + '10.0.0.7'.length;
    // 4 back lands in "relationship" ("hip "), 3 on lands in "pharmacy" (" ph").
    assert.deepEqual(windowAround(lower, start, end, 4, 3), { before: ' ', after: ' ', outside: undefined });
    // Edges between words are kept as they are.
    assert.deepEqual(windowAround(lower, start, end, 13, 9), { before: 'relationship ', after: ' pharmacy', outside: undefined });
    assert.deepEqual(windowAround(lower, start, end, 100, 100), { before: 'the relationship ', after: ' pharmacy', outside: undefined });
  });

  it('puts outside context (a table header) in front of the window before', () => {
    assert.deepEqual(windowAround('dob 1949-03-08', 4, 14, 48, 24, 'date of birth'),
      { before: 'date of birth\ndob ', after: '', outside: 'date of birth' });
  });

  it('does not take the tail of a word cut by the window for a context word (a bug: "ship" read as "ip")', () => {
    // The private-range IPv4 pattern needs an IP word near; the 48 characters before the address start
    // at the "ip" of "Relationship".
    assert.deepEqual(scanText(`Relationship${' '.repeat(46)}10.0.0.7 is up`), []);
    const found = scanText(`Relationship manager, IP ${' '.repeat(20)}10.0.0.7 is up`);
    assert.deepEqual(found.map((f) => [f.type, f.text, f.why.context]), [['IP_ADDRESS', '10.0.0.7', 'ip']]);
  });
});

describe('whether a context word may be near (the scan\'s context gate)', () => {
  it('looks for a listed word start within the reach before and after the candidate', () => {
    const lower = 'phone xxxxxxxxxx 3125550142 yy';
    const start = lower.indexOf('312');
    const end = start + 10;
    assert.equal(contextMayBeNear(lower, start, end, 48, 24, [0]), true);
    assert.equal(contextMayBeNear(lower, start, end, 16, 24, [0]), false, '"phone" starts 17 before the candidate');
    assert.equal(contextMayBeNear(lower, start, end, 17, 24, [0]), true);
    assert.equal(contextMayBeNear(lower, start, end, 48, 24, []), false);
  });

  it('always searches a candidate that ends in a letter: a word glued after it is no word start to the index', () => {
    const lower = 'q1234abcref';
    // The index lists no start for "ref" (it follows the letter "c"), yet the window after the candidate begins with it.
    assert.equal(contextMayBeNear(lower, 0, 8, 48, 24, []), true);
    assert.equal(contextMayBeNear('q1234567ref', 0, 8, 48, 24, []), false);
  });
});
