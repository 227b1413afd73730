/**
 * Street addresses (Safe Harbor B: "street address, city, county, precinct, zip code").
 * Shapes: USPS Publication 28 (https://pe.usps.com/text/pub28/welcome.htm): primary number, optional
 * pre-directional, street name, suffix (C1 list, common ones here), post-directional, secondary unit
 * designator (C2: Apt, Suite, Unit, Bldg, Floor, Room, #); PO Box; military PSC/CMR/Unit + Box with
 * APO/FPO/DPO and the AA/AE/AP "states"; the last line "City, ST 12345". European shapes, street name
 * then number: a type word first ("Rua do Arenque 1634", "Via Roma 131", "29 Rue de Tanger") or a
 * compound suffix ("Koskikatu 25", "Mellemvej 32", "Puruntie 82", "Rooseveltlaan 110").
 *
 * Spans, as the spec's type table parts an address: ADDRESS is the street with its units (or the PO
 * box, military box, ship); LOCATION the city, county or town; ZIP the postcode. After a street the block
 * runs on over up to four short parts that look like city / state / zip / country, comma-, line- or
 * table-cell-separated ("...Apt. 864\nArtilleros\n, CO\n Uruguay 64677", "Ann Lee,19 Cedar Ave,Albany,NY,12207",
 * "| 19 Cedar Ave | Albany | NY | 12207 |"); it stops at a lower-case word, a colon, an e-mail, a
 * sentence's full stop, a part after the postcode that is no country, or a blank line (crossed only by
 * a "Country 12345" part). After an address cue a block typed in lower case is read too ("lives at 12
 * elm st springfield il 62704").
 * Those parts are reported one by one (addBlockParts), and the state and country, not PHI, stay in the
 * text: "[ADDRESS], [LOCATION], IL [ZIP]". A unit alone ("Apt. 595", "Suite 501") is an address only
 * with a capital designator; "room 4B" and "Floor 22" alone are not.
 * Weaker shapes (0.5): building number + capitalised name + house number ("20789 Allika 46", never with
 * ordinary words: "5 Musicians Of The 70s"), a named street without a number ("on Marina Fort Street").
 * A capitalised name plus a number ("Joaquin Suarez 2906") is an address only right after an address
 * cue ("address:", "lives at", "located at", "send it to").
 * Speed: patterns run only at anchors (a digit run, a unit or box word, a street word, the five digits of
 * ", ST 12345"), reading forwards with sticky regexes or backwards over at most 90 characters.
 */
import { defineDetector, type Candidate, HAS_DIGIT } from './detector';
import { COMMON_WORDS } from '../gazetteers/names';
import { lowerSameLength } from './prefilter';
import { findHints, type FindHints } from './text-index';
import { COUNTRIES, PLACE_PREFIXES, US_STATE_CODES, US_STATES } from '../gazetteers/places';
import { POSTCODE_SHAPE, POSTCODE_STRUCTURED } from './zip';
import { isAsciiDigit, isAsciiLetter, isAsciiUpper, isSurrogate } from './chars';

const cases = (words: string): string =>
  words.trim().split(/\s+/).flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()])
    .filter((w, i, all) => all.indexOf(w) === i)
    .map((w) => w.replace(/\./g, '\\.'))
    .sort((a, b) => b.length - a.length).join('|');

const SUFFIX = cases(`Street St Avenue Ave Av Road Rd Boulevard Blvd Drive Dr Lane Ln Way Court Ct Place Pl
  Terrace Ter Parkway Pkwy Highway Hwy Circle Cir Square Sq Trail Trl Plaza Plz Loop Row Path Walk Crescent
  Cres Close Alley Expressway Expy Freeway Fwy Pike Turnpike Tpke Causeway Run Point Pt Ridge Crossing Xing
  Grove Gardens Heights Hts Park Mews Green Estates Bypass Extension Ext Flat Flats Cliffs Union`);
const DIRECTIONAL = 'N|S|E|W|NE|NW|SE|SW|North|South|East|West';
const UNIT_WORD = cases('Apartment Apt Suite Ste Unit Bldg Building Floor Fl Room Rm');
// Words that open a street name in Romance, Slavic and other European addresses.
const TYPE_FIRST = 'Rua|Rúa|Rue|Via|Viale|Vicolo|Piazza|Piazzale|Largo|Corso|Calle|Carrer|Avenida|Avda\\.|Av\\.|Paseo|' +
  'Praça|Travessa|Estrada|Rodovia|Alameda|Ulica|ul\\.|Aleja|Chemin|Allée|Impasse|Quai|Strada|Calea|Camino|Carretera|Plac|Avenue|avenue|rue|rua|via';
// Endings of one-word street names: Finnish, Danish, Swedish, Norwegian, Icelandic, German, Dutch, Hungarian.
const COMPOUND_END = 'katu|kuja|tie|polku|vej|gade|gatan|gata|vägen|väg|veien|vegen|vegur|gasse|straße|strasse|weg|laan|' +
  'straat|dreef|plein|gracht|kade|singel|allee|platz|damm|ufer|utca|út|tér|stræde|stræti|straeti|braut|torget|torg|plass|gränd';
const SEPARATE_END = 'Strasse|Straße|Str\\.|Weg|Allee|Platz|Gasse|utca|útja|út|tér|u\\.|Laan|Vej|Gade|gate|gata|tee|vei|väg|vägen|veien|allé';

// Patterns are tried only at anchors (a digit run, a unit or box word, the five digits of ", ST 12345", a street word),
// never at every position: a pattern led by a lookbehind or a \p{..} class runs at a few MB/s in V8.
// "12", "12B", "12-14", "8/14" (an Australian unit 8 at number 14).
// But "3/14 at Main St" is a date, then a street: a slashed number takes no lower-case word after it.
const SLASH_DATE_THEN_WORD = /^\d{1,6}\/\d{1,5}[ \t]+\p{Ll}/u;
const NUMBER = '\\d{1,6}[A-Za-z]?(?:[ /-]\\d{1,5})?';
const NAME_CHAR = "[\\p{L}\\p{M}\\p{N}'’.-]";
const NAME_WORD = `[\\p{L}\\p{N}]${NAME_CHAR}{0,25}`;
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]{0,25}";
const END = '(?![\\p{L}\\p{N}])';

// At a number: "4417 N Oak Avenue", "6750 Koskikatu 25", "29 Rue de Tanger", "20789 Allika 46".
// Within one line: "...scheduled 3 Feb 2024 at Mercy.\n12 Oak St" is no street from "2024" on.
const US_STREET = new RegExp(
  `${NUMBER}(?:[ \\t]{1,3}(?:${DIRECTIONAL})\\.?)?(?:[ \\t]{1,3}${NAME_WORD}){0,3}[ \\t]{1,3}(?:${CAP_WORD}|\\d{1,3}(?:st|nd|rd|th))` +
  `[ \\t]{1,3}(?:${SUFFIX})\\.?${END}(?:[ \\t]{1,2}(?:${DIRECTIONAL})\\.?${END})?`, 'yu');
