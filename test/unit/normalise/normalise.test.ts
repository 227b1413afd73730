import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalise } from '../../../src/core/normalise/normalise';

/** Maps a folded span back to the original characters. */
const back = (original: string, start: number, end: number): string => {
  const n = normalise(original);
  return original.slice(n.toOriginalStart(start), n.toOriginalEnd(end));
};

describe('normalise', () => {
  const cases: Array<[string, string, string]> = [
    // [why, input, folded]
    ['ASCII passes through unchanged', 'SSN 412-58-7391', 'SSN 412-58-7391'],
    ['fullwidth digits and dash fold to ASCII', '\uff14\uff11\uff12\uff0d\uff15\uff18', '412-58'],
    ['Unicode hyphen and en dash become "-"', '412\u201058\u20137391', '412-58-7391'],
    ['minus sign becomes "-"', '412\u221258', '412-58'],
    ['zero-width space, joiner and soft hyphen are removed', '41\u200b2-5\u00ad8-73\u200d91', '412-58-7391'],
    ['no-break and thin spaces become " "', '618\u00a020\u20094471', '618 20 4471'],
    ['Arabic-Indic digits fold to ASCII', '\u0664\u0661\u0662', '412'],
    ['fullwidth parentheses fold', '\uff08\uff13\uff11\uff12\uff09', '(312)'],
    ['ligatures expand under NFKC', 'pro\ufb01le', 'profile'],
  ];
  for (const [why, input, folded] of cases) {
    it(why, () => assert.equal(normalise(input).text, folded));
  }

  it('maps a folded span back to the original characters, zero-width characters inside included', () => {
    const original = 'SSN: 41\u200b2-58-7391!';
    const n = normalise(original);
    const start = n.text.indexOf('412');
    assert.equal(back(original, start, start + 11), '41\u200b2-58-7391');
  });

  it('maps fullwidth spans back to the fullwidth text', () => {
    const original = '\u60a3\u8005 SSN\uff1a\uff14\uff11\uff12\uff0d\uff15\uff18\uff0d\uff17\uff13\uff19\uff11\u3001';
    const n = normalise(original);
    const start = n.text.indexOf('412');
    assert.equal(back(original, start, start + 11), '\uff14\uff11\uff12\uff0d\uff15\uff18\uff0d\uff17\uff13\uff19\uff11');
  });

  it('keeps surrogate pairs whole when mapping back', () => {
    const original = '\ud83e\ude7a pt 412-58-7391';
    const n = normalise(original);
    const start = n.text.indexOf('412');
    assert.equal(original.slice(n.toOriginalStart(start), n.toOriginalEnd(start + 11)), '412-58-7391');
    assert.equal(original.slice(n.toOriginalStart(0), n.toOriginalEnd(1)), '\ud83e\ude7a');
  });
});
