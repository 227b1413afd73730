/**
 * The cue table (core/detectors/text-index.ts) finds each owner's cue words by their first three
 * characters. Whatever the words and the text, the starts it lists must be exactly where one of the
 * owner's words starts a word: checked against a plain search at every offset.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cueTable, indexText, type CueOwner } from '../../src/core/detectors/text-index';

/** Where one of `owner`'s words starts after no ASCII letter, searched at every offset. */
function naiveStarts(lower: string, owner: CueOwner): number[] {
  const starts: number[] = [];
  for (let i = 0; i < lower.length; i += 1) {
    if (i > 0 && /[a-zA-Z]/.test(lower[i - 1] as string)) continue;
    if (owner.words.some((w) => lower.startsWith(w, i))) starts.push(i);
  }
  return starts;
}

const LETTERS = ['a', 'b', 'p', 't', 'ü', '-', '.', '#'];
const wordArb = fc.tuple(fc.constantFrom('a', 'b', 'p'), fc.constantFrom('a', 'b', 't', '.', '#'), fc.array(fc.constantFrom(...LETTERS), { maxLength: 3 }))
  .map(([first, second, rest]) => first + second + rest.join(''));
const ownersArb = fc.array(fc.array(wordArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
  .map((lists) => lists.map((words): CueOwner => ({ key: {}, words })));
const textArb = fc.array(fc.constantFrom(...LETTERS, ' ', '1', 'A', 'pa', 'pat', 'ab', '\n', 'é'), { maxLength: 40 }).map((a) => a.join(''));

describe('the cue table lists exactly where each owner\'s words start words', () => {
  it('generated words, owners sharing words, and texts', () => {
    fc.assert(fc.property(ownersArb, textArb, (owners, text) => {
      const index = indexText(text, cueTable(owners));
      for (const owner of owners) {
        const naive = naiveStarts(text, owner);
        assert.deepEqual(index.cueStarts.get(owner.key) ?? [], naive, `${JSON.stringify(owner.words)} in ${JSON.stringify(text)}`);
      }
    }), { numRuns: 3000 });
  });

  it('a word of two characters at the end of the text, two owners of one word, two words of one owner at one place', () => {
    const one = { key: {}, words: ['pt'] };
    const two = { key: {}, words: ['pt', 'patient', 'pa'] };
    const index = indexText('patient pt', cueTable([one, two]));
    assert.deepEqual(index.cueStarts.get(one.key), [8]);
    assert.deepEqual(index.cueStarts.get(two.key), [0, 8]);
  });
});
