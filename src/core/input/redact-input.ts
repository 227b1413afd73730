/**
 * Redacting a recognised input and handing it back in the shape it came in: an ADF document stays a
 * document, a Jira issue keeps every field it had (only the scanned ones rewritten), a Confluence body is
 * re-serialised into `atlas_doc_format.value`. Fields listed as problems are left exactly as they were.
 */
import { redactDocument, scanDocument, type DocumentFinding } from '../adf';
import { setAt } from '../adf/pointer';
import type { Finding } from '../finding';
import type { TokenStyle } from '../policy/schema';
import { redactText } from '../redact/text';
import { scanText, type ScanOptions } from '../scan';
import { CONFLUENCE_BODY_FIELD, recogniseInput, type InputItem, type InputKind } from './recognise';

export interface RedactInputOptions extends ScanOptions {
  readonly style: TokenStyle;
  /** The site secret (pseudonym tokens, allowlist fingerprints). */
  readonly secret: string;
}

export interface ItemFindings {
  readonly field: string;
  readonly findings: readonly (Finding | DocumentFinding)[];
}

export interface RedactedInput {
  readonly kind: InputKind;
  /** The input in its own shape with PHI replaced by tokens (a string for plain text). */
  readonly value: unknown;
  /** What was replaced, per field. */
  readonly fields: readonly ItemFindings[];
}

/** Scans every recognised field of `input` and returns it redacted. The input is never mutated. */
export function redactInput(input: unknown, options: RedactInputOptions): RedactedInput {
  const recognised = recogniseInput(input);
  const { style, secret } = options;
  const fields: ItemFindings[] = [];
  let value: unknown = structuredClone(recognised.value);
  for (const item of recognised.items) {
    const { findings, redacted } = redactItem(item, options, style, secret);
    fields.push({ field: item.field, findings });
    if (findings.length === 0) continue;
    if (item.field === '') value = redacted;
    else setAt(value, item.field, item.field === CONFLUENCE_BODY_FIELD ? JSON.stringify(redacted) : redacted);
  }
  return { kind: recognised.kind, value, fields };
}

function redactItem(
  item: InputItem, options: ScanOptions, style: TokenStyle, secret: string,
): { findings: readonly (Finding | DocumentFinding)[]; redacted: unknown } {
  if (item.kind === 'text') {
    const findings = scanText(item.text, options);
    return { findings, redacted: redactText(item.text, findings, style, secret) };
  }
  const findings = scanDocument(item.doc, options);
  return { findings, redacted: redactDocument(item.doc, findings, style, secret) };
}
