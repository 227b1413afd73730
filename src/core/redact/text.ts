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

/**
 * What a stable redaction replaces, as findings in `input`'s own offsets: the first scan's, and those
 * later passes find once earlier values are tokens. So `scan` reports everything `--redact` removes.
 * The tokens are the policy's (label when no secret is given for pseudonyms); later findings never
 * overlap a token, so each maps back by the length its earlier tokens added.
 */
export function scanTextStable(input: string, options: ScanOptions & { readonly style: TokenStyle }): Finding[] {
  const secret = options.secret ?? '';
  const style = options.style === 'pseudonym' && secret === '' ? 'label' : options.style;
  const { passes } = redactTextStable(input, { ...options, style, secret });
  const all: Finding[] = [...(passes[0] ?? [])];
  for (let k = 1; k < passes.length; k += 1) {
    for (const found of passes[k] as Finding[]) {
      let f = found;
      for (let earlier = k - 1; earlier >= 0; earlier -= 1) f = throughTokens(f, passes[earlier] as Finding[], style, secret);
      all.push({ ...f, text: input.slice(f.start, f.end) });
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

/** `f`, found in a text where `replaced` (a scan's findings, in text order) had become tokens, with the offsets it has in the text before. */
function throughTokens(f: Finding, replaced: readonly Finding[], style: TokenStyle, secret: string): Finding {
  let shift = 0;
  for (const r of replaced) {
    if (r.start + shift >= f.start) break;
    shift += tokenFor(style, r, secret).length - (r.end - r.start);
  }
  return { ...f, start: f.start - shift, end: f.end - shift };
}