const TYPE_FIRST_AFTER_NUMBER = new RegExp(
  `${NUMBER}\\s{1,3}(?:${TYPE_FIRST})\\s{1,3}(?:${NAME_WORD}\\s{1,3}){0,4}?(?:${CAP_WORD}|\\d{1,5})(?:\\s{1,3}\\d{1,5}[A-Za-z]?${END})?`, 'yu');
const COMPOUND_AFTER_NUMBER = new RegExp(
  `${NUMBER}\\s{1,3}(?:${CAP_WORD}\\s{1,3}){0,2}(?:\\p{Lu}[\\p{L}\\p{M}'-]{1,25}(?:${COMPOUND_END})|${CAP_WORD}\\s{1,3}(?:${SEPARATE_END}))\\.?\\s{1,3}\\d{1,5}[A-Za-z]?\\.?${END}`, 'yu');
const NUMBER_NAME_NUMBER = new RegExp(`${NUMBER}\\s{1,3}(?:${CAP_WORD}\\s{1,3}){1,3}\\d{1,5}[A-Za-z]?${END}`, 'yu');
// Before a house number, read back from it: "Rua do Arenque 1634", "Koskikatu 25", "Passauer Strasse 33".
export const TYPE_FIRST_BEFORE = new RegExp(`(?<![\\p{L}])(?:${TYPE_FIRST})\\s{1,3}(?:${NAME_WORD}\\s{1,3}){0,4}$`, 'u');
const COMPOUND_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${CAP_WORD}\\s{1,3}){0,2}(?:\\p{Lu}[\\p{L}\\p{M}'-]{1,25}(?:${COMPOUND_END})|${CAP_WORD}\\s{1,3}(?:${SEPARATE_END}))\\.?\\s{1,3}$`, 'u');
// The word before a house number must end like COMPOUND_BEFORE's last word for that regex to match;
// this test on the word alone spares the backwards regex on most capitalised words.
const COMPOUND_STEM_END = new RegExp(`(?:${COMPOUND_END}|${SEPARATE_END.replace(/\\\./g, '')})$`, 'u');
const HOUSE_NUMBER = /\d{1,5}[A-Za-z]?\.?(?![\p{L}\p{N}])/uy;
// "on Marina Fort Street": a named street without a number, read back from the street word.
const STREET_WORD = /(?:Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|Parkway|Highway)(?![\p{L}])/uy;
const CAPITALISED_BEFORE = /(?<![\p{L}])(?:\p{Lu}[\p{L}\p{M}'’-]{1,25} {1,2}){1,3}$/u;
const PO_BOX = /(?:[Pp]\.? ?[Oo]\.?|Post Office|POST OFFICE) ?(?:Box|BOX|box) {1,3}\d{1,6}(?!\d)|(?:Postbox|postbox|POSTBOX) ?\d{1,6}(?!\d)/g;
const MILITARY_BOX = /(?:PSC|CMR|Unit|psc|cmr|unit|UNIT) \d{1,5},? ?(?:Box|box|BOX) \d{1,5}(?!\d)/g;
export const MILITARY_POST = /(?:[AFD]PO|[afd]po) (?:AA|AE|AP|aa|ae|ap) \d{5}(?!\d)/y;
const SHIP_BEFORE = /(?<![\p{L}])US[NC]?[SV]G?C? [\p{L}][\p{L}'-]{1,25}(?: [\p{L}][\p{L}'-]{1,25})?\s{1,3}$/iu;
const UNIT_ALONE = /(?:Apt|Apartment|Suite|Ste)\.? ?#? ?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/uy;
// ", IL 62704", or with no comma " PA 17101" ("Harrisburg PA 17101"); but never " ID 83702", which is as
// often an "Event ID 83702".
const STATE_ZIP_CODES = ('AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|'
  + 'OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI').split('|');
export const STATE_ZIP = new RegExp(
  `(?:, ?(?:${STATE_ZIP_CODES.join('|')})| (?:${STATE_ZIP_CODES.filter((c) => c !== 'ID').join('|')})) {1,2}\\d{5}(?:-\\d{4})?(?!\\d)`, 'y');
// Both end in a ZIP of exactly five digits after a space, so they are tried, sticky, only before a run of
// five digits (a ZIP+4's "-1234" follows a run of five too): the state code's comma stands four to six
// characters before it, the APO/FPO/DPO seven.
const ZIP_LENGTH = 5;
export const STATE_ZIP_BACK = [6, 5, 4];
export const MILITARY_POST_BACK = [7];
const CITY_BEFORE = new RegExp(`(?<![\\p{L}])${CAP_WORD}(?: ${CAP_WORD}){0,2}$`, 'u');

// After an address cue, a street given only by name and number ("lives on Joaquin Suarez 2906").
const ADDRESS_CUE = /(?:[Aa]ddress(?: is)?|ADDRESS|[Aa]ddr|[Ll]ives (?:at|on|in)|[Ll]iving at|[Rr]esides at|[Ll]ocated at|[Mm]oved to|[Ss]end (?:it |this |them )?to|[Ss]ent to|[Rr]eturn to|[Dd]eliver(?:ed)? to|[Mm]eet (?:me|you) at|[Cc]orner of|[Hh]ome|[Rr]esidence)[ \t]{0,3}[:-]?\s{0,4}/y;
/**
 * How every match of UNIT_ALONE, STREET_WORD and ADDRESS_CUE begins, lower-cased: the scan's text index
 * lists where these start words (Detector.findCues), and the three are tried there only.
 */
const WORD_CUES = ['apt', 'apartment', 'suite', 'ste', 'street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'terrace',
  'parkway', 'highway', 'addr', 'lives', 'living', 'resides', 'located', 'moved', 'send', 'sent', 'return', 'deliver',
  'meet', 'corner', 'home', 'residence'];
// Words one or two spaces apart: a wider gap or a tab separates an export's columns.
const CUED_STREET = new RegExp(
  `(?:\\d{1,6}(?:[ -]\\d{1,5})?(?: {1,2}${CAP_WORD}){1,4}(?: {1,2}\\d{1,5}[A-Za-z]?)?|${CAP_WORD}(?: {1,2}${NAME_WORD}){0,3} {1,2}\\d{1,5}[A-Za-z]?)${END}`, 'yu');

// After "moved to" a name and a number may be a date or a place inside the hospital, not a street:
// "Upgrade moved to June 15", "Patient moved to Rm 412", "relocated to Rack 12".
const NOT_A_STREET_NAME = new RegExp('^(?:January|February|March|April|May|June|July|August|September|October|November|December|'
  + 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|'
  + 'Rm|Room|Bed|Bay|Ward|Unit|Floor|Level|Station|Rack|Step|Sprint|Phase|Version|Build|Stage|Tier|Pod|Cabinet|Shelf|Slot|Port)\\.?(?![\\p{L}])', 'u');

// A name and a number with an acronym or a CamelCase word in the name is a device or product: "home CPAP
// ResMed AirSense 10", "home IP 73.162.44.201". (A street number first, "12 MAIN ST", may be all caps.)
const PRODUCT_NAME_FIRST = /^(?:\p{L}[^\d]*?\s)?(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)(?=\s)/u;

// The parts that may follow a street: units, then city / state / zip / country parts.
// "Apt 3B", "Apt. 12-B", "#12", "Unit C", "2nd Floor".
const UNIT_NEXT = new RegExp(`[ \\t]{0,3},?[ \\t]{0,3}\\n?[ \\t>?]{0,4}(?:(?:(?:${UNIT_WORD})\\.?|#) ?#?(?:\\d{1,5}(?:-?[A-Za-z])?|[A-Z])|\\d{1,3}(?:st|nd|rd|th) (?:Floor|FLOOR|Fl\\.?))${END}`, 'yu');
const PART_NEXT = /[ \t]{0,4}(?:,[ \t]{0,3}\n?|\n|\|{1,2}[ \t]{0,3}|(?<=\t|   ))(?:[ \t>?]{0,4}\n)?[ \t>?]{0,4},?[ \t]{0,3}(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.()-]{0,30})(?: {1,2}(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.()-]{0,30}|(?:de|do|da|dos|das|del|della|di|du|des|la|le|u|v|z|van|von|den|der|am|an|im)(?![\p{L}\p{N}]))){0,5}/yu;

const ABBREVIATION_END = /(?:^|[^\p{L}])(?:[\p{Lu}]|St|Ave|Av|Rd|Dr|Ln|Blvd|Ct|Pl|Ter|Pkwy|Hwy|Cir|Sq|Apt|Ste|Bldg|Fl|Rm|Str)\.$/u;

const SCORE = { street: 0.6, typeFirst: 0.55, compound: 0.55, poBox: 0.7, military: 0.7, unit: 0.55, cityStateZip: 0.6, cued: 0.6, numberNameNumber: 0.5, namedStreet: 0.5 };

/** "5 Musicians Of The 70s", "42 Release 3": ordinary words between two numbers are not a street. */
const noCommonWord = (match: string): boolean =>
  !match.split(/[\s\d]+/).some((w) => COMMON_WORDS.has(w.toLowerCase()));
/** "12 Jan 1950", "2 Apr 2024": a day, a month and a year are a date, not a building, name and house number. */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
const noCommonWordOrMonth = (match: string): boolean =>
  noCommonWord(match) && !match.split(/[\s\d]+/).some((w) => MONTH_WORD.test(w));

const COUNTRY_AND_ZIP = /\n[ \t>?,]{0,6}[\p{L}() ]{2,40} \d{4,6}$/u;
// A line that opens with eight digits or more, in groups, is a phone or fax number under the address,
// not a part of it: postal codes have seven at most ("100-0001"). Each repetition takes a digit: linear.
const PHONE_LINE = /\n[ \t>?,]{0,6}\+?\(?\d(?:[ ().-]{0,2}\d){7}/u;

const whole = (words: readonly string[]): string => words.join(' ').toLowerCase();

/**
 * Whether a part that starts on a new line is itself an address part by shape, so the address may run
 * onto it: a part with a digit (ZIP, postcode, "Uruguay 64677", "Suite 501", "Box 12"), a state code
 * ("Springfield IL", "\n, ON"), a country or state name alone, a single uncommon word (a city alone:
 * "Springfield", "Riisa"), or up to four words (a city: "Porto Alegre", "Pines Beach") right before a
 * state, postcode or country part ("St Georges, QC", "Toronto\n, ON", "Grand
 * Rapids\n United States 21959"). Ordinary capitalised lines after an address ("Thanks Team", "Install
 * By Friday", "Patient Ottoline") are not, so they are neither swallowed nor redacted as the address.
 */
function isAddressLine(part: string, after: string): boolean {
  // A digit, or a line that opens with a comma (the ", ON" of "Toronto\n, ON").
  if (/\d|^[\s>?]*,/.test(part)) return true;
  const words = part.split(/[\s,>?]+/).filter(Boolean);
  if (words.some((w) => /^[A-Z]{2}$/.test(w) && US_STATE_CODES.has(w))) return true;
  if (isCountryOrState(whole(words))) return true;
  // Before a postal part even ordinary words are a city ("Pines Beach", "Colorado Springs\n, CO").
  if (words.length <= 4 && postalPartNext(after)) return true;
  return words.length === 1 && !COMMON_WORDS.has(whole(words));
}


/** A table cell after a street that is one of its parts: a postcode, a region code and postcode, or words without digits that look like a place. */
const TABLE_POSTCODE = new RegExp(`^(?:[A-Z]{2,3} )?(?:${POSTCODE_STRUCTURED}|\\d{5}(?:-\\d{4})?|\\d{4})$`, 'u');
function isTableCellPart(part: string): boolean {
  const cell = part.replace(/[|,]/g, ' ').trim();
  if (/\d/.test(cell)) return TABLE_POSTCODE.test(cell);
  return isAddressLine(cell, '');
}

const isCountryOrState = (name: string): boolean => COUNTRIES.has(name.toLowerCase()) || US_STATES.has(name.toLowerCase());

/** A state, province or postcode part next: ", QC" on the same line, or a next line ", ON", "NS", "82269", "Canada 27539". */
function postalPartNext(after: string): boolean {
  if (/^[ \t]{0,3},/.test(after)) return true;
  const next = /^[ \t]{0,3}\n([^\n]{0,60})/.exec(after)?.[1]?.replace(/^[\s>?]+|\s+$/g, '');
  if (next === undefined) return false;
  if (/^(?:,|[A-Z]{2,3}(?: \d{3,6})?$|\d{4,6}(?:-\d{4})?$)/.test(next)) return true;
  return isCountryOrState(next.replace(/ \d{4,6}$/, ''));
}

/** Extends a street match over up to two following units ("Apt 3B", ", Suite 501", "\n#12"). */
function extendUnits(text: string, end: number): number {
  let at = end;
  for (let k = 0; k < 2; k += 1) {
    UNIT_NEXT.lastIndex = at;
    const m = UNIT_NEXT.exec(text);
    if (!m) break;
    at += m[0].length;
  }
  return at;
}

/** Mt., St., Ft., an initial ("D.C."): a full stop that ends no sentence. */
const ABBREVIATION_STOP = /(?:^|[^\p{L}])(?:\p{Lu}|St|Mt|Ft|Pt)\.$/u;
/** A sentence ends at a full stop (not an abbreviation's) before a space: "Reno, NV 89501. DOB ...", "Dover. Her son". */
const STOP_THEN_SPACE = /\.[ \t]/g;
/** A part's last word is a postcode: "NV 89501", "SW3 4UD", "1000-001". */
const ENDS_IN_POSTCODE = new RegExp(`(?:^|[ \\t,])(?:${POSTCODE_STRUCTURED}|\\d{4,6}(?:-\\d{3,4})?)$`, 'u');
/** Where a postcode word ends inside a part that runs on into prose ("Reno NV 89501 Diagnosis"). */
const POSTCODE_INSIDE = /[ \t]\d{4,6}(?:-\d{3,4})?(?=[ \t])/g;

const TITLE_PART = /^[\s,>?|]*(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?(?![\p{L}])/u;
const DATE_GOES_ON = /^[/:.-]\d/;

/** Whether a house number and street open the part in [from, to). */
function streetStarts(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && !isAsciiDigit(text.charCodeAt(i)) && !isAsciiLetter(text.charCodeAt(i))) i += 1;
  if (i >= to || !isAsciiDigit(text.charCodeAt(i))) return false;
  US_STREET.lastIndex = i;
  return US_STREET.test(text);
}

/** The end of the sentence inside `part` (the offset of its full stop), or -1. */
function sentenceEnd(part: string): number {
  STOP_THEN_SPACE.lastIndex = 0;
  for (let m = STOP_THEN_SPACE.exec(part); m !== null; m = STOP_THEN_SPACE.exec(part)) {
    if (!ABBREVIATION_STOP.test(part.slice(Math.max(0, m.index - 5), m.index + 1))) return m.index;
  }
  return -1;
}

/** The end of the last postcode word inside `part`, or -1. */
function lastPostcodeEnd(part: string): number {
  let end = -1;
  POSTCODE_INSIDE.lastIndex = 0;
  for (let m = POSTCODE_INSIDE.exec(part); m !== null; m = POSTCODE_INSIDE.exec(part)) end = m.index + m[0].length;
  return end;
}

/**
 * Extends a street (and its units) over up to four following city / state / zip / country parts. The
 * block ends at a sentence's full stop, at prose (a lower-case word, a colon, an e-mail) and after its
 * postcode, where only a country may follow ("IL 62704, USA"): what comes next ("Diabetic", "Thanks,
 * Bob") is not the address.
 */
function extendParts(text: string, end: number): number {
  let at = end;
  let afterPostcode = false;
  for (let k = 0; k < 4; k += 1) {
    PART_NEXT.lastIndex = at;
    const m = PART_NEXT.exec(text);
    if (!m) break;
    const stop = sentenceEnd(m[0]);
    const part = stop < 0 ? m[0] : m[0].slice(0, stop);
    const next = at + part.length;
    // "..., Dr. Lee's office", "\nDOB 1/1/1980", "Apt 2B, 77 Oak Ave": a person, a date or another street.
    if (TITLE_PART.test(part) || DATE_GOES_ON.test(text.slice(next, next + 2)) || streetStarts(text, at, next)) break;
    if (afterPostcode && !isCountryOrState(part.replace(/^[\s,>?]+|[\s.]+$/g, ''))) break;
    // Across a blank line only a "Country 12345" part belongs to the address.
    if (/\n[ \t>?]{0,4}\n/.test(part) && !COUNTRY_AND_ZIP.test(part)) break;
    // A part on a line of its own must look like one by itself; a table cell must be a place, a region
    // code or a postcode alone (a cell of digits may be any id: "|00123459|555-201-3347|").
    if (part.includes('|') ? !isTableCellPart(part) : part.includes('\n') && (PHONE_LINE.test(part) || !isAddressLine(part, text.slice(next, next + 80)))) break;
    if (stop >= 0) return next;
    // Stop at a sentence: a part followed by a lower-case word, a colon or an e-mail is prose, unless
    // the part holds its postcode ("..., NY 10118 last week", "Reno NV 89501 Diagnosis: CHF"), which
    // ends the address.
    const rest = text.slice(next, next + 2);
    if (/^ ?[\p{Ll}:@]/u.test(rest) && !/^ ?\n/.test(rest)) {
      if (ENDS_IN_POSTCODE.test(part)) return next;
      const postcodeEnd = lastPostcodeEnd(part);
      return postcodeEnd < 0 ? at : at + postcodeEnd;
    }
    at = next;
    afterPostcode = ENDS_IN_POSTCODE.test(part);
  }
  return at;
}

/** A word of an address block's last lines, with its offsets. */
interface BlockWord { readonly start: number; readonly end: number; readonly word: string }

const BLOCK_WORD = /[^\s,>?|()[\]{}"“”]+/gu;
/** A whole word (or two, "SW1A 1AA") that is a postcode: zip.ts's UPU shapes, a ZIP+4. */
const WHOLE_POSTCODE = new RegExp(`^(?:${POSTCODE_SHAPE}|\\d{5}-\\d{4})$`, 'u');
const WHOLE_STRUCTURED_POSTCODE = new RegExp(`^(?:${POSTCODE_STRUCTURED})$`, 'u');
/** Upper-case region codes ("IL", "ON", "NSW") and the post offices of military addresses stay: neither is PHI. */
const REGION_CODE = /^[A-Z]{2,3}$/;
/** The first word of a part that is a unit or box of the address ("Box 45", "Apt 5B", "Suite 200"). */
const UNIT_PART_WORD = new RegExp(`^(?:${UNIT_WORD}|Box|BOX|PO|P\\.O\\.|#\\d.*)\\.?$`, 'u');

/**
 * The comma- or line-separated parts of an address block's last lines ("Oak Park, IL 60302",
 * "\nArtilleros\n, CO\n Uruguay 64677"), each as its words.
 */
function blockParts(text: string, from: number, to: number): BlockWord[][] {
  const parts: BlockWord[][] = [];
  const tail = text.slice(from, to);
  let part: BlockWord[] = [];
  let prevEnd = 0;
  BLOCK_WORD.lastIndex = 0;
  for (let m = BLOCK_WORD.exec(tail); m !== null; m = BLOCK_WORD.exec(tail)) {
    if (part.length > 0 && separatesParts(tail, prevEnd, m.index)) {
      parts.push(part);
      part = [];
    }
    part.push({ start: from + m.index, end: from + m.index + m[0].length, word: m[0] });
    prevEnd = m.index + m[0].length;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** Whether a comma, a line break, a table cell's bar or a tab (a TSV export's cell) lies in [from, to) of `text`. */
function separatesParts(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10 || c === 124 || c === 9) return true;
  }
  return false;
}

/** Words k..end of `words` as one lower-case name ("springfield illinois"). */
function nameOf(words: readonly BlockWord[], k: number): string {
  let name = '';
  for (let i = k; i < words.length; i += 1) name += (i > k ? ' ' : '') + (words[i] as BlockWord).word.toLowerCase();
  return name;
}

/**
 * How many of a part's words (from the start) are its city: all less a state or country name that is
 * all or the end of them ("Madison", "Springfield Illinois"); a part that is a state name is still the
 * city when a state code follows ("New York, NY 10001").
 */
function cityLength(words: readonly BlockWord[], stateCodeFollows: boolean): number {
  if (words.length === 0) return 0;
  const whole = nameOf(words, 0);
  if (isCountryOrState(whole)) return stateCodeFollows && US_STATES.has(whole) ? words.length : 0;
  for (let k = Math.max(1, words.length - 3); k < words.length; k += 1) {
    if (isCountryOrState(nameOf(words, k))) return k;
  }
  return words.length;
}

/** A city, postcode or unreadable rest of an address block (addBlockParts), with a pattern name per type and block pattern. */
type PartType = 'LOCATION' | 'ZIP' | 'ADDRESS';
const partPatterns = new Map<string, Record<PartType, string>>();
function pushPart(out: Candidate[], type: PartType, start: number, end: number, score: number, pattern: string): void {
  let names = partPatterns.get(pattern);
  if (names === undefined) {
    names = { LOCATION: `${pattern}, location part`, ZIP: `${pattern}, zip part`, ADDRESS: `${pattern}, address part` };
    partPatterns.set(pattern, names);
  }
  out.push({ detector: 'address', type, start, end, pattern: names[type], score, needsContext: false });
}

/** Reports the city in `city` (the words read since the last postcode or region code) as a LOCATION. */
function pushCity(out: Candidate[], city: readonly BlockWord[], stateCodeFollows: boolean, score: number, pattern: string): void {
  const n = cityLength(city, stateCodeFollows);
  if (n > 0) pushPart(out, 'LOCATION', (city[0] as BlockWord).start, (city[n - 1] as BlockWord).end, score, pattern);
}

/** The index of the last part that holds a US state code, or -1. */
function lastStateCodePart(parts: readonly BlockWord[][]): number {
  for (let p = parts.length - 1; p >= 0; p -= 1) {
    for (const w of parts[p] as BlockWord[]) if (US_STATE_CODES.has(w.word)) return p;
  }
  return -1;
}

/** A two-word postcode has a first word of two to four characters and a second of two or three ("SW1A 2AA", "K1A 0B1", "1012 AB", "394 13"). */
const mayBeTwoWordPostcode = (a: BlockWord, b: BlockWord): boolean =>
  a.word.length >= 2 && a.word.length <= 4 && b.word.length >= 2 && b.word.length <= 3 && b.start === a.end + 1;

/**
 * Reports the parts of an address block after its street the way Safe Harbor and the type table part
 * them: each city (or county, town) a LOCATION, each postcode a ZIP, while the state, region code and
 * country, which are not PHI, stay in the text. A part this cannot read (a word with digits that is no
 * postcode) and all after it stay in the ADDRESS, as redacting too much beats leaving a unit behind.
 * (No closures: under tsx each costs a defineProperty per call, and this runs per address.)
 */
function addBlockParts(text: string, out: Candidate[], from: number, to: number, score: number, pattern: string): void {
  const parts = blockParts(text, from, to);
  const lastStateCode = lastStateCodePart(parts);
  for (let p = 0; p < parts.length; p += 1) {
    const part = parts[p] as BlockWord[];
    const stateCodeFollows = lastStateCode > p;
    let city: BlockWord[] = [];
    for (let i = 0; i < part.length; i += 1) {
      const word = part[i] as BlockWord;
      const next = part[i + 1];
      if (next && mayBeTwoWordPostcode(word, next) && text.charCodeAt(word.end) === 32
        && WHOLE_STRUCTURED_POSTCODE.test(`${word.word} ${next.word}`)) {
        pushCity(out, city, stateCodeFollows, score, pattern);
        city = [];
        pushPart(out, 'ZIP', word.start, next.end, score, pattern);
        i += 1;
      } else if (WHOLE_POSTCODE.test(word.word)) {
        pushCity(out, city, stateCodeFollows, score, pattern);
        city = [];
        pushPart(out, 'ZIP', word.start, word.end, score, pattern);
      } else if (HAS_DIGIT.test(word.word)) {
        // A unit or box part ("Box 45", "Apt 5B") is an address of its own; the parts after it are read on.
        if (i === part.length - 1 && i <= 2 && UNIT_PART_WORD.test((part[0] as BlockWord).word)) {
          pushPart(out, 'ADDRESS', (part[0] as BlockWord).start, word.end, score, pattern);
          city = [];
          break;
        }
        pushCity(out, city, stateCodeFollows, score, pattern);
        pushPart(out, 'ADDRESS', (part[0] as BlockWord).start, to, score, pattern);
        return;
      } else if (REGION_CODE.test(word.word)) {
        // "New York NY": a state's name before a state code is the city.
        pushCity(out, city, stateCodeFollows || US_STATE_CODES.has(word.word), score, pattern);
        city = [];
      } else {
        city.push(word);
      }
    }
    pushCity(out, city, stateCodeFollows, score, pattern);
  }
}

/** Where a span that ends at `end` ends without trailing spaces, commas and a sentence's full stop ("St." and "Apt." keep theirs). */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,]/.test(text[e - 1] as string)) e -= 1;
  if (text[e - 1] === '.' && !ABBREVIATION_END.test(text.slice(Math.max(start, e - 6), e))) e -= 1;
  return e;
}

