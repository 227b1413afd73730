/**
 * Two shortcuts of the ADDRESS finder (core/detectors/address.ts) must decide as the regexes they spare:
 * - the city-state-ZIP and APO/FPO/DPO line ends are tried, sticky, only a few characters before each
 *   run of five digits (matchesBeforeZips), and must find what an exec loop of the same regex finds;
 * - the type-word walk (typeWordBefore) says no only where TYPE_FIRST_BEFORE cannot match.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MILITARY_POST, MILITARY_POST_BACK, STATE_ZIP, STATE_ZIP_BACK, TYPE_FIRST_BEFORE, backwards, matchesBeforeZips, typeWordBefore,
} from '../../../src/core/detectors/address';

const textOf = (pieces: readonly string[], maxLength = 16): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));

/** Starts of the runs of exactly five ASCII digits. */
function fiveDigitRuns(text: string): number[] {
  return [...text.matchAll(/(?<!\d)\d{5}(?!\d)/g)].map((m) => m.index);
}

const spans = (ms: readonly RegExpExecArray[]): string[] => ms.map((m) => `${m.index}:${m[0]}`);

describe('address line ends tried before five-digit runs', () => {
  const pieces = [',', ', ', ' ', '  ', 'IL', 'NY', 'il', 'APO', 'fpo', 'AE', 'ap', '62704', '6270', '627041', '-1234', '-', '1', 'x', '\n', 'Oak Park'];
  // A line end with every spacing around its state or APO word, among loose pieces.
  const lineEnd = fc.tuple(fc.constantFrom('', ',', ', ', ',  ', ' '), fc.constantFrom('IL', 'NY', 'APO AE', 'fpo ap', 'DPO', 'Il'),
    fc.constantFrom('', ' ', '  ', '   '), fc.constantFrom('62704', '62704-1234', '6270', '627041')).map((parts) => parts.join(''));
  const textArb = fc.array(fc.oneof(lineEnd, fc.constantFrom(...pieces)), { maxLength: 8 }).map((a) => a.join(''));
  for (const [name, re, backs] of [['city, ST ZIP', STATE_ZIP, STATE_ZIP_BACK], ['APO/FPO/DPO', MILITARY_POST, MILITARY_POST_BACK]] as const) {
    it(`${name}: what an exec loop of the regex finds`, () => {
      const everywhere = new RegExp(re.source, 'g');
      fc.assert(fc.property(textArb, (text) => {
        assert.deepEqual(spans(matchesBeforeZips(text, fiveDigitRuns(text), re, backs)), spans([...text.matchAll(everywhere)]), text);
      }), { numRuns: 5000 });
    });
  }
});

describe('the type-word walk before a house number', () => {
  it('says no only where the regex finds no type word', () => {
    const pieces = ['Rua', 'Via', 'Avda.', 'Av.', 'Calle', 'rua', 'Xrua', '(', 'do', 'Arenque', 'de la', 'O’Neil', 'é', '𝐀', ' ', '  ', '\t', '\n',
      ':', '12', ',', '-', 'Ste.'];
    fc.assert(fc.property(textOf(pieces, 14), (prefix) => {
      const text = `${prefix} 1634`;
      const at = text.length - 4;
      if (backwards(text, TYPE_FIRST_BEFORE, at) !== undefined) assert.ok(typeWordBefore(text, at), text);
    }), { numRuns: 20000 });
  });
});
