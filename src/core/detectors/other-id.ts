/**
 * Any other unique identifying number (Safe Harbor R): case, claim, encounter, visit, accession,
 * specimen and requisition numbers that point at one patient's record; passport and immigration
 * (A-) numbers. These have no common format,
 * so the rule is deliberately narrow: an ID-shaped token (5-20 letters and digits, at least 4 digits,
 * single inner dashes) right after such a cue and its marker ("claim #", "accession no.", "visit ID").
 * It ranks last in overlap resolution, so any specific type found on the same span wins.
 */
import { cuedPattern, digitCount, idToken } from './cue';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

export function otherIdValidity(value: string): Validation {
  const compact = value.replace(/-/g, '');
  if (compact.length < 5 || compact.length > 20 || digitCount(compact) < 4) return 'invalid';
  return undefined;
}

// Passports and immigration numbers ("passport 123456789", "green card A-123-456-789", "alien no.
// A123456789") need no marker after the cue: the words are not used for anything else.
const CUE = String.raw`(?:(?:case|claim|encounter|enc|visit|accession|specimen|requisition|req|episode|admission|referral|authori[sz]ation|auth|lab)\.?\s?(?:#|no\b|num\b|number|id\b|identifier)|csn(?=\s{0,2}[:#]|\s\d{7}))`
  + String.raw`|passport|green\s?card|alien\s(?:registration\s)?(?:#|no\b|num\b|number)|uscis\s?(?:#|no\b|num\b|number)`;

export const otherId = defineDetector({
  id: 'other-id',
  type: 'OTHER_ID',
  requires: HAS_DIGIT,
  description: 'Patient-linked case/claim/encounter/visit/accession/specimen/requisition number after its cue',
  patterns: [
    {
      name: 'patient-identifier-after-cue (weak)',
      regex: cuedPattern(CUE, idToken(5, 20)),
      group: 1, score: 0.2, needsContext: true,
      // 'enc' covers encounter, 'req' requisition, 'auth' authorisation.
      startsWith: ['case', 'claim', 'enc', 'visit', 'accession', 'specimen', 'req', 'episode', 'admission', 'referral', 'auth', 'lab', 'csn',
        'passport', 'green', 'alien', 'uscis'],
    },
  ],
  context: [
    'case', 'claim', 'encounter', 'enc', 'visit', 'accession', 'specimen', 'requisition', 'req',
    'episode', 'admission', 'referral', 'authorization', 'authorisation', 'auth', 'lab', 'passport', 'green card', 'alien', 'uscis', 'csn',
  ],
  // A vendor's support case is the hospital's own business, no patient's: "Microsoft support case # ...",
  // "Vendor case number ...", "Salesforce case ID ...", "Epic Sherlock case".
  negativeContext: ['build', 'version', 'invoice', 'order', 'ticket', 'jira', 'test case', 'pull request', 'pr', 'support case', 'vendor',
    'microsoft', 'salesforce', 'sherlock', 'servicenow', 'premier support', 'tac case', 'support'],
  validate: otherIdValidity,
  examples: {
    match: ['Epic CSN: 123456789012', 'CSN 1234567890', 'claim # 2025-0047712', 'Accession no. S25-44719', 'encounter ID E7781209', 'visit # 4471902', 'specimen #: SP-20931', 'requisition no. R0094417',
      'Pt passport no. 123456789 (US)', 'green card A-123-456-789', 'alien no. A123456789'],
    ignore: ['case 4417823', 'claim # 12', 'visit # AB-CD', 'test case # 4471', 'case study 2024', 'build 4471902', 'passport photo 2x2',
      'Microsoft support case # 2403150040001234', 'Vendor case number 01234567'],
  },
});