/** A character class as a regex plus its answers for ASCII, looked up without a regex call. */
interface CharClass { readonly re: RegExp; readonly ascii: Uint8Array }
const charClass = (re: RegExp): CharClass =>
  ({ re, ascii: new Uint8Array(128).map((_, c) => (re.test(String.fromCharCode(c)) ? 1 : 0)) });
/** Whether the UTF-16 unit at `i` is in the class (as `re.test(text[i])`, the test this replaces). */
const inClass = (cls: CharClass, text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? cls.ascii[c] === 1 : cls.re.test(text[i] as string);
};

/** True when the character before `at` would glue a number or word to something longer. */
function glued(text: string, at: number, chars: CharClass): boolean {
  return at > 0 && inClass(chars, text, at - 1);
}
// A comma glues a number only after a digit ("1,234"); after a word it separates CSV fields ("Ann Lee,19 Cedar Ave").
const GLUE_NUMBER = charClass(/[\p{L}\p{N}.,/:-]/u);
const GLUE_WORD = charClass(/[\p{L}\p{N}]/u);
const BACK = 90;
// Lower-case street words that may stand before a house number ("Luite tee 87", "Király u. 15").
const LOWER_STREET_WORDS = new Set(['gate', 'gata', 'tee', 'vei', 'väg', 'vägen', 'veien', 'allé', 'utca', 'útja', 'út', 'tér', 'u.', 'rue', 'via', 'rua', 'avenue']);

