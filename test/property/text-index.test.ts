/**
 * The text index is exact: a pattern tried only at the places the index lists for it (the digit runs
 * its PatternSpec.digitRun accepts, the word starts of its PatternSpec.startsWith cue words) finds what
 * its regex finds over the whole text, match for match. A spec that is too narrow would lose
 * identifiers silently, so every pattern that declares one is checked on generated text, on the
 * detectors' examples (also with their separators swapped) and on sample records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BUILTIN_DETECTORS } from '../../src/core/detectors';
import type { PatternSpec } from '../../src/core/detectors/detector';
import { cueTable, findHints, indexText, runStarts } from '../../src/core/detectors/text-index';
import { lowerSameLength } from '../../src/core/detectors/prefilter';
import { matchesOf } from '../../src/core/detectors/prefilter';
import { generateCorpus } from '../../bench/corpus';

const anchored = BUILTIN_DETECTORS.flatMap((d) => d.patterns.filter((p) => p.digitRun).map((p) => ({ detector: d, pattern: p })));
const cued = BUILTIN_DETECTORS.flatMap((d) => d.patterns.filter((p) => p.startsWith).map((p) => ({ detector: d, pattern: p })));
const CUES = cueTable(cued.map((c) => ({ key: c.pattern, words: c.pattern.startsWith ?? [] })));

/**
 * Digits, every separator the numeric formats use, the letters of MBIs, ordinals and units, age and
 * month words, white space other than a space, and noise.
 */
const ALPHABET = [...'0123456789', ...'0123456789', ...' -./,:()+$#\n', ...'ACEHKTXYaxy', 'st', 'nd', 'th', ' years old', ' yo', 'y/o', 'y.o.',
  'T', 'é', '٣', '\t', '\u2009', 'Mar ', 'SEPT. ', 'may ', 'June'];
/** Every example of every anchored detector: real shapes, which edits below turn into near misses. */
const EXAMPLES = [...new Set(BUILTIN_DETECTORS.flatMap((d) => (d.patterns.some((p) => p.digitRun || p.startsWith) ? [...d.examples.match, ...d.examples.ignore] : [])))];

const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(2), insert: fc.constantFrom('', ...ALPHABET) });
/** A few examples side by side, then a few random edits: a digit dropped, a separator changed, a letter added. */
const textArb = fc.tuple(
  fc.array(fc.constantFrom(...EXAMPLES), { minLength: 1, maxLength: 3 }),
  fc.array(fc.constantFrom(...ALPHABET), { maxLength: 3 }),
  fc.array(editArb, { maxLength: 4 }),
).map(([examples, glue, edits]) => {
  let text = examples.join(glue.join('') || ' ');
  for (const e of edits) {
    const i = Math.floor(e.at * text.length);
    text = text.slice(0, i) + e.insert + text.slice(i + e.remove);
  }
  return text;
});

/** Digit groups of the lengths identifiers use, joined by the separators they use: "123.45.6789", "4111 1111 ...". */
const groupArb = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 19)
  .chain((n) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join('')));
const SEPARATORS = [' ', '-', '.', '/', ',', ':', '(', ')', '+', 'x', 'A', 'st', ' years old', '\n', 'y', '\u00a0yo', ' Dec '];
const groupsArb = fc.array(fc.tuple(groupArb, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([g, sep]) => g + sep).join(''));

/** Each example with one separator swapped for another throughout ("123 45 6789" -> "123.45.6789"). */
const SWAPPABLE = [' ', '-', '.', '/', ',', ':'];
const SWAPPED = EXAMPLES.flatMap((text) => SWAPPABLE.filter((from) => text.includes(from))
  .flatMap((from) => SWAPPABLE.filter((to) => to !== from).map((to) => text.split(from).join(to))));

/** Every spelling of a month the date patterns know, in dates each month-name pattern matches ("Sept. 3rd", "(DECEMBER 2001)"). */
const MONTH_DATES = ['Jan', 'January', 'Feb', 'February', 'Mar', 'March', 'Apr', 'April', 'May', 'Jun', 'June', 'Jul', 'July', 'Aug',
  'August', 'Sep', 'Sept', 'September', 'Oct', 'October', 'Nov', 'November', 'Dec', 'December']
  .flatMap((m) => [m, m.toUpperCase()]).map((m) => `${m} 14, 1962; ${m}. 3rd; (${m} 2001); 5 ${m}; x${m} 4`);

const spans = (ms: readonly RegExpExecArray[]): string[] => ms.map((m) => `${m.index}:${m[0]}`);

type Spec = { readonly digitRun?: PatternSpec['digitRun']; readonly startsWith?: readonly string[]; readonly regex: RegExp; readonly name: string };

