/**
 * Redacting a recognised input and handing it back in the shape it came in: an ADF document stays a
 * document, a Jira issue keeps every field it had (only the scanned ones rewritten), a Confluence body is
 * re-serialised into `atlas_doc_format.value`. Fields listed as problems are left exactly as they were.
 * Each field is redacted until a scan of it finds nothing (redactTextStable, redactDocumentStable).
 */
import { redactDocumentStable, type DocumentFinding } from '../adf';
import { setAt } from '../adf/pointer';
import type { Finding } from '../finding';
import type { TokenStyle } from '../policy/schema';
import { redactTextStable } from '../redact/text';
import type { ScanOptions } from '../scan';
import { CONFLUENCE_BODY_FIELD, recogniseInput, type InputItem, type InputKind } from './recognise';

export interface RedactInputOptions extends ScanOptions {
  readonly style: TokenStyle;
  /** The site secret (pseudonym tokens, allowlist fingerprints). */
  readonly secret: string;
}

export interface ItemPasses {
  readonly field: string;
  /** What each redaction pass replaced, offsets into the text or document that pass scanned. */
  readonly passes: readonly (readonly (Finding | DocumentFinding)[])[];
}

export interface RedactedInput {
  readonly kind: InputKind;
  /** The input in its own shape with PHI replaced by tokens (a string for plain text). */
  readonly value: unknown;
  readonly fields: readonly ItemPasses[];
}

/** Scans every recognised field of `input` and returns it redacted. The input is never mutated. */
export function redactInput(input: unknown, options: RedactInputOptions): RedactedInput {
  const recognised = recogniseInput(input);
  const fields: ItemPasses[] = [];
  let value: unknown = structuredClone(recognised.value);
  for (const item of recognised.items) {
    const { passes, redacted } = redactItem(item, options);
    fields.push({ field: item.field, passes });
    if (passes.length === 0) continue;
    if (item.field === '') value = redacted;
    // A Confluence body holds ADF as JSON text; a body read as plain text goes back as it is.
    else setAt(value, item.field, item.field === CONFLUENCE_BODY_FIELD && item.kind === 'adf' ? JSON.stringify(redacted) : redacted);
  }
  return { kind: recognised.kind, value, fields };
}

function redactItem(item: InputItem, options: RedactInputOptions): { passes: ItemPasses['passes']; redacted: unknown } {
  if (item.kind === 'text') {
    const { text, passes } = redactTextStable(item.text, options);
    return { passes, redacted: text };
  }
  const { doc, passes } = redactDocumentStable(item.doc, options);
  return { passes, redacted: doc };
}
