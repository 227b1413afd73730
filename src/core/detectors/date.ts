/**
 * Dates (Safe Harbor C: "all elements of dates (except year) for dates directly related to an
 * individual, including birth date, admission date, discharge date, date of death").
 * Formats: US numeric M/D/YYYY and M/D/YY (also with "-" or "."), day-first D/M/YYYY when the first part
 * is over 12, ISO 8601 YYYY-MM-DD with optional time, day-month-name ("14-Mar-1962", "14 March 1962",
 * "the 14th of March"), month-name-day ("March 14th, 1962", "Mar 14, 1962", "March 14"), month + year
 * ("March 1962"), and M/D ("3/14") next to a clinical word only. A year alone is not PHI; nor is a
 * weekday, a time of day or a duration.
 *
 * Scoring, the decision this detector makes for a HIPAA customer scanning Jira and Confluence:
 * - A clinical word near (DOB, born, admitted, discharged, died, seen on, visit, surgery, or an ADF
 *   column header "DOB") lifts any date to at least 0.6 and by 0.35: always reported.
 * - A work word just before ("due", "deadline", "sprint", "release", "deploy", "created", "resolved",
 *   "target", or the column header "Due date") takes 0.45 off: a bare date under it is dropped.
 * - A bare full date with no context (day, month and year) scores 0.45, just under the threshold, and is
 *   reported only when the same text holds other strong PHI (core/score/co-occurrence.ts): in a ticket
 *   with a patient's name or SSN an unexplained full date is most often a birth or visit date, while
 *   Jira and Confluence are otherwise full of ship dates, deadlines and changelog dates. A site that
 *   wants every full date lowers DATE's minScore to 0.45.
 * - Weaker shapes score below the threshold unless a clinical word is near: two-digit years (0.45),
 *   a month and day without year (0.45), month + year (0.4), "YYYY-MM-DD hh:mm:ss" (0.4: pasted log
 *   lines are full of them), and M/D (0.2, needs context; "11/29 14:02:17 WARN" stays). Machine time
 *   stamps (ISO with "T", fractional seconds or a zone) only next to a clinical word ("Admission date:").
 */
import { wholeValue } from './cue';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

/** Lower case, for the validator and as the cue words (PatternSpec.startsWith) of the patterns that open with a MONTH. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|' +
  'JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const MONTH_ABBREVIATIONS = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const ORD = '(?:st|nd|rd|th)?';
const YEAR4 = '(?:1[89]\\d\\d|20\\d\\d)';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] as number);
}

/** Rejects impossible calendar dates ("02/30/1990", "13/13/2020"); no opinion on the rest. */
/**
 * Birth years up to this one show an age over 89. The engine's one reading of the clock, at year
 * granularity: the threshold moves on by itself each January.
 */
const LAST_BIRTH_YEAR_OVER_89 = new Date().getUTCFullYear() - 90;

export function dateValidity(value: string): Validation {
  if (/^\d{4}$/.test(value)) return Number(value) <= LAST_BIRTH_YEAR_OVER_89 && Number(value) >= 1850 ? 'valid' : 'invalid';
  const iso = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})/.exec(value);
  if (iso) return validDay(Number(iso[3]), Number(iso[4])) ? undefined : 'invalid';
  // Eight digits after a birth cue: YYYYMMDD or MMDDYYYY (DDMMYYYY too), from 1900 on.
  const compact = /^(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (compact) {
    const [a, b, c, d] = compact.slice(1).map(Number) as [number, number, number, number];
    const ymd = (a === 19 || a === 20) && validDay(c, d);
    const mdy = (c === 19 || c === 20) && (validDay(a, b) || validDay(b, a));
    return ymd || mdy ? undefined : 'invalid';
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(value);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    return validDay(a, b) || validDay(b, a) ? undefined : 'invalid';
  }
  const named = /([A-Za-z]{3})[A-Za-z]*\.?[ -]{1,2}(\d{1,2})(?!\d)|(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]{1,2}([A-Za-z]{3})/.exec(value);
  if (named) {
    const month = MONTHS.indexOf((named[1] ?? named[4] ?? '').toLowerCase()) + 1;
    const day = Number(named[2] ?? named[3]);
    return month === 0 || validDay(month, day) ? undefined : 'invalid';
  }
  return undefined;
}