/** The pattern's matches in `text` through the index equal its matches over the whole text. */
function assertSame(pattern: Spec, text: string): void {
  const index = indexText(lowerSameLength(text), CUES);
  const starts = pattern.digitRun ? runStarts(text, index, pattern.digitRun) : index.cueStarts.get(pattern as PatternSpec) ?? [];
  assert.deepEqual(spans(matchesOf(pattern.regex, text, starts)), spans(matchesOf(pattern.regex, text)), `${pattern.name} on ${JSON.stringify(text)}`);
}

describe('the text index finds exactly what the whole-text regexes find', () => {
  it('anchors numeric patterns at digit runs where that pays (measured), and cue patterns at cue words', () => {
    assert.deepEqual([...new Set(anchored.map((a) => a.detector.id))].sort(),
      ['age', 'credit-card', 'date', 'ip-address', 'mbi', 'mrn', 'npi', 'phone', 'ssn', 'zip']);
    assert.deepEqual([...new Set(cued.map((a) => a.detector.id))].sort(),
      ['account', 'age', 'biometric', 'date', 'device', 'health-plan', 'license', 'mrn', 'national-id', 'other-id', 'plate', 'postcode-after-place', 'zip']);
  });

  for (const { detector, pattern } of [...anchored, ...cued]) {
    it(`${detector.id}/${pattern.name}`, () => {
      for (const example of [...EXAMPLES, ...SWAPPED, ...MONTH_DATES]) assertSame(pattern, example);
      fc.assert(fc.property(textArb, (text) => assertSame(pattern, text)), { numRuns: 300 });
      if (pattern.digitRun) fc.assert(fc.property(groupsArb, (text) => assertSame(pattern, text)), { numRuns: 1000 });
    });
  }

  it('on 200 sample records of the bench corpus', () => {
    for (const record of generateCorpus(5, 250_000)) {
      for (const { pattern } of [...anchored, ...cued]) assertSame(pattern, record.text);
    }
  });
});

describe('find functions with cue words see every cue through the text index', () => {
  // Tried at every offset, a find function reads every cue there is; through the index it must read the same.
  const finders = BUILTIN_DETECTORS.filter((d) => d.findCues && d.find);
  const everyOffset = (text: string): number[] => Array.from({ length: text.length }, (_, i) => i);

  it('covers the detectors that declare findCues', () => {
    assert.deepEqual(finders.map((d) => d.id).sort(), ['account', 'address', 'location', 'name', 'url']);
  });

  /**
   * One text per cue the finders read, written out here rather than taken from findCues: if a word were
   * missing there, the text index would not list its cue and the finder would miss what it finds when
   * tried at every offset.
   */
  const CUED: Record<string, readonly string[]> = {
    url: ['https://portal.example.org/chart?mrn=00417823', 'HTTP://portal.example.org/chart?mrn=00417823',
      'ftp://files.example.org/patient/88310427', 'www.example.org/patients/88310427', '(https://portal.example.org/chart?mrn=00417823)']
      .map((link) => `See ${link} for the chart.`),
    account: ['ABA 011000015', 'routing # 011000015', 'Routing transit number: 011000015', 'RTN 011000015', 'aba routing no. 011000015']
      .map((cue) => `Wire to ${cue} today.`),
    location: [
      'lives in', 'live in', 'living in', 'lived in', 'resident of', 'resides in', 'residing in', 'born in', 'grew up in',
      'raised in', 'moved here from', 'moved there from', 'moved from', 'moved to', 'relocated from', 'relocated to',
      'originally from', 'hometown is', 'hometown of', 'Hometown', 'home town is', 'home town', 'transferred from',
      'transferred to', 'admitted to', 'place of birth', 'Birthplace', 'City:', 'town', 'village', 'municipality', 'i am in',
      'currently in', 'located in', 'travelling to', 'traveling to', 'flew to', 'fly to', 'flying to', 'drove to', 'arrived at',
      'arrived in', 'returned to', 'visiting', 'staying in', 'based in', "I'm in", 'we are in', "we're in", 'CITY', 'TOWN',
      'Where:', 'where :', 'WHERE:',
    ].map((cue) => `Note from the ward: ${cue} Ellsworth since May.`),
    name: ['pt john smith seen', 'Pt john smith seen', 'PT: john smith', 'patient mary jones called', 'Patient mary jones',
      'PATIENT mary jones', 'name: mary jones', 'Name: mary jones', 'NAME: mary jones', 'my name is vitoria', 'call me višeslav',
      'calls me višeslav', 'follow up with john smith'].map((cue) => `quick note: ${cue} today`),
    address: [
      ...['Apt', 'Apartment', 'Suite', 'Ste'].map((unit) => `Deliveries go to ${unit} 12B today.`),
      ...['Street', 'Avenue', 'Road', 'Boulevard', 'Lane', 'Drive', 'Terrace', 'Parkway', 'Highway'].map((w) => `She waited on Marina Fort ${w} for us.`),
      ...['Address:', 'address is', 'ADDRESS', 'addr', 'Lives at', 'lives on', 'lives in', 'Living at', 'resides at', 'located at',
        'moved to', 'send it to', 'Send this to', 'send them to', 'sent to', 'return to', 'deliver to', 'delivered to',
        'meet me at', 'Meet you at', 'corner of', 'Home', 'residence'].map((cue) => `Update: ${cue} Joaquin Suarez 2906 please.`),
    ],
  };

  for (const d of finders) {
    it(d.id, () => {
      const find = d.find as NonNullable<typeof d.find>;
      const check = (text: string): number => {
        const lower = lowerSameLength(text);
        const hints = findHints(lower, d.findCues ?? []);
        const found = find(text, lower, hints);
        assert.deepEqual(found, find(text, lower, { ...hints, cueStarts: everyOffset(text) }), `${d.id} on ${JSON.stringify(text.slice(0, 80))}`);
        return found.length;
      };
      for (const text of CUED[d.id] ?? []) assert.ok(check(text) > 0, `${d.id} finds something in ${JSON.stringify(text)}`);
      for (const text of [...d.examples.match, ...d.examples.ignore, ...[...generateCorpus(11, 120_000)].map((r) => r.text)]) check(text);
    });
  }
});

