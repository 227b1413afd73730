/**
 * Telephone (Safe Harbor D) and fax (E) numbers.
 *
 * North American Numbering Plan (https://nationalnanpa.com, NANP administration guidelines):
 * NPA-NXX-XXXX, area code and exchange both [2-9]XX; an area code is never N11 (service codes), N9X
 * (reserved for expansion) or 37X/96X (reserved); an exchange is never N11. 555-0100..0199 are the
 * fictional lines and count as valid. Written with "+1", "1-", "001", "(NPA)", dots, dashes or spaces
 * and an extension "x123" / "ext. 123", which is part of the span.
 * Other countries (ITU-T E.164): "+" or "00", a country code and at most 15 digits in all, checked with
 * libphonenumber-js against each country's number lengths.
 * Local and national forms without a country ("0490 75 40 81", "(08) 8747 6301", "467 3395") have no
 * rule to check, so they count only next to a phone word ("Phone:", "call me on", "mobile", "office").
 * Decoys turned away: decimals, dates, IPv4, SSN and ZIP+4 shapes, card-length runs, bare ten-digit runs
 * off the NANP plan (epoch seconds, UPCs), runs inside longer tokens or right after a letter ("x4417").
 * A number labelled "Fax:" or followed by "fax" is typed FAX.
 */
// The default bundle (metadata "min"): it validates country codes and national number lengths, which is
// all a number written with "+" needs. The "max" bundle adds per-range patterns that go stale as ranges
// are assigned, and would only demote real numbers in exchange for twice the metadata.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { FindingType } from '../finding-types';
import { defineDetector, type ContextWindow, type Validation, HAS_DIGIT } from './detector';

/** NANP area code and exchange rules (see header). */
export function nanpValid(area: string, exchange: string): boolean {
  if (!/^[2-9]\d\d$/.test(area) || !/^[2-9]\d\d$/.test(exchange)) return false;
  if (area.slice(1) === '11' || area[1] === '9' || area.startsWith('37') || area.startsWith('96')) return false;
  return exchange.slice(1) !== '11';
}

const EXTENSION = / ?(?:x|ext\.?|extension) ?\d{1,6}$/i;
const TOLL_FREE = /^8(?:00|33|44|55|66|77|88)$/;
const NANP_SHAPE = /^(?:(?:\+|00)?1[ .-]?)?(?:\((\d{3})\)[ \n]?|(\d{3})[ ./-]?)(\d{3})[ .-]?\d{4}$/;

/** Shapes that share a phone's digit groups but are something else. */
function looksLikeOtherNumber(core: string): boolean {
  if (/^\d+\.\d+$/.test(core)) return true; // a decimal
  if (/^\d{3}-\d{2}-\d{4}$/.test(core) || /^\d{5}-\d{4}$/.test(core)) return true; // SSN, ZIP+4
  const ip = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(core);
  if (ip && ip.slice(1).every((o) => Number(o) <= 255)) return true;
  const ymd = /^(?:19|20)\d\d[-. /](\d{1,2})[-. /](\d{1,2})$/.exec(core);
  if (ymd && Number(ymd[1]) <= 12 && Number(ymd[2]) <= 31) return true;
  const dmy = /^(\d{1,2})[-. /](\d{1,2})[-. /](?:19|20)\d\d$/.exec(core);
  if (dmy && Number(dmy[1]) <= 31 && Number(dmy[2]) <= 31) return true;
  if (/^\d{4}[ -]\d{6}[ -]\d{4,5}$/.test(core)) return true; // Amex / Diners grouping
  // Dots mixed with other separators, or beside a single digit, make a list of measurements
  // ("135 4.2 101 24"); dotted phone groups are two digits or more ("03.93.92.16.85").
  const national = core.replace(/^\+\d{1,3}[ .-]?/, '');
  if (national.includes('.') && (/[ -]/.test(national) || /(?:^|\D)\d\.|\.\d(?!\d)/.test(national))) return true;
  return /^(\d)(?:\D?\1)+$/.test(core); // one repeated digit
}

