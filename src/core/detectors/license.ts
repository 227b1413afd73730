/**
 * Certificate and licence numbers (Safe Harbor K): driver's licences and professional licences
 * (medical, nursing, pharmacy, state board certificates). Each state sets its own driver's licence
 * format (AAMVA DL/ID Card Design Standard, https://www.aamva.org/identity/dl-id-card-design-standard:
 * e.g. Illinois 1 letter + 11 digits "Q417-2093-8812", Florida 1 letter + 12 digits, California 1
 * letter + 7 digits, many states 7-9 digits) and boards number licences freely, so there is no checksum:
 * a value counts only right after a licence cue, and it needs at least 5 digits, which rules out the
 * capitalised words and short codes ("INTRODUCTORY", "H1", "B43") a shape-only recogniser flags.
 * DEA registrations and NPIs have their own validated detectors.
 */
import { cuedPattern, digitCount } from './cue';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';
import { US_STATE_CODES, US_STATES, WORDLIKE_STATE_CODES } from '../gazetteers/places';

/** 5-20 letters and digits with at least 5 digits. */
export function licenseValidity(value: string): Validation {
  const compact = value.replace(/-/g, '');
  if (compact.length < 5 || compact.length > 20 || digitCount(compact) < 5) return 'invalid';
  return undefined;
}

const LICENCE = String.raw`(?:licen[cs]e|lic\b\.?)`;
// "Texas DL 12345678", "NY DL ...": a state before "DL" makes it a licence. Two-letter codes that are
// also words ("IN", "OR", "ME", "PA") are left out: the regex ignores case.
const STATES = [...US_STATES, ...[...US_STATE_CODES].filter((c) => !WORDLIKE_STATE_CODES.has(c)).map((c) => c.toLowerCase())];
/** A qualified licence needs no marker ("driver's license Q417..."); a bare one does ("license #", "DL#"). */
const CUE = [
  String.raw`(?:driver|drivers|driver['’]s|driving|operator['’]?s?|commercial|cdl|medical|nursing|rn|lpn|np|pa|pharmacy|pharmacist|professional|state|board|physician|dental|practitioner)\s?${LICENCE}(?:\s?(?:#|no\b|num\b|number|id\b))?`,
  String.raw`licen[cs]e\s?(?:#|no\b|num\b|number|id\b)`,
  // "DL:" alone is as often a distribution list ("DL: eng-all"): only "DL#" and "DL no." count.
  String.raw`dl\.?\s?(?:#|no\b|num\b|number)|(?:lic|cert)\.?\s?(?:#|:|no\b|num\b|number)`,
  // Read back from "dl" (a cue word the index lists), not forwards from every word a state code opens.
  String.raw`(?<=(?<![\p{L}\p{N}])(?:${STATES.map((s) => s.replace(/ /g, '\\s')).join('|')})\s)dl\b`,
  String.raw`certificat(?:e|ion)\s?(?:#|no\b|num\b|number|id\b)`,
].join('|');

export const license = defineDetector({
  id: 'license',
  type: 'LICENSE_NUMBER',
  requires: HAS_DIGIT,
  description: "Driver's or professional licence / certificate number after its cue; at least 5 digits",
  patterns: [
    {
      name: 'license-after-cue (medium)',
      // Groups split by dashes, or by single spaces between digits ("123 456 789"): a space never
      // takes in the word after the number.
      regex: cuedPattern(CUE, String.raw`(?:[A-Za-z]{1,3}-?)?\d(?:-?[A-Za-z0-9]| \d){4,19}`),
      group: 1, score: 0.3, needsContext: true,
      // The first words of every cue ('driv' for driver, drivers, driving; 'lic' for licence, license).
      startsWith: ['driv', 'operator', 'commercial', 'cdl', 'medical', 'nursing', 'rn', 'lpn', 'np', 'pa', 'pharmac',
        'professional', 'state', 'board', 'physician', 'dental', 'practitioner', 'lic', 'dl', 'cert'],
    },
  ],
  context: [
    'license', 'licence', 'licensed', "driver's license", 'drivers license', 'driver’s license', 'dl', 'lic', 'cert',
    'certificate', 'certification', 'cdl',
  ],
  negativeContext: ['software', 'build', 'version', 'invoice', 'key'],
  validate: licenseValidity,
  examples: {
    match: [
      'Pt driver license no. Q417-2093-8812 (IL)', "my driver's license number is 2270-66-1551", 'DL# F162823540116',
      'RN license 4471902', 'Medical license #A-77120', 'certificate no. 2023-55871', 'Driver’s license: U62928788557186',
      'Pt Texas DL 12345678', 'NY DL 123 456 789', 'TX DL: 12-345-6789', 'FL driver lic W123-456-78-901-0',
    ],
    ignore: ['INTRODUCTORY GUIDE (see policy H1, public dashboard B43, duplicate of m2)', 'license B43', 'MIT license 2024', 'public 12345678', 'DL 55120934', 'duplicate no. 4417823',
      'stored in DL 55120934', 'DL: 12345678 (eng-all distribution list)'],
  },
});
