/**
 * Ages over 89 (Safe Harbor C: "all ages over 89 ... may be aggregated into a single category of age 90
 * or older"). Younger ages are not identifiers and are left alone. The number is reported when it is
 * tied to an age phrase: "92-year-old", "93 years old", "92 y/o", "92yo", "age 94", "aged 101",
 * "Age: 90", "turned 95", "died at 101", and the same written out ("a ninety-two-year-old", "age
 * ninety-four"). Numbers with a unit ("90 days", "95%", "age 90 days") or another noun
 * ("room 92") are not ages. 125 is the ceiling: no one has been older.
 */
import { wholeValue } from './cue';
import { defineDetector, HAS_DIGIT } from './detector';

const OVER_89 = String.raw`(?:9\d|1[01]\d|12[0-5])`;
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/** Ninety to one hundred and nine written out ("ninety-two", "one hundred and one"). */
const OVER_89_WORDS = String.raw`(?:ninety(?:[- ](?:${UNITS}))?|(?:one|a) hundred(?:(?: and)? (?:${UNITS}))?)`;
/**
 * Where an age before "years old" starts (PatternSpec.digitRun): a run of two or three digits ("9x",
 * "1xx") followed by what may follow it there, a dash, a "y" or what `\s` matches: the ECMAScript white
 * space and line terminators, written out (the age unit test pins the list against `\s`).
 */
const AGE_RUN = {
  min: 2, max: 3, first: '19',
  next: '-yY \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
};
/** A unit after the number makes it a duration or measure, not an age in years. */
const NOT_A_UNIT = String.raw`(?!\s?(?:%|°|percent|days?|d\b|weeks?|wks?|w\b|months?|mos?\b|hours?|hrs?|h\b|min|minutes?|seconds?|secs?|s\b|ms\b|degrees?|kg|lbs?|mg|ml|mm|cm|bpm|mmhg))`;
/** "age 90+", "Age 90 or older": the aggregated category Safe Harbor itself prescribes, no one's age. */
const NOT_AGGREGATED = String.raw`(?!\s?\+|\s(?:or|and)\s(?:older|over|above|up))`;
/** Processes die too ("pod died at 101"): "died at" counts only when no such word comes just before. */
const NOT_A_PROCESS = String.raw`(?<!(?:process|pod|job|container|worker|server|service|thread|task|daemon|node|instance|vm|app|build|test|tree)\s)`;
/** Things have ages too: "ticket age 120", "password age 95", "cache age 100". */
const NOT_A_THING = String.raw`(?<!(?:ticket|password|cache|file|log|token|session|record|queue|backlog|account|certificate|cert|key|data|item|message)[\s_-])`;

