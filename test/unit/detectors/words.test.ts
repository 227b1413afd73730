/**
 * capitalisedWords reads ASCII words with a char-code loop and takes their lower case from the
 * lower-cased text; pinned here against the plain reading it replaced (two regexes per word, the word's
 * own toLowerCase) on generated text full of the characters where the two could part: apostrophes,
 * hyphens, marks, non-ASCII capitals, glue characters.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { capitalisedWords, type Shape } from '../../../src/core/detectors/words';
import { lowerSameLength } from '../../../src/core/detectors/prefilter';
import { generateCorpus } from '../../../bench/corpus';

function plainWords(text: string): Array<{ start: number; end: number; lower: string; shape: Shape }> {
  const capital = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F]/g;
  const restOfWord = /[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+){0,3}/uy;
  // An _ glues only inside an identifier ("my_Var"): one that opens or closes emphasis ("_Laura Palmer_") does not.
  const identifierChar = (at: number): boolean => /[A-Za-z0-9_]/.test(text[at] ?? '');
  // The n, t or r of a JSON escape ("\\nDOB") glues nothing either; nor does a backslash that opens one.
  const escapeLetter = (at: number): boolean => /[ntr]/.test(text[at] ?? '') && text[at - 1] === '\\';
  const gluedBefore = (at: number): boolean => at > 0 && (text[at - 1] === '_' ? identifierChar(at - 2)
    : !escapeLetter(at - 1) && /[\p{L}\d@./\\#$%&+]/u.test(text[at - 1] as string));
  const gluedAfter = (at: number): boolean => at < text.length && (text[at] === '_' ? identifierChar(at + 1)
    : text[at] === '\\' ? !/[ntr"u]/.test(text[at + 1] ?? '') : /[\d@/=]/.test(text[at] as string));
  const shapeOf = (w: string): Shape | undefined => {
    if (!/^\p{Lu}/u.test(w)) return undefined;
    if (w.length === 1) return 'initial';
    // Character by character (UTF-16 code units), as the finder has always counted.
    const units = w.split('');
    const uppers = units.filter((c) => /\p{Lu}/u.test(c)).length;
    if (!units.some((c) => /\p{Ll}/u.test(c))) return 'upper';
    // One capital per part joined by an apostrophe or hyphen ("O'Brien-Smith"), and one more (McDonald).
    const joins = units.filter((c) => /['’-]/.test(c)).length;
    return uppers <= joins + 2 && /['’\p{Ll}]/u.test(w[1] as string) ? 'title' : 'mixed';
  };
  const out: Array<{ start: number; end: number; lower: string; shape: Shape }> = [];
  while (capital.test(text)) {
    const start = capital.lastIndex - 1;
    restOfWord.lastIndex = start + 1;
    restOfWord.test(text);
    let end = restOfWord.lastIndex;
    capital.lastIndex = end;
    if (gluedBefore(start) || gluedAfter(end)) continue;
    if (end - start > 2 && /^['’]s$/.test(text.slice(end - 2, end))) end -= 2;
    const w = text.slice(start, end);
    const shape = shapeOf(w);
    if (shape) out.push({ start, end, lower: w.toLowerCase(), shape });
  }
  return out;
}

const sameAsPlain = (text: string): void => {
  const words = capitalisedWords(text, lowerSameLength(text), (lower) => lower.length);
  assert.deepEqual(words, plainWords(text).map((w) => ({ ...w, kind: w.lower.length })), JSON.stringify(text.slice(0, 80)));
};

describe('capitalisedWords', () => {
  it('reads the words the plain reading does, with the same lower case and shape', () => {
    for (const text of ["Jean-Luc O'Brien's and Smith’s X-Ray", 'McDONALD DeShawn ÉMILE Šušulić ΟΔΥΣΣΕΑΣ Дмитрий',
      'Ke\u0301vin Zoë-Ann İstanbul', 'iPhone QX7 sync_Worker example.Org a=B C/D 5E F@G', 'A. B C\'s D- E\'-F']) sameAsPlain(text);
  });

  it('on generated text', () => {
    // İ lengthens under toLowerCase (so lowerSameLength lowers ASCII only); the Kelvin sign lowers to ASCII k.
    const alphabet = fc.constantFrom(...'aAbBzZsS\'’-. ,_5=/éÉšŠσΣдД\u0301\u0130\u212A\n\\nt'.split(''), 'Mc', 'O\'', 'JOHN', 'Smith');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => sameAsPlain(text)),
      { numRuns: 2000 });
  });

  it('on sample records of the bench corpus', () => {
    for (const record of generateCorpus(3, 200_000)) sameAsPlain(record.text);
  });
});
