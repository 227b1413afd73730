/**
 * Web addresses (Safe Harbor N), RFC 3986 (https://www.rfc-editor.org/rfc/rfc3986): http, https and ftp
 * URLs, and scheme-less "www.host/..." or "host.tld/path". The span is the whole URL with its query
 * string (dev case C36), without trailing sentence punctuation or an unbalanced closing bracket.
 *
 * Product decision (C36): a URL is PHI when it identifies a person, not because it is a URL. Tickets
 * are full of status pages, docs and the site's own *.atlassian.net links, and redacting those would
 * make the app unusable. So:
 * - a URL whose query or path carries a person's identifier (patientId=, mrn=, member=, dob=, name=,
 *   email=, an id= with digits, /patients/12345, /~jdoe, an e-mail address) scores 0.8 or more;
 * - any other URL scores 0.3, under the default 0.5 threshold, unless a cue marks it as someone's own
 *   site ("Website:", "my homepage", "blog") and lifts it over;
 * - links into the tenant's own *.atlassian.net site are dropped unless they carry an identifier.
 */
import { defineDetector, type Candidate } from './detector';
import { lowerSameLength, matchesOf, sticky } from './prefilter';
import { givenThenSurname } from './name';
import { findHints, type FindHints } from './text-index';

const SCHEME_URL = /(?<![\p{L}\p{N}])(?:https?|ftp):\/\/[^\s<>"'`{}|\\^]{1,2048}/giu;
const WWW_URL = /(?<![\p{L}\p{N}@./:-])www\.[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}(?:[/?#][^\s<>"'`{}|\\^]{0,2048})?/giu;
const HOST_PATH_URL = /(?<![\p{L}\p{N}@./:_-])[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,6}\.\p{L}{2,24}\/[^\s<>"'`{}|\\^]{0,2048}/gu;

const TRAILING = /[.,;:!?'"*]$/;
const PAIRS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Drops trailing punctuation, and a closing bracket with no opening one inside the URL. */
export function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const last = u[u.length - 1] ?? '';
    if (TRAILING.test(last)) { u = u.slice(0, -1); continue; }
    const open = PAIRS[last];
    if (open && u.split(open).length <= u.split(last).length - 1) { u = u.slice(0, -1); continue; }
    return u;
  }
}

// Query keys that name a person or one of their identifiers.
const PERSON_KEY = /^(?:patient|pt|person|member|subscriber|beneficiary|enrollee|client|guarantor|user|account|acct|encounter|visit|case|p)?[_-]?(?:id|no|num|number)$|^(?:patient|mrn|mr[_-]?n(?:o|um)?|medical[_-]?record(?:[_-]?(?:no|number))?|member|subscriber|beneficiary|mbi|hicn|ssn|dob|birth[_-]?date|date[_-]?of[_-]?birth|name|first[_-]?name|last[_-]?name|full[_-]?name|fname|lname|given[_-]?name|family[_-]?name|surname|email|e[_-]?mail|phone|tel|mobile|address|zip)$/i;
// Path segments that are followed by one person's identifier.
const PERSON_PATH = /\/(?:patients?|members?|mrns?|charts?|subscribers?|beneficiar(?:y|ies)|persons?|people|users?|profiles?|clients?|encounters?|residents?|enrollees?)\/[^/?#]*\d{3}/i;

/** True when the URL's query or path carries something that identifies a person. */
// A patient's or member's page named by a slug: "/patients/jane-doe", "/members/maria.garcia", a portal's
// "/u/marisol.quintanilla", a social profile "facebook.com/jane.quintanilla.1962" (digits may follow).
const PERSON_SLUG = /\/(?:(?:patients?|members?|charts?|residents?|people|persons?|clients?|enrollees?|u|users?|profiles?|in)\/|@)([a-z]{2,20}(?:[._-][a-z]{1,20}){1,3})(?:[._-]?\d{1,4})?(?=[/?#]|$)/i;
const SOCIAL_PROFILE = /^(?:[a-z]+:\/\/)?(?:www\.|m\.)?(?:facebook|instagram|twitter|x|tiktok|linkedin|threads)\.com\/(?:in\/|@)?([a-z]{2,20}(?:[._-][a-z]{1,20}){1,3})(?:[._-]?\d{1,4})?\/?(?=[?#]|$)/i;

function slugNamesPerson(url: string): boolean {
  const slug = PERSON_SLUG.exec(url)?.[1] ?? SOCIAL_PROFILE.exec(url)?.[1];
  return slug !== undefined && givenThenSurname(slug.toLowerCase().split(/[._-]/));
}

export function urlIdentifiesPerson(url: string): boolean {
  if (PERSON_PATH.test(url) || slugNamesPerson(url) || /\/~[\p{L}\p{N}._-]{2}/u.test(url)) return true;
  // An e-mail address anywhere after the host.
  const rest = url.replace(/^[a-z]+:\/\//i, '');
  const slash = rest.search(/[/?#]/);
  if (slash >= 0 && /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]{1,63}\./u.test(decodeSafely(rest.slice(slash)))) return true;
  const query = url.split(/[?#]/).slice(1).join('&');
  for (const pair of query.split(/[&;]/)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (!value || !PERSON_KEY.test(key)) continue;
    // A generic "id" must hold digits; a named identifier (mrn, dob, name) counts whatever its value.
    if (/(?:id|no|num|number|key)$/i.test(key) && !/^(?:patient|member|subscriber|beneficiary|pt)/i.test(key) && !/\d{3}/.test(value)) continue;
    return true;
  }
  return false;
}

function decodeSafely(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

const host = (url: string): string => url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0]?.toLowerCase() ?? '';

/** Characters of a host name, the only ones HOST_PATH_URL's host part can hold. */
const HOST_CHAR = /[\p{L}\p{N}.-]/u;
const isHostChar = (c: number, ch: string): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (c >= 128 && HOST_CHAR.test(ch));

/**
 * Where HOST_PATH_URL can start. Its host part is letters, digits, dots and dashes ending right before a
 * '/', and its lookbehind forbids all of those before it, so it can only start where the run of such
 * characters before a '/' starts: the regex is tried there (sticky) instead of at every position.
 */
function hostPathStarts(text: string): number[] {
  const starts: number[] = [];
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    let i = slash;
    while (i > 0) {
      const c = text.charCodeAt(i - 1);
      // A letter outside the BMP: test the whole surrogate pair.
      const ch = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1] as string;
      if (!isHostChar(c, ch)) break;
      i -= ch.length;
    }
    if (i < slash) starts.push(i);
  }
  return starts;
}

/** Records a URL match unless an earlier one covers its start (the order of the regexes decides). */
function considerUrl(out: Candidate[], taken: Array<[number, number]>, m: RegExpExecArray): void {
  const start = m.index;
  if (taken.some(([s, e]) => start >= s && start < e)) return;
  const url = trimUrl(m[0]);
  if (!/[\p{L}\p{N}]\.\p{L}{2}|\/\/\d|\/\/\[/u.test(url)) return;
  const end = start + url.length;
  taken.push([start, end]);
  const identifies = urlIdentifiesPerson(url);
  if (!identifies && (host(url) === 'atlassian.net' || host(url).endsWith('.atlassian.net'))) return;
  out.push({
    detector: 'url', type: 'URL', start, end, needsContext: false,
    pattern: identifies ? 'url-with-person-identifier (strong)' : 'url (weak; reported with a personal-site cue)',
    score: identifies ? 0.8 : 0.3,
  });
}

/** How every SCHEME_URL and WWW_URL match begins: the scan's text index lists where they start words (Detector.findCues). */
const URL_CUES = ['http', 'ftp', 'www.'];

/** `hints.cueStarts`: where the words of URL_CUES start words in `lower` (the scan passes its text index's). */
export function findUrls(text: string, lower = lowerSameLength(text), hints: FindHints = findHints(lower, URL_CUES)): Candidate[] {
  const out: Candidate[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of matchesOf(SCHEME_URL, text, hints.cueStarts)) considerUrl(out, taken, m);
  for (const m of matchesOf(WWW_URL, text, hints.cueStarts)) considerUrl(out, taken, m);
  const hostPath = sticky(HOST_PATH_URL);
  let from = 0;
  for (const at of hostPathStarts(text)) {
    if (at < from) continue;
    hostPath.lastIndex = at;
    const m = hostPath.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    considerUrl(out, taken, m);
  }
  return out;
}

export const url = defineDetector({
  id: 'url',
  type: 'URL',
  description: 'URL (RFC 3986); reported when it carries a person identifier or is a personal site',
  patterns: [],
  find: findUrls,
  findCues: URL_CUES,
  context: ['website', 'web site', 'homepage', 'home page', 'my site', 'personal site', 'blog', 'portfolio', 'my page', 'profile', 'photo', 'photos'],
  examples: {
    match: [
      'paste https://portal.example.org/chart?mrn=00417823 into the browser',
      'https://portal.example.org/chart?patientId=88310427&tab=labs',
      'Website: https://www.UEarly.se/',
      'see portal.example.org/patients/88310427/labs',
      'My website is http://www.ScrapbookInsider.com.pt/',
    ],
    ignore: [
      'Status page: https://status.example.org/incidents/INC-2291',
      'https://example.atlassian.net/browse/CLIN-4417',
      'docs at www.example.org/guide',
      'https://portal.example.org/chart?tab=labs',
    ],
  },
});