/** The word that ends at `end` (letters and a final dot), read backwards at most 30 characters. */
function wordBefore(text: string, end: number): string {
  let i = end - 1;
  if (text[i] === '.') i -= 1;
  const stop = Math.max(0, end - 30);
  while (i >= stop && inClass(GLUE_WORD, text, i)) i -= 1;
  return text.slice(i + 1, end);
}

/** Whether `word` starts with a capital (a char-code test for ASCII, spared toLowerCase). */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : word[0] !== (word[0] as string).toLowerCase();
}

/**
 * Whether a street can start after a number's digits: a space and then a capital, a digit or the start
 * of a lower-case type word ("33 avenue de Provence", "29 rue ..."), or a unit letter or dash ("12B").
 * Log lines ("took 3196 ms", "attempt 251)") fail here before any pattern is tried.
 */
function streetMayFollow(text: string, at: number): boolean {
  const next = text.charCodeAt(at);
  if (next === 45 || next === 47 || ((next | 32) >= 97 && (next | 32) <= 122)) return true;
  let i = at;
  while (i < at + 3 && (text[i] === ' ' || text[i] === '\t')) i += 1;
  if (i === at) return false;
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 97 || c === 114 || c === 118) return true;
  return c >= 128 && GLUE_WORD.re.test(text[i] as string);
}

