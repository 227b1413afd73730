/**
 * A postcode after a place name (Safe Harbor B: "zip code and their equivalent geocodes"), the way
 * addresses end in most countries: "Aalborg NO 9100", "Springfield, IL 62704" on a line of its own,
 * "LAPPEENRANTA / SK / 53650" as the last lines of an address block, or "lives in Bjert 6091".
 * Shapes are zip.ts's POSTCODE_SHAPE (UPU formats). Without a cue word the evidence is the sentence
 * structure, so the place must be a capitalised word (or a few), not a month, weekday or one of the
 * nouns that number things in tickets ("Room 1203", "Build 4411", "Sprint 2041"), and a four-digit
 * value that could be a year (1900-2099) is refused. A region between place and postcode may be an
 * upper-case code or a missing-value marker of exported data (n/a, nan).
 * "in <Place> <postcode>" is taken alone, but not with three digits ("in Chrome 120"), an acronym of
 * under five letters as the place ("in AWS 12345"), or a plural noun after it ("50000 requests"). At the start of a line, "Word 12345" alone is too weak
 * ("Total 12345"), so the address last-line shape is required: place, region, postcode
 * ("Aalborg NO 9100", "LAPPEENRANTA / SK / 53650"), and an address word nearby (apt, suite, street...).
 * A "Country 12345" line is left to the address detector.
 */
import { defineDetector, type Candidate, HAS_DIGIT } from './detector';
import { occurrences } from './prefilter';
import { POSTCODE_END, POSTCODE_SHAPE, POSTCODE_STRUCTURED } from './zip';

const NOT_PLACES = [
  'Room', 'Rm', 'Suite', 'Ste', 'Apt', 'Unit', 'Floor', 'Fl', 'Building', 'Bldg', 'Bed', 'Ward', 'Bay', 'Wing', 'Box',
  'Build', 'Version', 'Ver', 'Release', 'Sprint', 'Step', 'Phase', 'Stage', 'Page', 'Section', 'Chapter', 'Figure',
  'Fig', 'Table', 'Line', 'Row', 'Column', 'Item', 'Issue', 'Ticket', 'Bug', 'Story', 'Epic', 'Task', 'Order',
  'Invoice', 'Batch', 'Lot', 'Total', 'Year', 'Week', 'Day', 'Port', 'Error', 'Code', 'Status', 'Option', 'Level',
  'Python', 'Java', 'Node', 'Windows', 'Android', 'Chrome', 'Firefox', 'Safari', 'Edge', 'Jira', 'Confluence',
  'Production', 'Prod', 'Staging', 'Dev', 'Test', 'Env', 'Environment', 'Region', 'Zone', 'Cluster', 'Server', 'Shard',
  'Queue', 'Partition', 'Patient', 'Pt', 'Dr', 'Mr', 'Mrs', 'Ms',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
];
const NOT_PLACE = `(?!(?:${NOT_PLACES.flatMap((w) => [w, w.toUpperCase()]).join('|')})(?![\\p{L}]))`;

// One to four capitalised words; the small particles of place names ("Quinta de São Tiago") may join them.
// The first word is Capitalised or upper case of five letters or more: "AWS", "PROJ" and "US" are not places.
const PLACE = `${NOT_PLACE}(?:\\p{Lu}\\p{Ll}[\\p{L}'.-]{0,30}|\\p{Lu}{5,30})(?: (?:\\p{Lu}[\\p{L}'.-]{0,30}|de|da|do|di|del|la|le|les|van|von|am|an|sur|upon)){0,3}`;
// Between the parts: a comma and spaces, or a line break with indentation.
const SEP = '(?:,?[ \\t]{1,4}|[ \\t]*,?\\n[ \\t]{0,8})';
const REGION = '(?:[A-Z]{2,3}|N\\/A|n\\/a|nan)';
const NOT_YEAR = '(?!(?:19|20)\\d\\d(?![\\p{N}]| ?[A-Z]{2}))';
// A number followed by a plural noun is a quantity ("in Prod 50000 requests"), not a postcode.
const NOT_QUANTITY = '(?! (?!this(?!\\p{L}))\\p{Ll}{3,}s(?!\\p{L}))';
// After "in <Place>" three digits are too weak ("in Chrome 120"); an address last line may have them (Iceland).
const VALUE_AFTER_IN = `${NOT_YEAR}(${POSTCODE_STRUCTURED}|\\d{4,6})${POSTCODE_END}${NOT_QUANTITY}`;
const VALUE = `${NOT_YEAR}(${POSTCODE_SHAPE})${POSTCODE_END}${NOT_QUANTITY}`;

