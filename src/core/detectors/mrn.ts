/**
 * Medical record number (Safe Harbor H). No national format or checksum: each hospital issues its own
 * (typically 6-12 characters, digits with at most a leading letter; The Joint Commission RC.01.01.01
 * requires one per patient, https://www.jointcommission.org). So a value counts only right after an MRN
 * cue: "MRN: 00417823", "MR# 4471902", "Med Rec #A2231907", "medical record number 88310427",
 * "chart no. 5521873", "patient ID 77120456". Sites add their own formats as custom detectors.
 */
import { cuedPattern, digitCount, wholeValue } from './cue';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

/** 6-12 letters and digits, at least 5 of them digits, at most one letter and only in front. */
export function mrnValidity(value: string): Validation {
  const compact = value.replace(/-/g, '');
  if (compact.length < 6 || compact.length > 12) return 'invalid';
  if (!/^[A-Za-z]?\d+$/.test(compact) || digitCount(compact) < 5) return 'invalid';
  return undefined;
}

const CUE = String.raw`mrns?|mr\s?(?:#|no\.?)|med(?:ical)?\.?\s?rec(?:ord)?s?|chart\s?(?:#|no\b|number)|(?:patient|pt)\.?\s?(?:id|identifier|number)\b|hospital\s(?:number|no\b)`;

export const mrn = defineDetector({
  id: 'mrn',
  type: 'MRN',
  requires: HAS_DIGIT,
  description: 'Medical record number after an MRN cue; 6-12 characters, at least 5 digits, optional leading letter',
  patterns: [
    {
      name: 'mrn-after-cue (medium)',
      regex: cuedPattern(CUE, String.raw`[A-Za-z]?-?\d(?:-?\d){4,11}`),
      group: 1, score: 0.3, needsContext: true,
      startsWith: ['mr', 'med', 'chart', 'patient', 'pt', 'hospital'],
    },
    // "MRN" over a table cell that holds only the number, or a field named so.
    {
      name: 'mrn-under-label (medium)', regex: wholeValue(String.raw`[A-Za-z]?-?\d(?:-?\d){4,11}`), group: 1, score: 0.3, needsContext: true,
      underLabel: ['mrn', 'medical record', 'medical record number', 'med rec', 'chart number', 'chart #', 'patient id'],
    },
    // "Merge MRN 00734522 into 00734521", "MRNs: 00734522, 00734521": the values after a cued first one.
    {
      name: 'mrn-list-item (medium)',
      regex: new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])(?:mrn|mr#|medical record)s?\s{0,2}[:#]{0,2}\s{0,2}(?:[A-Za-z]?\d{5,12}(?:,\s{0,2}|\s(?:and|into|to|&|with)\s)){1,5})\d{6,12}(?![\p{L}\p{N}])`, 'giu'),
      score: 0.3, needsContext: true, digitRun: { min: 6, max: 12 },
    },
    // "MRN00417823": EHR exports and HL7 dumps glue the digits to the cue.
    { name: 'mrn-glued-to-cue (medium)', regex: /(?<![\p{L}\p{N}])MRN(\d{6,12})(?![\p{L}\p{N}])/dgiu, group: 1, score: 0.3, needsContext: true, startsWith: ['mrn'] },
  ],
  context: ['mrn', 'mrns', 'mr', 'med rec', 'medical rec', 'medical record', 'medical records', 'chart', 'patient id', 'patient identifier', 'patient number', 'pt id', 'pt number', 'hospital number', 'hospital no'],
  negativeContext: ['build', 'version', 'invoice', 'order', 'ticket'],
  validate: mrnValidity,
  examples: {
    match: ['Merge MRN 00734522 into 00734521', 'MRNs: 00734522, 00734521, 00734520', 'Medical record #: 889231', 'MRN#: 12-34-567', 'MRN: 00417823', 'MRN00417823 admitted', 'Med Rec #A2231907', 'MR# 4471902', 'medical record number 88310427', 'chart no. 5521873', 'Patient ID: 77120456'],
    ignore: ['CI build 4417823 passed', 'MRN: 1234', 'Mr 4471902', 'chart 2024 review', 'see policy H1', 'MRN ABCDEFGH', 'MRN1234', 'XMRN00417823'],
  },
});
