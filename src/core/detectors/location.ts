/**
 * Places smaller than a state (Safe Harbor B: "all geographic subdivisions smaller than a State,
 * including ... city, county, precinct"), and facility names (hospitals, clinics), which the clinical
 * de-identification corpora (i2b2 LOCATION/HOSPITAL) treat the same way.
 * States and countries are not PHI under Safe Harbor and are never reported (gazetteers/places.ts).
 * There is no bundled city list, so a place is found by its cue and shape:
 * - after a residence or travel cue ("lives in", "resident of", "born in", "grew up in", "moved from",
 *   "originally from", "City:", "hometown", "transferred to"): one to four capitalised words, with
 *   lower-case connectors inside ("Villafranca del Cid", "Turkovice u Prelouce");
 * - a capitalised name ending in a facility word ("Mercy Medical Center", "St. Mary's Hospital");
 * - a capitalised name before "County" / "Parish" / "Borough" / "Township";
 * - a city before ", ST" or ", State" ("Springfield, IL"): the city alone is the span.
 * Rejected: runs that start with an ordinary word ("from Monday", "from Jira"), states, countries.
 * A city inside a street address is part of the ADDRESS span instead (overlap resolution keeps the
 * container). The NAME detector steps back after the same cues ("from Dolores" is a place).
 */
import { defineDetector, type Candidate } from './detector';
import { COMMON_WORDS } from '../gazetteers/names';
import { COUNTRIES, PLACE_PREFIXES, US_STATES, US_STATE_CODES, WORDLIKE_STATE_CODES } from '../gazetteers/places';
import { lowerSameLength } from './prefilter';
import { findHints, type FindHints } from './text-index';
import { wholeValue } from './cue';
import { isAsciiUpper } from './chars';

// Every pattern starts at a literal anchor (a cue word, a facility word, a comma) and reads the place
// name forwards or backwards from it: a pattern led by a lookbehind or \p{..} runs at a few MB/s in V8.
const cueWords = (alternatives: string): string =>
  alternatives.split('|').map((w) => `[${(w[0] as string).toUpperCase()}${w[0] as string}]${w.slice(1)}`).join('|');
const CUE_PHRASES =
  'lives in|live in|living in|lived in|resident of|resides in|residing in|born in|grew up in|raised in|' +
  'moved here from|moved there from|moved from|moved to|relocated from|relocated to|originally from|hometown is|' +
  'hometown of|hometown|home town is|home town|transferred from|transferred to|admitted to|place of birth|birthplace|' +
  'city|town|village|municipality|i am in|currently in|located in|travelling to|traveling to|flew to|fly to|' +
  'flying to|drove to|arrived at|arrived in|returned to|visiting|staying in|based in';
const CUE = new RegExp(`(?:${cueWords(CUE_PHRASES)}|I'm in|we are in|we're in|CITY|TOWN|where ?:|Where ?:|WHERE ?:)(?: ?:)?[ \\t]{1,3}`, 'y');
/** How every CUE alternative begins, lower-cased: the scan's text index lists where they start words (Detector.findCues). */
const CUE_STARTS = [...CUE_PHRASES.split('|'), "i'm in", 'we are in', "we're in", 'where'];
const CONNECTOR = "(?:de|del|della|di|do|da|dos|das|du|des|la|le|les|los|las|el|u|nad|pod|am|im|an|on|upon|sur|en|y|of|d'|l')";
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}";
const PLACE_RUN = new RegExp(`${CAP}(?:[ -](?:${CONNECTOR} )?${CAP}){0,3}`, 'yu');
// A capitalised weekday, month or time word after a place starts a time phrase, not more of the place:
// "flew to Leppen on Tuesday morning" is Leppen ("on" is also a connector: Rostov-on-Don). "May" is
// left out: Cape May is a place.
const TIME_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|'
  + 'August|September|October|November|December|Today|Tonight|Tomorrow|Yesterday|Morning|Afternoon|Evening|Night|'
  + 'Last|Next|This|Week|Weekend';
