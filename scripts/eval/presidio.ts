/**
 * The presidio-research synthetic corpus (../shared/corpora/presidio-research/synth_dataset_v2.json,
 * MIT) as labelled documents in our finding types.
 */
import { readFileSync } from 'node:fs';
import type { LabelledDoc, Range, SameType, Span } from './metrics';

/** Presidio label -> our finding type. */
export const PRESIDIO_TO_OURS: Readonly<Record<string, string>> = {
  PERSON: 'NAME', STREET_ADDRESS: 'ADDRESS', GPE: 'LOCATION', DATE_TIME: 'DATE', AGE: 'AGE',
  PHONE_NUMBER: 'PHONE', EMAIL_ADDRESS: 'EMAIL', ZIP_CODE: 'ZIP', DOMAIN_NAME: 'URL',
  CREDIT_CARD: 'CREDIT_CARD', IBAN_CODE: 'ACCOUNT_NUMBER', US_SSN: 'SSN', IP_ADDRESS: 'IP_ADDRESS',
  US_DRIVER_LICENSE: 'LICENSE_NUMBER',
};

/** Not PHI: predictions lying on these are neither hits nor false positives. */
export const PRESIDIO_NOT_PHI = new Set(['ORGANIZATION', 'TITLE', 'NRP']);

/** The corpus has no fax label, so a FAX finding is scored as the PHONE it is. */
export const presidioPredictionType = (type: string): string => (type === 'FAX' ? 'PHONE' : type);

/**
 * Presidio splits one postal address into STREET_ADDRESS and GPE pieces as its templates happen to
 * (a lone ZIP "54005" or "Suite 464" is a STREET_ADDRESS, a city or state is a GPE), while we report
 * ADDRESS, LOCATION and ZIP. All three are Safe Harbor (B) geography and redacted alike, so under
 * lenient matching they stand for one another; strict matching still needs the exact type.
 */
const GEOGRAPHY = new Set(['ADDRESS', 'LOCATION', 'ZIP']);
export const presidioSameType: SameType = (p, g) => p === g || (GEOGRAPHY.has(p) && GEOGRAPHY.has(g));

export interface PresidioDoc extends LabelledDoc { readonly text: string }

interface PresidioRecord {
  full_text: string;
  spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
}

export function loadPresidio(path: string): PresidioDoc[] {
  const records = JSON.parse(readFileSync(path, 'utf8')) as PresidioRecord[];
  return records.map((r) => {
    const gold: Span[] = [];
    const ignored: Range[] = [];
    for (const s of r.spans) {
      const range = { start: s.start_position, end: s.end_position };
      const ours = PRESIDIO_TO_OURS[s.entity_type];
      if (ours) gold.push({ ...range, type: ours });
      else if (PRESIDIO_NOT_PHI.has(s.entity_type)) ignored.push(range);
      else throw new Error(`presidio label ${s.entity_type} has no mapping`);
    }
    return { text: r.full_text, gold, ignored, exhaustive: true };
  });
}