const LETTER = charClass(/\p{L}/u);
const NAME_CHARS = charClass(new RegExp(NAME_CHAR, 'u'));
const TYPE_FIRST_WORDS = new Set(TYPE_FIRST.replace(/\\/g, '').split('|'));

/**
 * Whether a word of TYPE_FIRST, after no letter, ends one of the five words before `at` (split at
 * whitespace, within BACK) with only name-like words after it, as in every TYPE_FIRST_BEFORE match: the
 * type word, then up to four NAME_WORDs. The regex, which tries every one of the BACK positions, runs
 * only then; a walk over char codes, because almost no number follows a type word.
 */
export function typeWordBefore(text: string, at: number): boolean {
  const stop = Math.max(0, at - BACK);
  let i = at;
  for (let words = 0; words < 5; words += 1) {
    while (i > stop && isWhitespace(text, i - 1)) i -= 1;
    if (i === stop) return false;
    const end = i;
    // The letters that end the word, and its final dot: "Rua", "(Via", "Avda.".
    if (text.charCodeAt(i - 1) === 46) i -= 1;
    while (i > stop && inClass(LETTER, text, i - 1)) i -= 1;
    if (TYPE_FIRST_WORDS.has(text.slice(i, end))) return true;
    // A word with other characters ("Patient:", "(see") is no NAME_WORD, so no type word stands before it
    // (a surrogate may be half of a letter or digit).
    while (i > stop && !isWhitespace(text, i - 1)) {
      if (!inClass(NAME_CHARS, text, i - 1) && !isSurrogate(text.charCodeAt(i - 1))) return false;
      i -= 1;
    }
  }
  return false;
}

