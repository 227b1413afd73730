/**
 * E-mail addresses (Safe Harbor F). local@domain, the practical subset of RFC 5322 §3.4.1
 * (https://www.rfc-editor.org/rfc/rfc5322#section-3.4.1): a dot-atom local part of at most 64
 * characters, a domain of labels (letters, digits, inner hyphens) with a top-level label of 2 or more
 * letters. Letters of any script are accepted (RFC 6531). Also the obfuscated forms people type to
 * dodge scrapers: "name [at] host [dot] com", "name (at) host (dot) org".
 */
import { defineDetector, type Validation } from './detector';

const AT = /\s?[[(]\s?at\s?[\])]\s?/giu;
const DOT = /\s?[[(]\s?dot\s?[\])]\s?/giu;

/** The plain address behind a value, obfuscations undone. */
export function deobfuscateEmail(value: string): string {
  return value.replace(AT, '@').replace(DOT, '.');
}

export function emailValidity(value: string): Validation {
  const address = deobfuscateEmail(value);
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (at <= 0 || local.length > 64 || domain.length > 253) return 'invalid';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'invalid';
  const labels = domain.split('.');
  if (labels.length < 2) return 'invalid';
  if (!labels.every((l) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(l))) return 'invalid';
  return /^\p{L}{2,}$/u.test(labels[labels.length - 1] as string) ? 'valid' : 'invalid';
}

export const email = defineDetector({
  id: 'email',
  type: 'EMAIL',
  description: 'E-mail address local@domain.tld (RFC 5322 subset) and "[at] / [dot]" obfuscations',
  patterns: [
    {
      name: 'email (strong)',
      regex: /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+'-][\p{L}\p{N}._%+'-]{0,63}@[\p{L}\p{N}][\p{L}\p{N}.-]{0,251}\.\p{L}{2,24}(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/gu,
      score: 0.6,
    },
    {
      name: 'email-obfuscated-at-dot (medium)',
      regex: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]{0,63} ?[\[(] ?at ?[\])] ?[\p{L}\p{N}-]{1,63}(?: ?[\[(] ?dot ?[\])] ?[\p{L}\p{N}-]{1,63}){1,4}(?![\p{L}\p{N}])/giu,
      score: 0.4,
    },
  ],
  context: ['email', 'e-mail', 'mail', 'contact', 'cc', 'reach'],
  validate: emailValidity,
  examples: {
    match: ['cc: a.rivera@example.org', 'l.okafor@example.net', 'write to j.doe [at] example [dot] org', 'j.doe (at) example (dot) co (dot) uk', 'ana.müller@example.de'],
    ignore: ['a.rivera@example', '@example.org', 'a..b@example.org', 'user@-example.org', 'git@github', 'meet at 10 (at) the lobby'],
  },
});