export function phoneValidity(value: string): Validation {
  // "217 - 555 - 0143" is judged as "217-555-0143".
  const core = value.replace(EXTENSION, '').replace(/ - /g, '-');
  if (looksLikeOtherNumber(core)) return 'invalid';
  const international = /^(?:\+|00)/.test(core);
  const digits = core.replace(/\D/g, '').slice(core.startsWith('00') ? 2 : 0);
  if (digits.length < 7 || digits.length > 15) return 'invalid';

  const nanp = NANP_SHAPE.exec(core);
  if (nanp) {
    // A toll-free number (800, 833 ... 888) is an organisation's line, never a patient's.
    if (TOLL_FREE.test(nanp[1] ?? nanp[2] ?? '')) return 'invalid';
    if (nanpValid(nanp[1] ?? nanp[2] ?? '', nanp[3] ?? '')) return 'valid';
    // A bare ten-digit run off the plan is an epoch, a UPC or an ID. A written-out one ("984-182-0190")
    // is still a phone number someone typed wrong or made up, so it is left to context.
    // Spaced dashes off the plan are a range or a list ("100 - 200 - 3000").
    return /^\+?\d+$/.test(core) || value.includes(' - ') ? 'invalid' : undefined;
  }
  if (international) return parsePhoneNumberFromString(core.replace(/^00/, '+'))?.isValid() ? 'valid' : undefined;
  return undefined;
}

// A number starts after neither a letter or digit ("x4417", "ID7140392") nor a digit and a dot, colon
// or dash, and ends before neither, so it never matches inside a longer token, a decimal or a time. A
// comma may stand next to digits: in an export ("431-70-2298,312-555-0119") it separates fields, and the
// number was found only once the SSN before it had been redacted. Nor does a number start after a group
// of one to three digits and a space: "284 698 2548" inside "21 284 698 2548" is the tail of a longer number.
// A full group before the space ("...0101 773-555-0102", a list of numbers) is another number's end,
// and a "+" opens a number anywhere ("E.164 +13125550122"); but "00" after a group is inside a card or
// an id ("5221 0046 3781 2095"), not an international prefix.
const START = String.raw`(?<![\p{L}\p{N}+@/_]|\d[.:-]|(?<!\d)\d{1,3} (?!\+)|\d (?=00))`;
const END = String.raw`(?![\p{L}\p{N}@/_]|[.:-]\d)`;
const EXT = String.raw`(?: ?(?:x|ext\.?|extension) ?\d{1,6})?`;
/** One digit group of a national or international number: "0490", "(0)8", "(37) 788", "(579)888". */
const GROUP = String.raw`(?:\(\d{1,4}\) ?\d{0,8}|\d{1,8})`;
const GROUPS = String.raw`${GROUP}(?:[ .-]${GROUP}){1,6}`;

const phonePattern = (body: string): RegExp => new RegExp(`${START}(?:${body})${EXT}${END}`, 'giu');

