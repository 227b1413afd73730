/** Plain-text redaction: every finding's span replaced by its token. Findings never overlap (core/score/overlap). */
import type { Finding } from '../finding';
import type { TokenStyle } from '../policy/schema';
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