const WHITESPACE = /\s/;
const isWhitespace = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITESPACE.test(text[i] as string));
};

/**
 * Whether NUMBER (\d{1,6}[A-Za-z]?(?:[ /-]\d{1,5})?) read at `at` can be followed by whitespace, which
 * all four number-led street patterns need. Timestamps, hashes and sizes ("2025-12-03", "9f3a1c77",
 * "3196ms") fail here, so the four regexes are not tried there. NUMBER never ends between two digits,
 * so only its longest digit runs count.
 */
function numberThenSpace(text: string, at: number): boolean {
  const run = digitsFrom(text, at, 6);
  if (run > 6) return false;
  const end = at + run;
  if (spaceAfterNumberEnd(text, end)) return true;
  return isAsciiLetter(text.charCodeAt(end)) && spaceAfterNumberEnd(text, end + 1);
}

/** Digits from `from`, counting at most `max + 1` (so "more than max" shows). */
function digitsFrom(text: string, from: number, max: number): number {
  let i = from;
  while (i <= from + max && isAsciiDigit(text.charCodeAt(i))) i += 1;
  return i - from;
}

/** Whitespace at `end`, or after NUMBER's optional "[ /-]\d{1,5}" part starting there. */
function spaceAfterNumberEnd(text: string, end: number): boolean {
  if (isWhitespace(text, end)) return true;
  const c = text.charCodeAt(end);
  const more = c === 32 || c === 45 || c === 47 ? digitsFrom(text, end + 1, 5) : 0;
  return more >= 1 && more <= 5 && isWhitespace(text, end + 1 + more);
}

/**
 * Records an address candidate. When `grow`, the street runs on over its units, and the block's last
 * lines after it (city, state, postcode, country) are reported part by part (addBlockParts).
 */
function addAddress(text: string, out: Candidate[], start: number, end: number, score: number, pattern: string, grow: boolean): void {
  const units = grow ? extendUnits(text, end) : end;
  const streetEnd = trimmedEnd(text, start, units);
  out.push({ detector: 'address', type: 'ADDRESS', start, end: streetEnd, pattern, score, needsContext: false });
  if (!grow) return;
  const blockEnd = trimmedEnd(text, streetEnd, extendParts(text, units));
  if (blockEnd > streetEnd) addBlockParts(text, out, streetEnd, blockEnd, score, pattern);
  cityAfterStreet(text, out, blockEnd);
}

// "4410 West Addison Street in Chicago": a capitalised place right after the street and "in" is its
// city, a LOCATION of its own (the address block's parts after a comma are read by extend instead).
const CITY_AFTER_IN = /^ in ((?:St\. )?\p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’-]{1,30}){0,2})(?![\p{L}\p{N}])/u;

function cityAfterStreet(text: string, out: Candidate[], at: number): void {
  if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 105 || text.charCodeAt(at + 2) !== 110) return;
  const m = CITY_AFTER_IN.exec(text.slice(at, at + 100));
  const city = m?.[1];
  if (!city) return;
  const first = (city.split(' ')[0] as string).toLowerCase();
  if ((COMMON_WORDS.has(first) && !PLACE_PREFIXES.has(first)) || isCountryOrState(city)) return;
  const start = at + 4;
  out.push({ detector: 'address', type: 'LOCATION', start, end: start + city.length, pattern: 'location-city-after-street (medium)', score: 0.6, needsContext: false });
}

// Suffixes that are everyday words too: "Cisco 9120 Access Point", "5 Test Run", "Sprint 12 Critical Path".
const WORD_SUFFIX = /[ \t](?:Point|Run|Close|Path|Row|Walk|Ext|Extension|Union|Flat|Flats|Green|Park|Loop|Cliffs|Mews|Crossing|Ridge|Grove|Gardens|Heights|Estates|Bypass|Plaza|Square|Circle|Trail|Court|Place)\.?$/;
/** Capitalised words that may stand right before a house number: "Address 12 Elm Park", "Home 4 Mill Run". */
const CUE_BEFORE_NUMBER: ReadonlySet<string> = new Set(['address', 'addr', 'home', 'residence', 'office', 'mail', 'ship', 'send', 'deliver', 'at', 'to']);