// The address-block last line ("Aalborg NO 9100") starts a line or follows ", ". The regex is tried,
// sticky, only there (found by lineStarts), not at every position; that finds exactly what the same
// regex finds with /g.
export const AT_LINE_START = new RegExp(`(?:^|(?<=\\n|, ))[ \\t]*${PLACE}${SEP}${REGION}${SEP}${VALUE}`, 'dmuy');
// What a line start follows: the line breaks of the regex's multiline ^ (\n, \r, \u2028, \u2029) and ", ".
const LINE_START_AFTER = ['\n', '\r', '\u2028', '\u2029', ', '];

/** 0 and the offsets right after each separator of LINE_START_AFTER, ascending: half the cost of a regex pass for all five (measured). */
function lineStarts(text: string): number[] {
  return occurrences(text, LINE_START_AFTER, true, [0]);
}

export function findPostcodesAtLineStart(text: string): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  for (const at of lineStarts(text)) {
    if (at < from || !capitalAfterIndent(text, at)) continue;
    AT_LINE_START.lastIndex = at;
    const m = AT_LINE_START.exec(text);
    const value = m?.indices?.[1];
    if (!m || !value) continue;
    from = at + m[0].length;
    out.push({
      detector: 'postcode-after-place', type: 'ZIP', start: value[0], end: value[1],
      pattern: 'postcode-after-place-at-line-start (weak)', score: 0.3, needsContext: true,
    });
  }
  return out;
}

const CAPITAL = /\p{Lu}/u;

/** Whether a capital follows the spaces and tabs at `at`, as PLACE needs: most line starts fail here, without the regex. */
function capitalAfterIndent(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i += 1;
  const c = text.codePointAt(i);
  if (c === undefined || c < 128) return c !== undefined && c >= 65 && c <= 90;
  return CAPITAL.test(String.fromCodePoint(c));
}

export const postcodeAfterPlace = defineDetector({
  id: 'postcode-after-place',
  type: 'ZIP',
  requires: HAS_DIGIT,
  description: 'Postcode (UPU shapes) after a place name: address-block last line, or "in <Place> <postcode>"',
  patterns: [
    {
      name: 'postcode-after-in-place (medium)',
      regex: new RegExp(`(?<![\\p{L}\\p{N}])[Ii]n ${PLACE}${SEP}(?:${REGION}${SEP})?${VALUE_AFTER_IN}`, 'dgu'),
      group: 1, score: 0.5, startsWith: ['in '],
    },
  ],
  find: findPostcodesAtLineStart,
  context: [
    'address', 'addr', 'apt', 'apartment', 'suite', 'ste', 'unit', 'street', 'st', 'avenue', 'ave', 'road', 'rd',
    'boulevard', 'blvd', 'lane', 'ln', 'drive', 'way', 'po box', 'lives at', 'resides', 'mailing', 'billing', 'shipping', 'home',
  ],
  contextWindow: { before: 120, after: 0 },
  examples: {
    match: ['moved in Springfield 62704 last year', 'in Bjert 6091 in its mission', 'unit 5, Aalborg NO 9100', 'Suite 838\nTujetsch\nnan\n7188'],
    ignore: [
      'seen in Room 1203', 'in March 2024', 'fixed in Build 44117', 'in Chicago 2019', 'Total 12345', 'in Sprint 2041',
      'Deployed in AWS 12345 times', 'errors in Prod 50000 requests', 'Found in Chrome 120', 'in US 1000 patients',
    ],
  },
});