describe('indexText', () => {
  it('lists every run of ASCII digits with its start and length, in order', () => {
    const runs = (text: string): object => {
      const { digitStarts, digitLengths } = indexText(text, CUES);
      return { digitStarts, digitLengths };
    };
    assert.deepEqual(runs('ssn 123-45-6789, x7 ٣ 2024'), { digitStarts: [4, 8, 11, 18, 22], digitLengths: [3, 2, 4, 1, 4] });
    assert.deepEqual(runs(''), { digitStarts: [], digitLengths: [] });
    assert.deepEqual(runs('0123456789'), { digitStarts: [0], digitLengths: [10] });
  });

  it('keeps only the runs a spec accepts: length in range, then one of the next characters', () => {
    const text = '123-45-6789 123 456 12345-6789 1';
    const index = indexText(text, CUES);
    assert.deepEqual(runStarts(text, index, { min: 3, max: 3, next: '-' }), [0]);
    assert.deepEqual(runStarts(text, index, { min: 3, max: 3 }), [0, 12, 16]);
    assert.deepEqual(runStarts(text, index, { min: 4, max: 5 }), [7, 20, 26]);
    assert.deepEqual(runStarts(text, index, { min: 1, max: 1, next: ' ' }), [], 'the last run has no character after it');
  });

  it('checks the first digit, then the run after the next character or a letter there', () => {
    const text = '123-45-6789 223-4-5 1994-03-07 5th May, 6 of June, 7:30';
    const index = indexText(text, CUES);
    assert.deepEqual(runStarts(text, index, { min: 3, max: 3, next: '-', then: { min: 2, max: 2, next: '-' } }), [0]);
    assert.deepEqual(runStarts(text, index, { min: 3, max: 3, first: '2', next: '-' }), [12]);
    assert.deepEqual(runStarts(text, index, { min: 4, max: 4, first: '12', next: '-', then: { min: 2, max: 2 } }), [20]);
    assert.deepEqual(runStarts(text, index, { min: 1, max: 2, next: 'snrt -', then: 'letter' }), [31, 40]);
  });

  it('lists cue words only where they start a word: after no ASCII letter', () => {
    const a = {};
    const b = {};
    const index = indexText('mrn: 1; apt 2; pt, ptx member;mrn 2pt', cueTable([{ key: a, words: ['mrn', 'pt'] }, { key: b, words: ['member', 'ptx'] }]));
    assert.deepEqual(index.cueStarts.get(a), [0, 15, 19, 30, 35]);
    assert.deepEqual(index.cueStarts.get(b), [19, 23]);
  });

  it('refuses a cue word the index could never find: one that does not start with a-z', () => {
    assert.throws(() => cueTable([{ key: {}, words: ['#mrn'] }]), /cue word #mrn must start with a-z/);
    assert.throws(() => cueTable([{ key: {}, words: ['Pt'] }]), /cue word Pt must start with a-z/);
  });

  it('findHints gives the same for one list of words, with the digit runs', () => {
    assert.deepEqual(findHints('lives in paris 75001; city: lyon; xcity 2', ['lives', 'city']),
      { cueStarts: [0, 22], digitStarts: [15, 40], digitLengths: [5, 1] });
  });
});
