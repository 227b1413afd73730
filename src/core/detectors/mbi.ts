/**
 * Medicare Beneficiary Identifier (Safe Harbor I). Eleven characters C A AN N A AN N A A N N (CMS,
 * https://www.cms.gov/medicare/new-medicare-card/understanding-the-mbi.pdf): position 1 is 1-9, the
 * "A" positions are letters, "AN" letter or digit, "N" digits; the letters S L O I B Z are never used.
 * Dashes (1EG4-TE5-MK73) are for display only. There is no check digit, so evidence is the shape plus
 * context. The shape is strict (five fixed letter slots without S L O I B Z, four fixed digit slots):
 * a random upper-case 11-character code fits it about once in 20,000, so the dashed form is medium on
 * its own and the undashed form needs a context word or reaches the threshold only just.
 * Presidio allows 0 in position 1; CMS and Microsoft Purview do not, and neither do we.
 */
import { defineDetector, HAS_DIGIT } from './detector';

// Letters CMS uses: A-Z without S, L, O, I, B, Z.
const L = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';
const BODY_4 = `[1-9]${L}${AN}\\d`;
const BODY_3 = `${L}${AN}\\d`;
const BODY_LAST = `${L}${L}\\d\\d`;
/** An MBI starts with one digit and a CMS letter (PatternSpec.digitRun). */
const FIRST_DIGIT = { min: 1, max: 1, next: 'ACDEFGHJKMNPQRTUVWXY' };

export const mbi = defineDetector({
  id: 'mbi',
  type: 'MBI',
  requires: HAS_DIGIT,
  description: 'Medicare Beneficiary Identifier: 11 chars C A AN N A AN N A A N N, no S L O I B Z (CMS)',
  patterns: [
    { name: 'mbi-dashed-4-3-4 (medium)', regex: new RegExp(`(?<![A-Za-z0-9-])${BODY_4}-${BODY_3}-${BODY_LAST}(?![A-Za-z0-9]|-[A-Za-z0-9])`, 'g'), score: 0.55, digitRun: FIRST_DIGIT },
    { name: 'mbi-undashed (medium)', regex: new RegExp(`(?<![A-Za-z0-9-])${BODY_4}${BODY_3}${BODY_LAST}(?![A-Za-z0-9]|-[A-Za-z0-9])`, 'g'), score: 0.5, digitRun: FIRST_DIGIT },
  ],
  context: ['mbi', 'medicare', 'beneficiary', 'medicare id', 'medicare number', 'hicn', 'cms', 'medicaid', 'part a', 'part b'],
  negativeContext: ['order', 'tracking', 'serial', 'sku', 'part no', 'build', 'version', 'license key', 'key', 'token', 'hash', 'commit'],
  examples: {
    match: ['Medicare MBI 1EG4-TE5-MK73', 'MBI: 9RT7JK2WX58', 'beneficiary 4CP9-A72-HN06'],
    ignore: ['1EG4-TE5-MK7', '0EG4TE5MK73', '1SG4TE5MK73', '1EG4TE5MK73X', 'license key 1EG4TE5MK73', 'serial 1EG4-TE5-MK73'],
  },
});
