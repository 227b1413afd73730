/**
 * HL7 v2 segments pasted into a ticket or page (an interface analyst's "PID|1||889231^^^MRN||DOE^JOHN||
 * 19620314|M"): the patient's identifiers sit in numbered fields whose meaning the standard fixes, with
 * no label or sentence around them, so no other detector can tell "DOE^JOHN" is a name. This one reads
 * the segments that carry a person's identifiers (HL7 v2.5.1 chapter 3 PID, NK1, MRG; chapter 6 GT1,
 * IN1, IN2) field by field and reports each identifying component by the field's type: XPN names,
 * XAD addresses (street, city, ZIP and county; state and country stay), XTN phones and e-mail, CX
 * identifiers (typed by their identifier type code: SS is an SSN, MR an MRN), TS dates. Field,
 * component and repetition separators are the standard "|^~" (MSH-1/MSH-2 may name others; pasted
 * messages keep the default). Hand-written: the npm HL7 parsers take a whole message and give values,
 * not offsets into the text around it.
 */
import { defineDetector, type Candidate } from './detector';
import type { FindingType } from '../finding-types';

/** What a field holds, by its HL7 data type. */
type FieldKind = 'id' | 'name' | 'date' | 'address' | 'phone' | 'ssn' | 'account' | 'licence' | 'plan';

/** The identifying fields of each segment, by field number (HL7 v2.5.1). */
const SEGMENT_FIELDS: Readonly<Record<string, Readonly<Record<number, FieldKind>>>> = {
  PID: {
    2: 'id', 3: 'id', 4: 'id', 5: 'name', 6: 'name', 7: 'date', 9: 'name', 11: 'address', 13: 'phone', 14: 'phone',
    18: 'account', 19: 'ssn', 20: 'licence', 21: 'id', 29: 'date',
  },
  NK1: { 2: 'name', 4: 'address', 5: 'phone', 6: 'phone', 16: 'date', 30: 'name', 31: 'phone', 32: 'address', 33: 'id', 37: 'ssn' },
  GT1: { 2: 'id', 3: 'name', 4: 'name', 5: 'address', 6: 'phone', 7: 'phone', 8: 'date', 12: 'ssn', 19: 'id' },
  IN1: { 16: 'name', 18: 'date', 19: 'address', 36: 'plan', 49: 'id' },
  IN2: { 1: 'id', 2: 'ssn', 6: 'plan', 7: 'name', 8: 'plan', 9: 'plan' },
  MRG: { 1: 'id', 2: 'id', 3: 'account', 4: 'id', 5: 'account', 6: 'id', 7: 'name' },
};

/** CX identifier type codes (HL7 table 0203) that name a type other than MRN. */
const ID_TYPE_CODES: Readonly<Record<string, FindingType>> = {
  SS: 'SSN', AN: 'ACCOUNT_NUMBER', AM: 'ACCOUNT_NUMBER', DL: 'LICENSE_NUMBER', MA: 'HEALTH_PLAN_ID', MC: 'HEALTH_PLAN_ID',
  MB: 'HEALTH_PLAN_ID', SN: 'HEALTH_PLAN_ID', NPI: 'NPI', PPN: 'OTHER_ID',
};

const KIND_TYPE: Readonly<Record<Exclude<FieldKind, 'name' | 'address' | 'phone' | 'id'>, FindingType>> = {
  date: 'DATE', ssn: 'SSN', account: 'ACCOUNT_NUMBER', licence: 'LICENSE_NUMBER', plan: 'HEALTH_PLAN_ID',
};

/** XAD components (1-based) and what each is: street, other designation (unit), city, zip, county. */
const ADDRESS_PARTS: ReadonlyArray<readonly [number, FindingType]> = [[1, 'ADDRESS'], [2, 'ADDRESS'], [3, 'LOCATION'], [5, 'ZIP'], [9, 'LOCATION']];
/** XPN components: family name, given name, second given names. */
const NAME_PARTS = [1, 2, 3];
/** XTN components: the number as written, e-mail, area code, local number, extension. */
const PHONE_PARTS: ReadonlyArray<readonly [number, FindingType]> = [[1, 'PHONE'], [4, 'EMAIL'], [6, 'PHONE'], [7, 'PHONE'], [8, 'PHONE']];

/**
 * The segments this reads. One opens a line, or follows a space in a message pasted flat ("PID|"); it is
 * looked for at each '|' (indexOf), not with a regex led by a lookbehind, which would cost a pass at a
 * few MB/s over every text with a table in it.
 */
const SEGMENTS: ReadonlySet<string> = new Set(Object.keys(SEGMENT_FIELDS));