const FAX_LABEL_BEFORE = /(?<![\p{L}\p{N}])(?:fax|facsimile|telefax)(?:\s?(?:no\.?|num\.?|number|#))?\s?[:#][*_]{0,2}\s*$|(?<![\p{L}\p{N}])f\s?:\s*$/u;
const FAX_WORD_BEFORE = /(?<![\p{L}\p{N}])(?:fax|facsimile|telefax)(?:\s?(?:no\.?|number|line))?(?:\s(?:is|was|at))?\.?\s*$/u;
/** "Fax results to (617) ...", "please fax the form to ...": fax as a verb, a few words, then "to" or "at". */
const FAX_VERB_BEFORE = /(?<![\p{L}\p{N}])fax(?:ed|ing)?(?: [\p{L}'’-]{1,20}){0,4} (?:to|at):? ?$/iu;
/** In a list, "38 fax" then a line break labels the number before the word, not the one on the next line. */
const FAX_ENDS_LINE_AFTER_NUMBER = /[\p{N})][ \t-]{0,2}(?:fax|facsimile|telefax)\.?[ \t]*\n\s*$/u;
/** "312-555-0190 fax", "3660170548-Fax", "(fax)"; but "; Fax: 312..." and "fax 312..." label the next number. */
const FAX_AFTER = /^[ \t-]{0,2}\(?(?:fax|facsimile)(?![\p{L}\p{N}]|[ \t]*[:#]|[ \t]{0,3}[+(\d]|[ \t]{0,2}(?:no|number)\b)/u;

export function phoneOrFax(window: ContextWindow): FindingType | undefined {
  const { before, after } = window;
  if (FAX_LABEL_BEFORE.test(before)) return 'FAX';
  if (FAX_WORD_BEFORE.test(before) && !FAX_ENDS_LINE_AFTER_NUMBER.test(before)) return 'FAX';
  if (FAX_VERB_BEFORE.test(before)) return 'FAX';
  return FAX_AFTER.test(after) ? 'FAX' : undefined;
}

export const phone = defineDetector({
  id: 'phone',
  type: 'PHONE',
  requires: HAS_DIGIT,
  description: 'Telephone or fax number: NANP plan rules, E.164 via libphonenumber-js, national forms next to a phone word',
  patterns: [
    {
      name: 'nanp-formatted (medium)',
      // "312/555-0177": a slash after the area code only before "ddd-dddd". A line break may follow
      // "(312)": text wrapped there, or an ADF hardBreak, still holds one number.
      regex: phonePattern(String.raw`(?:(?:\+|00)?1[ .-]?)?(?:\(\d{3}\)[ \n]?|\d{3}[ .-]|\d{3}\/(?=\d{3}-\d{4}))\d{3}[ .-]\d{4}`),
      score: 0.4,
    },
    // "217 - 555 - 0143": read out and typed with spaced dashes, or a word processor's spaced en dashes.
    { name: 'nanp-spaced-dashes (medium)', regex: phonePattern(String.raw`\d{3} - \d{3} - \d{4}`), score: 0.4, digitRun: { min: 3, max: 3, next: ' ' } },
    { name: 'international-plus (medium)', regex: phonePattern(String.raw`\+\d{7,15}|(?:\+|00)${GROUPS}`), score: 0.4 },
    { name: 'nanp-bare-digits (weak)', regex: phonePattern(String.raw`1?\d{10}`), score: 0.2, needsContext: true, digitRun: { min: 10, max: 11 } },
    {
      name: 'digit-groups-near-phone-word (weak)', regex: phonePattern(GROUPS), score: 0.2, needsContext: true,
      // Digit groups, their separators and an extension: most texts are full of digit groups (versions,
      // decimals, times) and only those near a phone word can count, so the scan searches only there.
      spanChars: /[\d ().\-einostx]/iu, // the letters of "x", "ext", "extension"
    },
  ],
  context: [
    'phone', 'phones', 'telephone', 'tel', 'ph', 'call', 'called', 'calling', 'callback', 'call back', 'call me', 'mobile', 'mob',
    'cell', 'cellphone', 'cell phone', 'desk', 'office', 'fax', 'facsimile', 'home', 'work', 'contact', 'reach', 'reached',
    'answering', 'message', 'messages', 'text', 'sms', 'whatsapp', 'pager', 'landline', 'hotline', 'voicemail', 'dial', 'ext',
  ],
  negativeContext: [
    'omb', 'upc', 'isbn', 'version', 'build', 'invoice', 'order', 'tracking', 'serial', 'ticket', 'epoch', 'timestamp',
    'vitals', 'bp', 'hr', 'labs', 'dose', 'score', 'nhs', 'sin', 'social insurance',
  ],
  validate: phoneValidity,
  refineType: phoneOrFax,
  examples: {
    match: [
      'Patient callback (312) 555-0176.', 'Cell (312) 555-0142', 'intl +1.773.555.0187', 'Tel 847 555 0163', 'Fax: 312-555-0190',
      '345-899-3560x4587', 'Desk: +41 (0)96 471 07 95', 'Mobile: 0490 39 07 81', 'Can someone call me on 9472 7916?',
      '+46 (0)8 928 571 38 fax', 'Desk: 5403926876', '+44 20 7946 0958', 'Pt cell 312/555-0177',
    ],
    ignore: [
      'Attached W-2 (OMB No. 1545-0008).', 'Supply scan UPC 0190074442', 'calibration factor 106.0512973',
      'job started at epoch 1764763200', 'desk ext. x4417', 'batch ids 7140392 7158816; metric 1764763200.00 -0.42',
      '11/29 14:02:17 WARN', '911-555-0142', '312-111-0142', 'call on 2024-01-15', 'phone 412-58-7391', 'home 60614-1234',
      'office IP 203.0.113.57', 'version 10.0.19041', 'call back 1764763200', 'labs at home: 135 4.2 101 24 18',
      'Vitals at home 98 120 80 72 16',
    ],
  },
});