// A date starts after no letter, digit, slash or dot ("v1.2.2024", "x3/14"); after a colon only when no
// digit stands before it ("DOB:03/14/1962", not the "12:03" of a time); after a dash only when a slash
// date ends there (the second date of "03/14/2026-03/18/2026").
const B = '(?<![\\p{L}\\p{N}/.]|\\d:|(?<!/\\d{1,4})-)';
// Every MONTH alternative starts with one of these: the month-name patterns run only on texts that hold one.
const HAS_MONTH = new RegExp(MONTH_ABBREVIATIONS);
// A date ends before no letter or digit, nor a separator and a digit, except a dash before a slash
// date ("03/14/2026-03/18/2026", a stay).
const E = '(?![\\p{L}\\p{N}]|[/.:]\\d|-\\d(?!\\d?/))';
// Where the patterns that start with a number start (PatternSpec.digitRun): a four-digit year before a
// dash, or a day of one or two digits before an ordinal suffix (st, nd, rd, th), " of", a space or a dash.
/** Labels right before a time stamp that make it the patient's date ("DOB:", "Admission date:", '"birthDate": "'); a "patient" further off does not. */
const STAMP_LABELS = 'dob|birth ?date|date of birth|born|admission(?: date)?|admit(?: date)?|admitted|discharged?(?: date)?|date of death|died|deceased|date of service|dos';
const YEAR_RUN = { min: 4, max: 4, first: '12', next: '-', then: { min: 2, max: 2, next: '-' } };
const YEAR_SLASH_RUN = { min: 4, max: 4, first: '12', next: '/', then: { min: 1, max: 2, next: '/' } };
/** Eight digits, for the compact date after a birth cue. */
const BIRTH_CUES = ['dob', 'd.o.b', 'date of birth', 'birthdate', 'birth date', 'born'];
const BIRTH_CUE = '(?:[Dd][Oo][Bb]|[Dd]\\.[Oo]\\.[Bb]\\.?|[Dd]ate of [Bb]irth|DATE OF BIRTH|[Bb]irth ?[Dd]ate|BIRTH ?DATE|[Bb]orn|BORN)';
// Clinical scores are written as fractions: "Pain 7/10", "GCS 3/15", "strength 5/5". A month and day
// with no year is taken for one only when no such word comes in the 30 characters before its end.
// Tested from the end of a match (a lookbehind at the start would run at every place a match may start).
const NO_SCORE_WORD_BEFORE = '(?<!(?:[Pp]ain|PAIN|GCS|gcs|[Ss]core|SCORE|[Ss]cale|[Rr]ated|[Rr]ating|[Ss]trength|[Pp]ower|[Gg]rade|VAS|NRS|[Aa]pgar)[^\\n]{0,30})';
const DAY_RUN = { min: 1, max: 2, next: 'snrt -', then: 'letter' as const };
/**
 * A numeric date starts with a day or month, a separator and a digit. One spec for the three numeric
 * patterns, so the index lists these runs once per text: cheaper than a tighter spec each (measured).
 */
const DAY_MONTH_RUN = { min: 1, max: 2, next: '/-.', then: { min: 1, max: 2 } };