/**
 * A street match (`street`, at `at`) that ends in an everyday-word suffix and is more likely a product or a step:
 * an ordinary word in its name ("Access Point", "Test Run") or a capitalised label right before its
 * number ("Step 3 Click Close", "Sprint 12 Critical Path").
 */
function ordinaryWordsStreet(text: string, at: number, street: string): boolean {
  if (!WORD_SUFFIX.test(street)) return false;
  if (!noCommonWord(street.replace(WORD_SUFFIX, ''))) return true;
  const before = at >= 2 && text.charCodeAt(at - 1) === 32 ? wordBefore(text, at - 1) : '';
  return before !== '' && capitalised(before) && !CUE_BEFORE_NUMBER.has(before.toLowerCase());
}

/** Where the name of a street read back from its street word at `at` starts, less an opening ordinary word ("The Main Street"). */
function namedStreetStart(text: string, at: number): number | undefined {
  const start = backwards(text, CAPITALISED_BEFORE, at);
  if (start === undefined) return undefined;
  const first = /^\S+/.exec(text.slice(start, at))?.[0] ?? '';
  if (!COMMON_WORDS.has(first.toLowerCase())) return start;
  const next = start + first.length + 1;
  return next < at ? next : undefined;
}

// Typed in lower case after an address cue ("pt lives at 12 elm st springfield il 62704", "address: 55 elm
// street, apt 3, burlington, vt 05401"): the street needs its suffix, and the city, state code and ZIP
// after it are read together, so no lower-case word is taken for a city unless a state and ZIP follow.
const LOWER_STREET = new RegExp(`\\d{1,6}[a-z]?(?:[ \\t]{1,3}[a-z][a-z'.-]{0,25}){1,3}?[ \\t]{1,3}(?:${SUFFIX})\\.?${END}`, 'y');
const LOWER_UNIT = /,?[ \t]{1,3}(?:apt|apartment|suite|ste|unit|#)\.?[ \t]?#?\d{1,5}[a-z]?(?![a-z\d])/y;
const LOWER_CITY_STATE_ZIP = /,?[ \t]{1,3}([a-z][a-z'.-]{1,25}(?: [a-z][a-z'.-]{1,25}){0,2}),?[ \t]{1,3}([a-z]{2}),?[ \t]{1,3}(\d{5}(?:-\d{4})?)(?!\d)/dy;

function addLowerCaseAddress(text: string, out: Candidate[], at: number): void {
  LOWER_STREET.lastIndex = at;
  const street = LOWER_STREET.exec(text);
  if (!street) return;
  let end = at + street[0].length;
  LOWER_UNIT.lastIndex = end;
  const unit = LOWER_UNIT.exec(text);
  if (unit) end += unit[0].length;
  out.push({ detector: 'address', type: 'ADDRESS', start: at, end, pattern: 'address-lower-case-after-cue (medium)', score: SCORE.cued, needsContext: false });
  LOWER_CITY_STATE_ZIP.lastIndex = end;
  const block = LOWER_CITY_STATE_ZIP.exec(text);
  const [city, state, zip] = [block?.indices?.[1], block?.[2], block?.indices?.[3]];
  if (!city || !state || !zip || !US_STATE_CODES.has(state.toUpperCase())) return;
  for (const [type, [start, stop]] of [['LOCATION', city], ['ZIP', zip]] as const) {
    out.push({ detector: 'address', type, start, end: stop, pattern: `address-lower-case-after-cue, ${type.toLowerCase()} part`, score: SCORE.cued, needsContext: false });
  }
}

function stickyAddress(
  text: string, out: Candidate[], re: RegExp, at: number, score: number, pattern: string, wordsOk?: (m: string) => boolean,
): void {
  re.lastIndex = at;
  const m = re.exec(text);
  if (m && (!wordsOk || wordsOk(m[0]))) addAddress(text, out, at, at + m[0].length, score, pattern, true);
}

/** Where `re` (anchored with $) matches in the BACK characters before `end`. */
const STREET_SUFFIX_WORD = new RegExp(`^(?:${SUFFIX})\\.?$`);

/** The city's start at or after `start`: past the last street suffix word of "1 Infinite Loop Cupertino". */
function afterStreetSuffix(text: string, start: number | undefined, end: number): number | undefined {
  // Most cities are one word: only a run of words can hold a street's suffix.
  if (start === undefined || text.indexOf(' ', start) >= end) return start;
  let from = start;
  for (const m of text.slice(start, end).matchAll(/\S+/g)) {
    if (STREET_SUFFIX_WORD.test(m[0])) from = start + m.index + m[0].length + 1;
  }
  return from < end ? from : undefined;
}

export function backwards(text: string, re: RegExp, end: number): number | undefined {
  const from = Math.max(0, end - BACK);
  const m = re.exec(text.slice(from, end));
  return m ? from + m.index : undefined;
}

/**
 * The matches of the sticky `re` that end in a ZIP starting at one of `zips`, each tried `backs`
 * characters before it, nearest the start first; as an exec loop finds them, since no match can start
 * inside the previous one.
 */
export function matchesBeforeZips(text: string, zips: readonly number[], re: RegExp, backs: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const zip of zips) {
    for (const back of backs) {
      if (zip - back < from) continue;
      re.lastIndex = zip - back;
      const m = re.exec(text);
      if (m === null) continue;
      from = zip - back + m[0].length;
      out.push(m);
      break;
    }
  }
  return out;
}

/** Where a match of the sticky `re` at `at` ends, if it matches there (empty matches do not count). */
function stickyAt(re: RegExp, text: string, at: number): number | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m !== null && m[0].length > 0 ? at + m[0].length : undefined;
}

function anchored(text: string, out: Candidate[], re: RegExp, score: number, pattern: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!glued(text, m.index, GLUE_WORD)) addAddress(text, out, m.index, m.index + m[0].length, score, pattern, true);
  }
}

// Helpers take text and out as arguments rather than closing over them: findAddresses runs once per
// scanned text, and under tsx every named closure costs an Object.defineProperty.
/**
 * `hints`: the text's digit runs and where the words of WORD_CUES start words in `lower` (the scan
 * passes its text index's).
 */
