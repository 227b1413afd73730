/** Plain-text redaction: every finding's span replaced by its token. Findings never overlap (core/score/overlap). */
import type { Finding } from '../finding';
import type { TokenStyle } from '../policy/schema';
import { scanText, type ScanOptions } from '../scan';
import { tokenFor } from './operators';

export function redactText(input: string, findings: readonly Finding[], style: TokenStyle, secret: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    parts.push(input.slice(at, f.start), tokenFor(style, f, secret));
    at = f.end;
  }
  parts.push(input.slice(at));
  return parts.join('');
}

/** Passes after the first: enough for every case seen, bounded so a pathological text cannot loop. */
export const MAX_PASSES = 4;

/**
 * Scans and redacts until a scan finds nothing, so the result is stable: scanning it again finds
 * nothing. A second pass is needed when redaction changes what is around a value: in
 * "DOB 03/14/1962 4716 0938 2551 7347" the card is not a card while the year's digits run into it,
 * and is one once the date is a token. Each pass's findings are returned with offsets into the text
 * that pass scanned.
 */
export function redactTextStable(
  input: string, options: ScanOptions & { readonly style: TokenStyle; readonly secret: string },
): { readonly text: string; readonly passes: readonly (readonly Finding[])[] } {
  const passes: Finding[][] = [];
  let text = input;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const findings = scanText(text, options);
    if (findings.length === 0) break;
    passes.push(findings);
    text = redactText(text, findings, options.style, options.secret);
  }
  return { text, passes };
}
