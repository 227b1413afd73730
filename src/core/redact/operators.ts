/**
 * Redaction operators, one per token style (style §2.8). Each turns one finding into the text that
 * replaces it. The policy picks the style; the ADF layer and the plain-text redactor both call these.
 */
import { createHmac } from 'node:crypto';
import type { FindingType } from '../finding-types';
import { canonicalValue } from '../fingerprint';
import type { TokenStyle } from '../policy/schema';
import { MASK_TOKEN } from './token-pattern';

export interface TokenInput {
  readonly type: FindingType;
  /** The normalised text of the span (fullwidth folded, zero-width removed). */
  readonly normalised: string;
}

/** Types whose value is a number people recognise by its last four characters. */
const NUMERIC_TYPES: ReadonlySet<FindingType> = new Set([
  'SSN', 'PHONE', 'FAX', 'CREDIT_CARD', 'ACCOUNT_NUMBER', 'MRN', 'HEALTH_PLAN_ID', 'MBI', 'NPI', 'DEA',
  'LICENSE_NUMBER', 'VEHICLE_ID', 'DEVICE_ID', 'OTHER_ID',
]);

export const label = (f: TokenInput): string => `[${f.type}]`;

export const mask = (): string => MASK_TOKEN;

/** Keeps the separators and the last four letters or digits: "412-58-7391" -> "***-**-7391". */
export function last4(f: TokenInput): string {
  if (!NUMERIC_TYPES.has(f.type)) return label(f);
  const alnum = f.normalised.replace(/[^0-9A-Za-z]/g, '');
  if (alnum.length <= 4) return label(f);
  let toHide = alnum.length - 4;
  let out = '';
  for (const ch of f.normalised) {
    if (toHide > 0 && /[0-9A-Za-z]/.test(ch)) { out += '*'; toHide -= 1; } else out += ch;
  }
  return out;
}

/** "[NAME-7F3A]": the same value always maps to the same token under one site secret. */
export function pseudonym(f: TokenInput, secret: string): string {
  const mac = createHmac('sha256', secret).update(`${f.type}\u0000${canonicalValue(f.type, f.normalised)}`).digest('hex');
  return `[${f.type}-${mac.slice(0, 4).toUpperCase()}]`;
}

export function tokenFor(style: TokenStyle, f: TokenInput, secret: string): string {
  switch (style) {
    case 'label': return label(f);
    case 'mask': return mask();
    case 'last4': return last4(f);
    case 'pseudonym': return pseudonym(f, secret);
  }
}