export const date = defineDetector({
  id: 'date',
  type: 'DATE',
  requires: HAS_DIGIT,
  description: 'Calendar dates with day or month (numeric, ISO 8601, month names); clinical vs work context',
  patterns: [
    { name: 'date-iso (medium)', regex: new RegExp(`${B}${YEAR4}-[01]\\d-[0-3]\\d(?![\\p{L}\\p{N}]|[/.:-]\\d|[T ]\\d)`, 'gu'), score: 0.45, promotedByOtherPhi: true, digitRun: YEAR_RUN },
    // "2000-04-16 11:34:35" as people paste it; machine stamps ("2026-07-08T14:51:28.287Z", log4j's
    // "14:02:17,123") are log lines, not events in a patient's care, and are not proposed at all.
    { name: 'date-iso-with-time (weak)', regex: new RegExp(`${B}${YEAR4}-[01]\\d-[0-3]\\d [0-2]\\d:[0-5]\\d(?::[0-5]\\d)?(?![\\p{L}\\p{N}]|[.,:]\\d)`, 'gu'), score: 0.4, digitRun: YEAR_RUN },
    // A machine stamp is the patient's date only under a clinical label ("Admission date: 2024-03-14T08:30:00Z",
    // FHIR's "birthDate" pasted as "DOB: 1962-03-14T00:00:00").
    { name: 'date-iso-timestamp-after-clinical-label (weak)', regex: new RegExp(`(?<=(?:${STAMP_LABELS})[^\\p{L}\\p{N}\\n]{1,6})${YEAR4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-][0-2]\\d:?[0-5]\\d)?(?![\\p{L}\\p{N}]|[.,:]\\d)`, 'giu'), score: 0.4, needsContext: true, digitRun: YEAR_RUN },
    { name: 'date-iso-timestamp-under-clinical-label (weak)', regex: wholeValue(`${YEAR4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-][0-2]\\d:?[0-5]\\d)?`), group: 1, score: 0.4, needsContext: true,
      underLabel: ['dob', 'date of birth', 'birth date', 'birthdate', 'admitted', 'admission', 'admit date', 'discharged', 'discharge', 'discharge date', 'date of death', 'deceased', 'date of service', 'dos'] },
    { name: 'date-year-first-slash (medium)', regex: new RegExp(`${B}${YEAR4}/[01]?\\d/[0-3]?\\d${E}`, 'gu'), score: 0.45, promotedByOtherPhi: true, digitRun: YEAR_SLASH_RUN },
    // "DOB 19620314", "DOB: 03141962": eight digits are a date only right after a birth cue.
    { name: 'date-compact-after-birth-cue (medium)', regex: new RegExp(`(?<![\\p{L}\\p{N}])${BIRTH_CUE}[:#]? ?(\\d{8})(?![\\p{L}\\p{N}])`, 'gu'), group: 1, score: 0.45, startsWith: BIRTH_CUES },
    { name: 'date-numeric-4-digit-year (medium)', regex: new RegExp(`${B}\\d{1,2}(?:/\\d{1,2}/|-\\d{1,2}-|\\.\\d{1,2}\\.)${YEAR4}${E}`, 'gu'), score: 0.45, promotedByOtherPhi: true, digitRun: DAY_MONTH_RUN },
    { name: 'date-numeric-2-digit-year (weak)', regex: new RegExp(`${B}\\d{1,2}/\\d{1,2}/\\d{2}${E}`, 'gu'), score: 0.45, digitRun: DAY_MONTH_RUN },
    // "DOB 3-14-31": dashes and a two-digit year read like a part or version number, so only after a birth cue.
    // "04JUL1976": the EHR's day, month and year with no separators.
    { name: 'date-day-month-year-compact (medium)', regex: new RegExp(`${B}${DAY}(?:${MONTH_ABBREVIATIONS})${YEAR4}(?![\\p{L}\\p{N}])`, 'gu'), score: 0.45, promotedByOtherPhi: true, requires: HAS_MONTH,
      digitRun: { min: 1, max: 2, next: 'JFMASONDjfmasond', then: 'letter' } },
    // After a birth cue, the short forms: "1976-7-4", "7.4.76", "4-Jul-76", "4 Jul 76".
    { name: 'date-short-forms-after-birth-cue (medium)', regex: new RegExp(`(?<![\\p{L}\\p{N}])${BIRTH_CUE}[:#]? ?(${YEAR4}-(?:1[0-2]|0?[1-9])-${DAY}|${DAY}\\.${DAY}\\.\\d{2}|${DAY}[ -]${MONTH}[ -]\\d{2})${E}`, 'gu'), group: 1, score: 0.45, startsWith: BIRTH_CUES },
    // "born 1931", "YOB: 1930": a year alone is no PHI, unless it shows an age over 89 (Safe Harbor (C)).
    { name: 'birth-year-over-89 (medium)', regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${BIRTH_CUE}|[Yy]ear of [Bb]irth|YEAR OF BIRTH|YOB|[Yy]ob)[:#]? ?(?:in )?(\\d{4})(?![\\p{L}\\p{N}]|[/.-]\\d)`, 'gu'), group: 1, score: 0.45, startsWith: [...BIRTH_CUES, 'year of birth', 'yob'] },
    { name: 'date-dashed-2-digit-year-after-birth-cue (medium)', regex: new RegExp(`(?<![\\p{L}\\p{N}])${BIRTH_CUE}[:#]? ?((?:1[0-2]|0?[1-9])-(?:3[01]|[12]\\d|0?[1-9])-\\d{2})${E}`, 'gu'), group: 1, score: 0.45, startsWith: BIRTH_CUES },
    { name: 'date-day-month-name-year (medium)', regex: new RegExp(`${B}${DAY}${ORD}(?: of)?[ -]${MONTH}\\.?,?[ -]${YEAR4}${E}`, 'gu'), score: 0.45, promotedByOtherPhi: true, requires: HAS_MONTH, digitRun: DAY_RUN },
    { name: 'date-month-name-day-year (medium)', regex: new RegExp(`${B}${MONTH}\\.?([ -])${DAY}${ORD},?\\1${YEAR4}${E}`, 'gu'), score: 0.45, promotedByOtherPhi: true, requires: HAS_MONTH, startsWith: MONTHS },
    { name: 'date-month-name-day (weak)', regex: new RegExp(`${B}${MONTH}\\.?[ -]${DAY}${ORD}(?![\\p{L}\\p{N}]|,? \\d|:\\d)`, 'gu'), score: 0.45, requires: HAS_MONTH, startsWith: MONTHS },
    { name: 'date-day-month-name (weak)', regex: new RegExp(`${B}${DAY}${ORD} (?:of )?${MONTH}(?![\\p{L}\\p{N}]|,? \\d)`, 'gu'), score: 0.45, requires: HAS_MONTH, digitRun: DAY_RUN },
    { name: 'date-month-name-year (weak)', regex: new RegExp(`${B}${MONTH}\\.?,? ${YEAR4}${E}`, 'gu'), score: 0.4, requires: HAS_MONTH, startsWith: MONTHS },
    { name: 'date-month-day-no-year (weak)', regex: new RegExp(`${B}(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\\d|0?[1-9])(?![\\p{L}\\p{N}]|[/.]\\d)${NO_SCORE_WORD_BEFORE}`, 'gu'), score: 0.2, needsContext: true, digitRun: DAY_MONTH_RUN },
  ],
  context: ['dob', 'd.o.b', 'date of birth', 'birth', 'birthdate', 'birthday', 'born', 'admitted', 'admission', 'admit',
    'discharged', 'discharge', 'died', 'death', 'deceased', 'expired', 'passed away', 'seen on', 'seen', 'visit',
    'visited', 'surgery', 'procedure', 'appointment', 'appt', 'encounter', 'dos', 'date of service',
    'hospitalized', 'diagnosed', 'onset', 'injury', 'follow-up', 'last seen', 'patient', 'pt',
    'mri', 'ct', 'biopsy', 'scan', 'x-ray', 'xray', 'ultrasound', 'colonoscopy', 'mammogram', 'vaccinated', 'vaccine', 'immunization'],
  negativeContext: ['due', 'due date', 'deadline', 'sprint', 'release', 'released', 'deploy', 'deployed', 'build',
    'eta', 'created', 'updated', 'resolved', 'target', 'modified', 'version', 'expires', 'expiry',
    'start date', 'end date', 'timestamp', 'logged', 'committed', 'merged', 'milestone',
    'go-live', 'go live', 'cutover', 'freeze', 'effective', 'install', 'installed', 'warranty', 'expiration', 'renewal', 'maintenance', 'outage', 'incident',
    'window', 'change window', 'patch', 'sent', 'received'],
  validate: dateValidity,
  examples: {
    match: ['DOB 03/14/1962', 'born 3/14/62', 'admitted 14-Mar-1962', 'born March 14th, 1962', 'DOB Mar 14, 1962', 'admitted 14 March 1962',
      'DOB: 3/14', 'date of birth 1962-03-14', 'seen on 2000-04-16 11:34:35', 'born on the 14th of March', 'SSN 412-58-7391, 03/14/1962',
      'DOB:03/14/1962', 'DOB 1962/03/14', 'DOB 19620314', 'admitted 03/14/2026-03/18/2026', 'Seen on Mar-14 per pt', 'DOB Mar-14-1962'],
    ignore: ['Due 2026-12-19', 'in 1962', '11/29 14:02:17 WARN', '02/30/1990', 'version 1.2.2024', 'release date: 2026-12-19',
      'The v1 endpoints are removed on 2026-09-30', 'Shipped on November 30, 2026',
      'Pt pain 7/10, GCS 3/15'],
  },
});
