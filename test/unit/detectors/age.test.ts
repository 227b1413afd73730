/** AGE: ages over 89 in an age phrase (Safe Harbor C); the number alone is reported. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { age } from '../../../src/core/detectors/age';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['a 92-year-old woman', [['AGE', '92']], 'hyphenated'],
  ['He is 93 years old', [['AGE', '93']], 'spelled out'],
  ['pt is 92 y/o', [['AGE', '92']], '"y/o"'],
  ['92yo F with CHF', [['AGE', '92']], '"yo" glued'],
  ['100 y.o. male', [['AGE', '100']], '"y.o."'],
  ['ticket age 120; password age 95; Patient age 92; born in 1931, now 95; now 95 tickets', [['AGE', '92'], ['AGE', '95']], 'things have ages too; "now 95" after a clause is an age (second fresh-eyes hunt)'],
  ['Patient is 91. Pt (96) fell. Mrs. Ito, 99, called. Age/Sex: 93/F. Patient was 96 on room air; version is 91.', [['AGE', '91'], ['AGE', '96'], ['AGE', '99'], ['AGE', '93']], 'the age as a predicate, set off after the person, or under "Age/Sex" (fourth hunt); a saturation and a version are none'],
  ['HPI: 96F with dementia. Room 92F with TV; server room 92F today', [['AGE', '96']], 'age and sex before the history (fourth hunt); a room or a temperature is none'],
  ['age 94', [['AGE', '94']], 'after "age"'],
  ['aged 101', [['AGE', '101']], 'after "aged"'],
  ['Age: 90', [['AGE', '90']], 'form field'],
  ['retired at the age of 96', [['AGE', '96']], '"age of"'],
  ['just turned 95.', [['AGE', '95']], '"turned"'],
  // Found trying the product: ages written out, and death ages.
  ['A ninety-two-year-old woman; her brother, age ninety-four', [['AGE', 'ninety-two'], ['AGE', 'ninety-four']], 'written out'],
  ['one hundred and one years old', [['AGE', 'one hundred and one']], 'written out past a hundred'],
  ["Pt's mother died at 101; father passed away at 96", [['AGE', '101'], ['AGE', '96']], 'age at death'],
  ['a ninety-day supply; died at 0930', [], 'a duration in words; a time of death'],
  ['Process died at 101 seconds after start; pod died at 101.', [], 'processes die too'],
  ['a 45-year-old man; age 89', [], 'ages up to 89 are not identifiers'],
  ['90 days; improved 95%; room 92', [], 'durations, percentages, room numbers'],
  ['age 90 days', [], 'an infant age in days'],
  ['aged 150', [], 'beyond any human age'],
  ['turned 90 degrees', [], 'a unit, not an age'],
  ['dose 1.92 years old stock', [], 'part of a decimal'],
  // Found by a second hunt.
  ['92 YOF with dementia; 94 yom', [['AGE', '92'], ['AGE', '94']], '"YOF" / "YOM": years old female or male'],
  ['patients age 90+ are grouped; Age 90 or older', [], 'the aggregated "90 or older" that Safe Harbor prescribes'],
];

describe('age detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['AGE']), want));
});

describe('age-before-years-old, tried only at the digit runs its spec lists', () => {
  it('lists as next characters exactly those that may follow the number: a dash, a "y" or white space', () => {
    const next = age.patterns.find((p) => p.name.startsWith('age-before-years-old'))?.digitRun?.next ?? '';
    // What the lookahead after the number accepts first, over every UTF-16 code unit.
    const mayFollow = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => /[\s\-y]/iu.test(c));
    assert.deepEqual([...next].sort(), mayFollow.sort());
  });

  it('finds the age before "years old" after any white space', () => {
    for (const space of ['\t', '\n', '\u2009', '\u3000']) assert.deepEqual(spansOf(`a 97${space}years old man`, ['AGE']), [['AGE', '97']]);
  });
});
