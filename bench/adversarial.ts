/**
 * 1 MB inputs built to make a regex engine backtrack or a scanner go quadratic: long digit runs,
 * repeated separators, 100,000-character tokens, bracket and '@'/'.' floods, endless capitalised words,
 * context words without values, normaliser work (fullwidth digits, zero-width characters), and
 * thousands of address blocks with identifiers at their ends (overlap resolution once compared every
 * address with every identifier: 22 s on this input).
 */
const SIZE = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

export const ADVERSARIAL: Readonly<Record<string, () => string>> = {
  'digit run': () => fill('1234567890'),
  'digit groups': () => fill('4716 0938 2551 7347 '),
  '1-1-1-1-...': () => fill('1-'),
  '1.1.1.1....': () => fill('1.'),
  '(((( floods': () => fill('((((1'),
  "'@' and '.' floods": () => fill('a@b.'),
  '100k-char tokens': () => fill(`${'x'.repeat(100_000)} `),
  '100k alnum tokens': () => fill(`${'A1b2C3d4'.repeat(12_500)} `),
  'capitalised words': () => fill('Maria Whitaker Oak Street James Patel Lake View '),
  'phone prefixes': () => fill('(312) 555-'),
  'context words, no values': () => fill('SSN: DOB: MRN: patient Mr. '),
  'fullwidth + zero-width': () => fill('１２３\u200b－４５\u00ad－６７８９ '),
  'address blocks': () => fill('Patient lives at 4417 Oak Street, Springfield, IL 62704, phone (217) 555-0142.\n'),
  'residence cues': () => fill('lives in Aaaa Bbbb Cccc, County Hospital '),
  'unit and street words': () => fill('Apt Suite Street '),
  'numbers before words': () => fill('12 Aaaa '),
  'commas and line breaks': () => fill('a,\n'),
  // A redacted export scanned again: each candidate was once tested against every token (8 s at 20,000 rows).
  'tokens beside values': () => fill('0,Pt 0,[SSN],[PHONE] 431-70-2298\n'),
  // A roster of "Last, First" names: joining each pair once filtered every candidate (19 s at 20,000 rows).
  'last, first roster': () => fill('Thistlewood, Reginald 58M\n'),
  // A pasted CSV export: every cell is read with its header (core/text-tables.ts), and each is checked
  // against the whole text's findings.
  'CSV export with a header': () => `name,dob,mrn,phone\n${fill('"Okafor, Chinedu",1988-09-21,4471122,312-555-0142\n')}`.slice(0, SIZE),
};