export function findAddresses(text: string, lower = lowerSameLength(text), hints: FindHints = findHints(lower, WORD_CUES)): Candidate[] {
  const out: Candidate[] = [];
  const zips: number[] = [];
  // Each run of digits, read in chunks of up to six as /\d{1,6}/g would; every chunk but the first
  // follows a digit and is glued, so only run starts are looked at.
  for (let r = 0; r < hints.digitStarts.length; r += 1) {
    const at = hints.digitStarts[r] as number;
    const i = at + (hints.digitLengths[r] as number);
    if (i - at === ZIP_LENGTH) zips.push(at);
    if (glued(text, at, GLUE_NUMBER) && !(text.charCodeAt(at - 1) === 44 && !isAsciiDigit(text.charCodeAt(at - 2)))) continue;
    if (streetMayFollow(text, at + Math.min(i - at, 6)) && numberThenSpace(text, at)) {
      US_STREET.lastIndex = at;
      const street = US_STREET.exec(text);
      if (street && !ordinaryWordsStreet(text, at, street[0]) && !SLASH_DATE_THEN_WORD.test(street[0])) addAddress(text, out, at, at + street[0].length, SCORE.street, 'address-number-street-suffix (strong)', true);
      stickyAddress(text, out, TYPE_FIRST_AFTER_NUMBER, at, SCORE.typeFirst, 'address-type-word-street (medium)');
      stickyAddress(text, out, COMPOUND_AFTER_NUMBER, at, SCORE.compound, 'address-compound-street-number (medium)');
      stickyAddress(text, out, NUMBER_NAME_NUMBER, at, SCORE.numberNameNumber, 'address-number-name-number (weak)', noCommonWordOrMonth);
    }
    // A house number after a street name: only after a capitalised word or a street word ("tee 87").
    const before = at >= 2 && text.charCodeAt(at - 1) === 32 ? wordBefore(text, at - 1) : '';
    if (before !== '' && (capitalised(before) || LOWER_STREET_WORDS.has(before))) {
      HOUSE_NUMBER.lastIndex = at;
      const house = HOUSE_NUMBER.exec(text);
      if (!house) continue;
      const end = at + house[0].length;
      const typeFirst = typeWordBefore(text, at) ? backwards(text, TYPE_FIRST_BEFORE, at) : undefined;
      if (typeFirst !== undefined) addAddress(text, out, typeFirst, end, SCORE.typeFirst, 'address-type-word-street (medium)', true);
      // `before` is the word right before the number (one space between), so COMPOUND_BEFORE can match
      // only when it ends like a compound street word; a lone "." (from "Str.. 5") is left to the regex.
      const stem = before.endsWith('.') ? before.slice(0, -1) : before;
      const compound = stem === '' || COMPOUND_STEM_END.test(stem) ? backwards(text, COMPOUND_BEFORE, at) : undefined;
      if (compound !== undefined) addAddress(text, out, compound, end, SCORE.compound, 'address-compound-street-number (medium)', true);
    }
  }
  // Keyword prefilter: every PO box and military box holds "box".
  if (lower.includes('box')) {
    anchored(text, out, PO_BOX, SCORE.poBox, 'address-po-box (strong)');
    anchored(text, out, MILITARY_BOX, SCORE.military, 'address-military (strong)');
  }
  // Units alone, named streets and cued streets, each tried where a word of WORD_CUES starts a word and
  // past its own previous match, as its exec loop would; kept apart to be reported in the order below.
  const units: Candidate[] = [];
  const streets: Candidate[] = [];
  const cued: Candidate[] = [];
  let unitFrom = 0;
  let streetFrom = 0;
  let cueFrom = 0;
  for (const at of hints.cueStarts) {
    const unit = at >= unitFrom ? stickyAt(UNIT_ALONE, text, at) : undefined;
    if (unit !== undefined) {
      unitFrom = unit;
      if (!glued(text, at, GLUE_WORD)) addAddress(text, units, at, unit, SCORE.unit, 'address-unit (medium)', true);
    }
    const street = at >= streetFrom ? stickyAt(STREET_WORD, text, at) : undefined;
    if (street !== undefined) {
      streetFrom = street;
      const start = namedStreetStart(text, at);
      if (start !== undefined) addAddress(text, streets, start, street, SCORE.namedStreet, 'address-named-street (weak)', true);
    }
    const cue = at >= cueFrom ? stickyAt(ADDRESS_CUE, text, at) : undefined;
    if (cue !== undefined) {
      cueFrom = cue;
      if (glued(text, at, GLUE_WORD)) continue;
      CUED_STREET.lastIndex = cue;
      const s = CUED_STREET.exec(text);
      if (s && !NOT_A_STREET_NAME.test(s[0]) && !PRODUCT_NAME_FIRST.test(s[0])) addAddress(text, cued, cue, cue + s[0].length, SCORE.cued, 'address-after-cue (medium)', true);
      else if (!s) addLowerCaseAddress(text, cued, cue);
    }
  }
  for (const c of units) out.push(c);
  for (const m of matchesBeforeZips(text, zips, MILITARY_POST, MILITARY_POST_BACK)) {
    // The ship's name is the street of a sea address; the APO/FPO/DPO line is its city, state and ZIP.
    const ship = backwards(text, SHIP_BEFORE, m.index);
    if (ship !== undefined) addAddress(text, out, ship, m.index, SCORE.military, 'address-military (strong)', false);
    addBlockParts(text, out, m.index, m.index + m[0].length, SCORE.military, 'address-military (strong)');
  }
  for (const c of streets) out.push(c);
  for (const m of matchesBeforeZips(text, zips, STATE_ZIP, STATE_ZIP_BACK)) {
    const start = afterStreetSuffix(text, backwards(text, CITY_BEFORE, m.index), m.index);
    const firstWord = start === undefined ? '' : (/^[^\s,]+/.exec(text.slice(start, m.index))?.[0] ?? '').toLowerCase();
    if (start !== undefined && !COMMON_WORDS.has(firstWord)) addBlockParts(text, out, start, m.index + m[0].length, SCORE.cityStateZip, 'address-city-state-zip (strong)');
  }
  for (const c of cued) out.push(c);
  return out;
}

export const address = defineDetector({
  id: 'address',
  type: 'ADDRESS',
  types: ['ADDRESS', 'LOCATION', 'ZIP'],
  description: 'Street addresses: USPS Pub. 28 number/name/suffix/unit, PO box, APO/FPO, European name+number; the city and ZIP of the lines after them',
  patterns: [],
  find: findAddresses,
  findCues: WORD_CUES,
  context: ['address', 'addr', 'lives', 'resides', 'home', 'residence', 'mailing', 'street', 'apt', 'suite'],
  examples: {
    match: ['123 Main St', 'lives at 4417 N Oak Avenue Apt 3B', 'P.O. Box 123', 'PSC 1234, Box 5678\nAPO AA 34001',
      'Springfield, IL 62704', 'Puruntie 82 Apt. 595', 'Rua do Arenque 1634', 'Koskikatu 25', 'Mellemvej 32', 'Suite 501',
      'Address: Joaquin Suarez 2906'],
    ignore: ['moved to room 4B', 'Floor 22', 'test suite 3 failed', '2 way binding', 'Windows 10', 'version 2.3 Dr',
      'CI build 4417823 passed'],
  },
});
