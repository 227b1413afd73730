/**
 * National numbers of patients from abroad (Safe Harbor R, "any other unique identifying number"): the
 * UK's NHS number, ten digits with a weighted mod 11 check digit (NHS Data Dictionary, "NHS Number"),
 * and Canada's Social Insurance Number, nine digits with a Luhn check digit (Employment and Social
 * Development Canada). Both are written in groups that look like a phone number ("943 476 5919",
 * "046 454 286"), so they are read only right after their cue, and the phone detector counts those cues
 * against itself.
 */
import { luhnValid } from '../checksums/luhn';
import { mod11Valid } from '../checksums/mod11';
import { cuedPattern } from './cue';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

export function nationalIdValidity(value: string): Validation {
  const digits = value.replace(/[ -]/g, '');
  if (/^(\d)\1+$/.test(digits)) return 'invalid';
  if (digits.length === 10) return mod11Valid(digits) ? 'valid' : 'invalid';
  return digits.length === 9 && luhnValid(digits) ? 'valid' : 'invalid';
}

export const nationalId = defineDetector({
  id: 'national-id',
  type: 'OTHER_ID',
  requires: HAS_DIGIT,
  description: 'UK NHS number (mod 11) and Canadian Social Insurance Number (Luhn) after their cue',
  patterns: [
    {
      name: 'nhs-number-after-cue (medium)',
      regex: cuedPattern(String.raw`nhs(?:\s?(?:no\b|number|num\b|#))?`, String.raw`\d{3}[ -]?\d{3}[ -]?\d{4}`),
      group: 1, score: 0.4, startsWith: ['nhs'],
    },
    {
      name: 'sin-after-cue (medium)',
      regex: cuedPattern(String.raw`(?:sin|social\sinsurance)(?:\s?(?:no\b|number|num\b|#))?`, String.raw`\d{3}[ -]?\d{3}[ -]?\d{3}`),
      group: 1, score: 0.4, startsWith: ['sin', 'social'],
    },
  ],
  context: ['nhs', 'nhs number', 'sin', 'social insurance', 'social insurance number'],
  validate: nationalIdValidity,
  examples: {
    match: ['NHS number 943 476 5919', 'NHS No: 9434765919', 'SIN 046 454 286', 'Social Insurance Number: 046-454-286'],
    ignore: ['NHS number 943 476 5918', 'SIN 046 454 287', 'sin 1234', 'NHS 111 111 1111'],
  },
});