/** The segment name that ends at the '|' at `bar`, opening a line or after a space, or undefined. */
function segmentAt(text: string, bar: number): string | undefined {
  if (bar < 3) return undefined;
  const before = bar > 3 ? text.charCodeAt(bar - 4) : 32;
  if (before !== 32 && before !== 10 && before !== 13 && before !== 9) return undefined;
  const name = text.slice(bar - 3, bar);
  return SEGMENTS.has(name) ? name : undefined;
}
/** The next segment of a message pasted on one line: " PV1|". */
const NEXT_SEGMENT = /[\r\n]|\s[A-Z][A-Z\d]{2}\|/g;
/** HL7 TS/DTM: YYYY[MM[DD[HHMM[SS]]]] with an optional fraction and offset. */
const HL7_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2,6})?(?:\.\d{1,4})?(?:[+-]\d{4})?$/;
const SCORE = 0.9;

/** A piece of a field: [start, end) in the text. */
type Piece = readonly [number, number];

/** The pieces of `text` in [from, to) between `separator`s. */
function split(text: string, from: number, to: number, separator: string): Piece[] {
  const pieces: Piece[] = [];
  let start = from;
  for (let at = text.indexOf(separator, from); at >= 0 && at < to; at = text.indexOf(separator, at + 1)) {
    pieces.push([start, at]);
    start = at + 1;
  }
  pieces.push([start, to]);
  return pieces;
}

/** Whether a value says something: a letter or digit (not "" or an HL7 null '""'). */
const holdsValue = (value: string): boolean => /[\p{L}\p{N}]/u.test(value);

function push(out: Candidate[], text: string, type: FindingType, [start, end]: Piece, pattern: string): void {
  if (end <= start || !holdsValue(text.slice(start, end))) return;
  out.push({ detector: 'hl7', type, start, end, pattern: `hl7 ${pattern}`, score: SCORE, needsContext: false });
}

/** The candidates of one repetition of a field of `kind`. */
function readValue(text: string, out: Candidate[], kind: FieldKind, [from, to]: Piece, where: string): void {
  const components = split(text, from, to, '^');
  const component = (n: number): Piece | undefined => components[n - 1];
  switch (kind) {
    case 'name':
      for (const n of NAME_PARTS) { const c = component(n); if (c) push(out, text, 'NAME', c, `${where} name`); }
      return;
    case 'address':
      for (const [n, type] of ADDRESS_PARTS) { const c = component(n); if (c) push(out, text, type, c, `${where} address`); }
      return;
    case 'phone':
      for (const [n, type] of PHONE_PARTS) { const c = component(n); if (c) push(out, text, type, c, `${where} phone`); }
      return;
    case 'id': {
      const id = component(1);
      const code = component(5);
      const type = (code && ID_TYPE_CODES[text.slice(code[0], code[1])]) ?? 'MRN';
      if (id) push(out, text, type, id, `${where} identifier`);
      return;
    }
    case 'date': {
      const value = component(1);
      if (value && HL7_DATE.test(text.slice(value[0], value[1]))) push(out, text, 'DATE', value, `${where} date`);
      return;
    }
    default: {
      const value = component(1);
      if (value) push(out, text, KIND_TYPE[kind], value, `${where} ${kind}`);
    }
  }
}

export function findHl7(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A process table ("PID|USER|%CPU|COMMAND") is no HL7: a message has its MSH header or components.
  const message = text.includes('MSH|');
  for (let bar = text.indexOf('|'); bar >= 0; bar = text.indexOf('|', bar + 1)) {
    const segment = segmentAt(text, bar);
    if (segment === undefined) continue;
    const fields = SEGMENT_FIELDS[segment] as Readonly<Record<number, FieldKind>>;
    const from = bar + 1;
    NEXT_SEGMENT.lastIndex = from;
    const end = NEXT_SEGMENT.exec(text)?.index ?? text.length;
    if (!message && text.slice(from, end).indexOf('^') < 0) { bar = end - 1; continue; }
    split(text, from, end, '|').forEach((field, i) => {
      const kind = fields[i + 1];
      if (!kind) return;
      for (const repetition of split(text, field[0], field[1], '~')) readValue(text, out, kind, repetition, `${segment}-${i + 1}`);
    });
    bar = end - 1;
  }
  return out;
}

export const hl7 = defineDetector({
  id: 'hl7',
  type: 'NAME',
  types: ['NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DATE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'HEALTH_PLAN_ID', 'NPI', 'OTHER_ID'],
  description: 'HL7 v2 PID, NK1, GT1, IN1, IN2 and MRG segments: names, addresses, phones, dates and identifiers by field (HL7 v2.5.1)',
  patterns: [],
  find: findHl7,
  examples: {
    match: ['PID|1||889231^^^MRN||DOE^JOHN||19620314|M', 'NK1|1|ROE^JANE^^^^|SPO|12 ASH RD^^RENO^NV^89501'],
    ignore: ['MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202403141200||ADT^A01|123|P|2.5', 'PID|1234|root|java -jar app.jar', 'PID|USER|%CPU|COMMAND', 'OBX|1|NM|2345-7^GLUCOSE^LN||98|mg/dL', 'PID|1||""||""', 'The PID| column'],
  },
});