export const age = defineDetector({
  id: 'age',
  type: 'AGE',
  description: 'Age over 89 in an age phrase (HIPAA Safe Harbor C)',
  patterns: [
    {
      name: 'age-before-years-old (strong)',
      regex: new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${OVER_89})(?=[\s-]?(?:years?|yrs?|y)[\s-]?(?:old|of\sage|o\b|\.o\.|\/o)|\s?yo[fm]?\b|\s?y\.o\.)`, 'dgiu'),
      group: 1, score: 0.6, digitRun: AGE_RUN, requires: HAS_DIGIT,
    },
    {
      name: 'age-after-cue (strong)',
      regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${NOT_A_THING}age(?:\s?\/\s?(?:sex|gender))?|aged|turned|turns|turning|${NOT_A_PROCESS}died at|passed away at)(?:\s?(?:of|:|=|is|was))?[*_]{0,2}\s{0,2}(${OVER_89}|${OVER_89_WORDS})(?![\p{L}\p{N}]|[.,]\d)${NOT_A_UNIT}${NOT_AGGREGATED}`, 'dgiu'),
      group: 1, score: 0.6, startsWith: ['age', 'turn', 'died', 'passed'],
    },
    {
      name: 'age-in-words-before-years-old (strong)',
      regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(${OVER_89_WORDS})(?=[\s-](?:years?|yrs?)[\s-]old)`, 'dgiu'),
      group: 1, score: 0.6, startsWith: ['ninety', 'one hundred', 'a hundred'],
    },
    // "Patient is 91.", "Pt was 103 at time of death", "and is now 101", "born in 1931, now 95": the patient's
    // age as a sentence's predicate.
    {
      name: 'age-as-predicate (strong)',
      // Read back from the number (a run of two or three digits from 90), not forwards from every "is".
      regex: new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])(?:(?:patient|pt|he|she|who)\s(?:is|was)(?:\snow)?|is\snow|(?<=[,;]\s?)now)\s)(${OVER_89})(?![\p{N}])(?=[.;,!)]|\s(?:at|when|and|with|years|yrs|in)(?![\p{L}\p{N}])|$)${NOT_A_UNIT}`, 'dgiu'),
      group: 1, score: 0.6, digitRun: { min: 2, max: 3, first: '19' },
    },
    // "Patient, 95F, presented", "Pt (96) fell", "Mrs. Ito, 99, called": the age set off after the person.
    {
      name: 'age-after-person (strong)',
      regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Pp]atient|[Pp]t|PT|(?:Mr|Mrs|Ms|Miss|Mx)\.?\s\p{Lu}[\p{L}'’-]{1,25}(?:\s\p{Lu}[\p{L}'’-]{1,25})?)(?:,\s|\s\()(${OVER_89})\s?[MF]?(?=[,)])`, 'dgu'),
      group: 1, score: 0.6, startsWith: ['patient', 'pt', 'mr', 'mrs', 'ms', 'miss', 'mx'],
    },
    // The clinical one-liner "92F with CHF", "Pt is a 94 M presents with": age and sex at the start of a line
    // or sentence, or after "a" or "pt", then the history ("Room 92F with TV" is none).
    {
      name: 'age-and-sex-before-history (strong)',
      regex: new RegExp(String.raw`(?<=^|\n[ \t]*|[.:;] |(?<![\p{L}\p{N}])(?:[Aa]n?|is|[Pp]t|[Pp]atient|PT) )(${OVER_89}) ?[MF](?= (?:with|w\/|presents|presenting|presented|admitted|c\/o|s\/p|hx|pmh|who)(?![\p{L}\p{N}]))`, 'dgu'),
      group: 1, score: 0.6, digitRun: { min: 2, max: 3, first: '19', next: ' MF' }, requires: HAS_DIGIT,
    },
    // An "Age" column or field holding only the number ("94" under "Age").
    { name: 'age-under-label (medium)', regex: wholeValue(OVER_89), group: 1, score: 0.3, needsContext: true, underLabel: ['age', 'pt age', 'patient age', 'age (years)', 'age (yrs)'] },
  ],
  context: ['age', 'aged', 'year old', 'years old', 'year-old', 'yo', 'y/o', 'turned'],
  examples: {
    match: ['a 92-year-old woman', 'pt is 92 y/o', '92yo F', '92 YOF with dementia', '92F with CHF', '94 M presents with a fall', 'Patient is 91.', 'Pt was 103 at time of death', 'Patient, 95F, presented', 'Pt (96) fell', 'Mrs. Ito, 99, called', 'Age/Sex: 93/F', 'age 94', 'aged 101', 'He is 93 years old', 'Age: 90', 'just turned 95',
      'A ninety-two-year-old woman', 'her brother, age ninety-four', "Pt's mother died at 101", 'one hundred and one years old'],
    ignore: ['90 days', 'improved 95%', 'patients age 90+ are grouped', 'Age 90 or older', 'room 92', 'Server room 92F today', 'Version is 91.', 'Patient was 96 on room air', 'Patient is 95% saturated', 'Pt (96%) on RA', 'Room 92F with TV', 'a 45-year-old man', 'age 89', 'age 90 days', 'aged 150', 'turned 90 degrees',
      'died at 0930', 'Process died at 101 seconds after start', 'pod died at 101.', 'a ninety-day supply', 'one hundred tickets are ninety days old'],
  },
});
