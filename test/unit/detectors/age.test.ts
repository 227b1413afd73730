/** AGE: ages over 89 in an age phrase (Safe Harbor C); the number alone is reported. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['a 92-year-old woman', [['AGE', '92']], 'hyphenated'],
  ['He is 93 years old', [['AGE', '93']], 'spelled out'],
  ['pt is 92 y/o', [['AGE', '92']], '"y/o"'],
  ['92yo F with CHF', [['AGE', '92']], '"yo" glued'],
  ['100 y.o. male', [['AGE', '100']], '"y.o."'],
  ['age 94', [['AGE', '94']], 'after "age"'],
  ['aged 101', [['AGE', '101']], 'after "aged"'],
  ['Age: 90', [['AGE', '90']], 'form field'],
  ['retired at the age of 96', [['AGE', '96']], '"age of"'],
  ['just turned 95.', [['AGE', '95']], '"turned"'],
  ['a 45-year-old man; age 89', [], 'ages up to 89 are not identifiers'],
  ['90 days; improved 95%; room 92', [], 'durations, percentages, room numbers'],
  ['age 90 days', [], 'an infant age in days'],
  ['aged 150', [], 'beyond any human age'],
  ['turned 90 degrees', [], 'a unit, not an age'],
  ['dose 1.92 years old stock', [], 'part of a decimal'],
];

describe('age detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['AGE']), want));
});
