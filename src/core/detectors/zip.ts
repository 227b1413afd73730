/**
 * US ZIP codes (Safe Harbor B): ZIP 5 and ZIP+4 (USPS Publication 28, https://pe.usps.com/text/pub28/),
 * plus a postcode of any country written right after a ZIP / postal-code cue ("ZIP: 394 13",
 * "my zip code is 7412 SL"). Prefix 000 is never assigned.
 *
 * A bare five-digit number is everywhere (counts, prices, ids), so it is a ZIP only after a state
 * ("IL 62704", "Illinois 62704") or a ZIP cue; a postcode at the end of an address line is the
 * postcode-after-place detector's. ZIP+4 is distinctive enough alone: it is neither an SSN (3-2-4) nor
 * a phone part (3-4), and the patterns refuse it inside longer digit-dash runs.
 */
import { defineDetector, type Validation, HAS_DIGIT } from './detector';
import { WORDLIKE_STATE_CODES } from '../gazetteers/places';

/**
 * The 17 three-digit ZIP prefixes whose combined population was 20,000 or fewer at the 2000 Census (HHS
 * de-identification guidance, https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/index.html).
 * Safe Harbor (B) lets a de-identified record keep the first three digits of a ZIP only when that area
 * has more than 20,000 people; for these prefixes even the three digits must become "000". HHS says to
 * re-check the list when newer Census data is published.
 */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893',
]);

const STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI',
  'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'VI', 'GU', 'AS', 'MP',
];
const STATE_NAMES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'District of Columbia',
];

/**
 * A state code or name, after no letter or digit, and the space or line break between it and a ZIP. A
 * code that is also a word ("OR", "IN", "PA") needs a city before it, after a comma or a capitalised
 * word ("Salem, OR 97301", "Pittsburgh PA 15213"), or a line to itself; "ID" needs the comma or the
 * line: "Event ID 10016", "Patient ID 12345" and "Job ID 20481" are ids, "Seen in OR 12345" a room.
 */
const PLAIN_CODES = STATE_CODES.filter((c) => !WORDLIKE_STATE_CODES.has(c));
const WORDLIKE_CODES = STATE_CODES.filter((c) => WORDLIKE_STATE_CODES.has(c));
const WORDLIKE_BUT_ID = WORDLIKE_CODES.filter((c) => c !== 'ID');
export const AFTER_STATE = `(?:(?<![\\p{L}\\p{N}])(?:${PLAIN_CODES.join('|')}|${STATE_NAMES.join('|')})`
  + `|(?<=[\\p{L}.], ?|^[ \\t]{0,8}|\\n[ \\t]{0,8})(?:${WORDLIKE_CODES.join('|')})`
  + `|(?<=\\p{Lu}[\\p{Ll}'.-]{1,30} )(?:${WORDLIKE_BUT_ID.join('|')}))(?:,? {1,2}|,?\\n[ \\t]{0,8})`;

/**
 * Postcode shapes of the Universal Postal Union members' formats, longest first: Canada A9A 9A9, UK,
 * Netherlands 9999 AA, Brazil 99999-999, Portugal 9999-999, Poland 99-999, Sweden/Czechia/Greece 999 99,
 * (POSTCODE_STRUCTURED), then 3 to 6 digits. Upper case only: "ZIP: 1234 in" must not take "in" as the Dutch letters.
 */
export const POSTCODE_STRUCTURED =
  '[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|\\d{4} ?[A-Z]{2}|\\d{5}-\\d{3,4}|\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{3} \\d{2}';
export const POSTCODE_SHAPE = `${POSTCODE_STRUCTURED}|\\d{3,6}`;
/** No letter or digit right after a postcode, and no "-5" or ".5" that would make it part of a longer number. */
export const POSTCODE_END = '(?![\\p{L}\\p{N}]|[-.,/:]\\p{N}|%)';

// "zip", "ZIP code", "postal code", "Postcode", "post code" in any case; a bare "zip" only with ":" "#"
// or "is" after it, so "zip 100 files" is not a postcode.
const CUE = '(?:[Zz][Ii][Pp] ?[Cc][Oo][Dd][Ee][Ss]?|[Pp][Oo][Ss][Tt](?:[Aa][Ll])? ?[Cc][Oo][Dd][Ee][Ss]?|[Zz][Ii][Pp](?= ?[:#]| [Ii][Ss] ))';
const CUE_TAIL = '(?: [Ii][Ss]| [Ww][Aa][Ss]| [Nn][Oo]\\.?)? ?[:#]? {0,3}';

export function zipValidity(value: string): Validation {
  // Only US-shaped values have a rule: ZIP prefix 000 is unassigned.
  return /^000\d{2}(?:-\d{4})?$/.test(value) ? 'invalid' : undefined;
}

export const zip = defineDetector({
  id: 'zip',
  type: 'ZIP',
  requires: HAS_DIGIT,
  description: 'US ZIP / ZIP+4 (USPS) after a state or ZIP cue, ZIP+4 alone, any postcode after a ZIP cue',
  patterns: [
    { name: 'zip-plus-4 (strong)', regex: /(?<![\d-]|\d[.,])\d{5}-\d{4}(?![\d-]|[.,]\d)/g, score: 0.6, digitRun: { min: 5, max: 5, next: '-', then: { min: 4, max: 4 } } },
    {
      name: 'zip-after-state (medium)',
      // The state is looked for behind the ZIP, so the pattern is tried only at runs of five digits
      // (PatternSpec.digitRun) rather than from every position (a lookbehind and 110 alternatives).
      regex: new RegExp(`(?<=${AFTER_STATE})\\d{5}(?:-\\d{4})?(?![\\p{N}]|[-.,]\\p{N})`, 'gu'),
      score: 0.6,
      digitRun: { min: 5, max: 5 },
    },
    {
      name: 'postcode-after-zip-cue (medium)',
      regex: new RegExp(`(?<![\\p{L}\\p{N}])${CUE}${CUE_TAIL}(${POSTCODE_SHAPE})${POSTCODE_END}`, 'dgu'),
      group: 1,
      score: 0.5,
      startsWith: ['zip', 'post'],
      needsContext: true,
    },
    { name: 'zip5-near-zip-cue (weak)', regex: /(?<![\d.,$-])\d{5}(?![\d]|[.,-]\d)/g, score: 0.3, needsContext: true, digitRun: { min: 5, max: 5 } },
  ],
  context: ['zip', 'zip code', 'zipcode', 'zip#', 'postal code', 'postcode', 'post code'],
  contextWindow: { before: 24, after: 0 },
  validate: zipValidity,
  examples: {
    match: ['moved within IL 62704 last year', 'Illinois 62704', 'mail to 62704-1234', 'ZIP: 394 13', 'my zip code is 7412 SL', 'Postal code B0J 2H0', 'zip code for the clinic 60601'],
    ignore: ['62704', 'Windows Event ID 10016', 'Patient ID 12345', 'Seen in OR 12345', 'SSN 412-58-7391', 'IL 00012', '00012-3456', 'zip 100 files', 'unzip 12345 files', 'order 62704-1234-55', 'call 555-0123'],
  },
});
