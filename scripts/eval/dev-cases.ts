/**
 * The acceptance cases (../shared/cases/dev-cases.jsonl) as labelled documents, judged as the README
 * there says: `detect` entries are gold spans with a type, `not_detect` strings are negatives (a finding
 * lying inside one is a false positive), anything else a finding touches is not judged.
 */
import { readFileSync } from 'node:fs';
import { judge, judgeByValue, type Judgement, type Range, type Span, type ValueSpan } from './metrics';

export interface DevCase {
  readonly id: string;
  readonly kind: 'text' | 'adf';
  readonly input: unknown;
  readonly expect: { readonly detect: ReadonlyArray<{ type: string; text: string; where?: string }>; readonly not_detect: readonly string[] };
}

export function loadDevCases(path: string): DevCase[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DevCase);
}

function occurrences(text: string, value: string): Range[] {
  const out: Range[] = [];
  for (let i = text.indexOf(value); i >= 0 && value !== ''; i = text.indexOf(value, i + 1)) {
    out.push({ start: i, end: i + value.length });
  }
  return out;
}

/** A text case: every occurrence of a detect value is a gold span, every occurrence of a negative is a negative range. */
export function judgeTextCase(c: DevCase, predictions: readonly Span[]): Judgement {
  const text = c.input as string;
  const seen = new Set<string>();
  const gold: Span[] = [];
  for (const d of c.expect.detect) {
    const key = `${d.type}\u0000${d.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    gold.push(...occurrences(text, d.text).map((r) => ({ ...r, type: d.type })));
  }
  const negatives = c.expect.not_detect.flatMap((n) => occurrences(text, n));
  return judge({ gold, negatives, exhaustive: false }, predictions);
}

/** An ADF case: findings carry block-relative offsets, so it is judged by value (see judgeByValue). */
export function judgeAdfCase(c: DevCase, predictions: readonly ValueSpan[]): Judgement {
  return judgeByValue(c.expect.detect, predictions, c.expect.not_detect);
}

/** The README's pass rule: every expected span exact with its type, and nothing judged wrong. */
export const casePasses = (j: Judgement): boolean =>
  j.gold.every((g) => g.strict) && j.predictions.every((p) => !p.judged || p.strict);