const TIME_PHRASE = new RegExp(`[ -](?:${CONNECTOR} )?(?:${TIME_WORDS})(?![\\p{L}]).*$`, 'iu');
const FACILITY_WORD = /(?:Hospital|Clinic|Medical Cent(?:er|re)|Health Cent(?:er|re)|Nursing Home|Infirmary|Hospice|Rehabilitation Center|Rehab Center|Urgent Care|Surgery Center|Care Center)(?![\p{L}])/gu;
const COUNTY_WORD = /(?:County|Parish|Borough|Township)(?![\p{L}])/gu;
/**
 * How every FACILITY_WORD and COUNTY_WORD match begins, lower-cased. Only a match after a space is
 * reported (the names before end in one), and the text index lists every such start, so a text where
 * it lists none is spared the regex's pass; where it lists one, the pass runs as always.
 */
const FACILITY_STARTS = ['hospital', 'clinic', 'medical cent', 'health cent', 'nursing home', 'infirmary', 'hospice',
  'rehab', 'urgent care', 'surgery center', 'care center'];
const COUNTY_STARTS = ['county', 'parish', 'borough', 'township'];
const WORDS_BEFORE = (max: number): RegExp => new RegExp(`(?<![\\p{L}])(?:${CAP} ){1,${max}}$`, 'u');
const FACILITY_NAME_BEFORE = WORDS_BEFORE(4);
const COUNTY_NAME_BEFORE = WORDS_BEFORE(3);
// State codes that are also words or titles (WORDLIKE_STATE_CODES) would turn "Done, OK" or "Smith, MD"
// into places, so they do not count after a comma here.
// Tried, sticky, at each ", " before a capital (found with indexOf): no match holds a comma after its
// first, so no two overlap and that finds what an exec loop finds.
const COMMA_STATE = /, ([A-Z]{2}|[A-Z][a-z]{3,13}(?: [A-Z][a-z]{3,13})?)(?![\p{L}\p{N}])/uy;
const CITY_BEFORE = new RegExp(`(?<![\\p{L}])${CAP}(?: ${CAP}){0,2}$`, 'u');
const BACK = 100;


const SCORE = { cue: 0.6, facility: 0.6, county: 0.6, cityState: 0.55 };

// "Go-live moved to June", "returned to Monday's queue": a date, not a place.
const CALENDAR_WORDS: ReadonlySet<string> = new Set(TIME_WORDS.toLowerCase().split('|').concat(['may']));
// "moved to SharePoint", "OneDrive": a capital inside the first word is a product's, unless a surname-like
// prefix opens the place ("McAllen", "DeKalb", "LaGrange").
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const PLACE_NAME_PREFIX = /^(?:Mc|Mac|De|Di|Du|La|Le|Van)\p{Lu}/u;

function isPlace(run: string): boolean {
  const lower = run.toLowerCase();
  if (COUNTRIES.has(lower) || US_STATES.has(lower)) return false;
  if (INNER_CAPITAL.test(run) && !PLACE_NAME_PREFIX.test(run)) return false;
  const first = lower.split(/[ -]/)[0] as string;
  // A month or day alone ("moved to June"), not a place it opens ("June Lake").
  if (first === lower.replace(/['’]s$/, '') && CALENDAR_WORDS.has(first.replace(/['’]s$/, ''))) return false;
  return !COMMON_WORDS.has(first) || PLACE_PREFIXES.has(first);
}

const LETTER = /\p{L}/u;

function emitLocation(out: Candidate[], start: number, end: number, score: number, pattern: string): void {
  out.push({ detector: 'location', type: 'LOCATION', start, end, pattern, score, needsContext: false });
}

/** Where `re` (anchored with $) matches in the BACK characters before `end`. */
function backwards(text: string, re: RegExp, end: number): number | undefined {
  const from = Math.max(0, end - BACK);
  const m = re.exec(text.slice(from, end));
  return m ? from + m.index : undefined;
}

const FIND_CUES = [...CUE_STARTS, ...FACILITY_STARTS, ...COUNTY_STARTS];

/** Whether one of `words` starts at one of `starts` in `lower`. */
const anyWordAt = (lower: string, starts: readonly number[], words: readonly string[]): boolean =>
  starts.some((i) => words.some((w) => lower.startsWith(w, i)));

/** `hints.cueStarts`: where the words of FIND_CUES start words in `lower` (the scan passes its text index's). */
export function findLocations(text: string, lower = lowerSameLength(text), hints: FindHints = findHints(lower, FIND_CUES)): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  for (const i of hints.cueStarts) {
    // The index skips cues after an ASCII letter; this skips them after any other letter ("éhome town").
    if (i < from || (i > 0 && LETTER.test(text[i - 1] as string))) continue;
    CUE.lastIndex = i;
    const m = CUE.exec(text);
    if (m === null) continue;
    const at = i + m[0].length;
    from = at;
    PLACE_RUN.lastIndex = at;
    const run = PLACE_RUN.exec(text);
    const value = run?.[0].replace(TIME_PHRASE, '').replace(/[.,]$/, '');
    if (value && isPlace(value)) emitLocation(out, at, at + value.length, SCORE.cue, 'location-after-residence-cue (medium)');
  }
  for (const [word, before, score, pattern, starts] of [
    [FACILITY_WORD, FACILITY_NAME_BEFORE, SCORE.facility, 'location-facility (medium)', FACILITY_STARTS],
    [COUNTY_WORD, COUNTY_NAME_BEFORE, SCORE.county, 'location-county (medium)', COUNTY_STARTS],
  ] as const) {
    if (!anyWordAt(lower, hints.cueStarts, starts)) continue;
    word.lastIndex = 0;
    for (let m = word.exec(text); m !== null; m = word.exec(text)) {
      const start = backwards(text, before, m.index);
      if (start !== undefined && isPlace(text.slice(start, m.index).trim())) emitLocation(out, start, m.index + m[0].length, score, pattern);
    }
  }
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 1)) {
    if (!isAsciiUpper(text.charCodeAt(at + 2))) continue;
    COMMA_STATE.lastIndex = at;
    const m = COMMA_STATE.exec(text);
    if (m === null) continue;
    const state = m[1] as string;
    const isState = state.length === 2 ? US_STATE_CODES.has(state) && !WORDLIKE_STATE_CODES.has(state) : US_STATES.has(state.toLowerCase());
    if (!isState) continue;
    const start = backwards(text, CITY_BEFORE, m.index);
    if (start !== undefined && isPlace(text.slice(start, m.index))) emitLocation(out, start, m.index, SCORE.cityState, 'location-city-before-state (medium)');
  }
  return out;
}

export const location = defineDetector({
  id: 'location',
  type: 'LOCATION',
  description: 'Cities, towns, counties and facilities (smaller than a state) by residence cue, facility word, County, City + state',
  patterns: [
    // A "City" or "County" column or field holding only the place ("Albany" under "City").
    { name: 'location-under-label (medium)', regex: wholeValue(PLACE_RUN.source), group: 1, score: 0.3, needsContext: true, underLabel: ['city', 'town', 'city/town', 'county', 'hometown', 'birthplace', 'place of birth', 'municipality'] },
  ],
  find: findLocations,
  findCues: FIND_CUES,
  context: ['lives', 'resident', 'resides', 'born', 'hometown', 'city', 'town', 'county', 'moved', 'transferred', 'admitted', 'discharged', 'patient', 'pt'],
  examples: {
    match: ['Pt lives in Springfield with her daughter', 'resident of Cedar Falls', 'transferred to Mercy Medical Center',
      'Cook County', 'originally from Villafranca del Cid', 'Springfield, Illinois', 'City: Oak Ridge'],
    ignore: ['moved from Jira to Confluence', 'lives in Texas', 'originally from Canada', 'Done, OK', 'John Smith, MD',
      'from Monday'],
  },
});
