/**
 * Pure scoring for `npm run eval`: judge predicted spans against gold spans, then count per type.
 *
 * Strict: same start, same end, same type. Lenient: the spans overlap and the types match under the
 * corpus's `sameType` rule (see presidio.ts for why geographic parts are interchangeable there).
 * "Any PHI overlap" ignores the type: the prediction touches some gold PHI span.
 *
 * A prediction is judged (counts in precision) when the corpus is exhaustively labelled, or when it
 * touches gold, or when it lies inside a negative range (dev cases label only some of their text).
 * Predictions on ignored ranges (ORGANIZATION, TITLE, NRP) that touch no gold are never judged.
 */

export interface Range { readonly start: number; readonly end: number }
export interface Span extends Range { readonly type: string }

export interface LabelledDoc {
  readonly gold: readonly Span[];
  /** Predictions lying only on these ranges are neither hits nor false positives. */
  readonly ignored?: readonly Range[];
  /** Text that must not be reported; any prediction lying inside one is a false positive. */
  readonly negatives?: readonly Range[];
  /** Every PHI span is labelled, so any other prediction is a false positive. */
  readonly exhaustive: boolean;
}

export type SameType = (predicted: string, gold: string) => boolean;
export const exactType: SameType = (p, g) => p === g;

export interface GoldVerdict { readonly span: Span; readonly strict: boolean; readonly lenient: boolean }
export interface PredictionVerdict {
  readonly span: Span;
  readonly judged: boolean;
  readonly strict: boolean;
  readonly lenient: boolean;
  readonly anyOverlap: boolean;
}
export interface Judgement { readonly gold: GoldVerdict[]; readonly predictions: PredictionVerdict[] }

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const inside = (a: Range, b: Range): boolean => a.start >= b.start && a.end <= b.end;
const sameSpan = (a: Range, b: Range): boolean => a.start === b.start && a.end === b.end;

export function judge(doc: LabelledDoc, predictions: readonly Span[], sameType: SameType = exactType): Judgement {
  const gold = doc.gold.map((g): GoldVerdict => ({
    span: g,
    strict: predictions.some((p) => p.type === g.type && sameSpan(p, g)),
    lenient: predictions.some((p) => sameType(p.type, g.type) && overlaps(p, g)),
  }));
  const verdicts = predictions.map((p): PredictionVerdict => {
    const touched = doc.gold.filter((g) => overlaps(p, g));
    const negative = (doc.negatives ?? []).some((n) => inside(p, n));
    const ignored = (doc.ignored ?? []).some((r) => overlaps(p, r));
    const judged = touched.length > 0 || negative || (doc.exhaustive && !ignored);
    return {
      span: p,
      judged,
      strict: touched.some((g) => g.type === p.type && sameSpan(p, g)),
      lenient: touched.some((g) => sameType(p.type, g.type)),
      anyOverlap: touched.length > 0,
    };
  });
  return { gold, predictions: verdicts };
}

/**
 * Judging by value, for documents without shared offsets (ADF: findings carry block-relative offsets).
 * Strict: same text and type; lenient: one text contains the other, type matching; negative: the
 * prediction's text occurs inside a not_detect string. Each gold entry consumes at most one prediction,
 * so a value expected twice (visible text and link href) must be reported twice.
 */
export interface ValueSpan { readonly type: string; readonly text: string }

export function judgeByValue(gold: readonly ValueSpan[], predictions: readonly ValueSpan[], negatives: readonly string[]): Judgement {
  const at = (i: number): Span => ({ start: i, end: i + 1, type: '' });
  const touches = (p: ValueSpan, g: ValueSpan): boolean => p.text.includes(g.text) || g.text.includes(p.text);
  const used = new Set<number>();
  const take = (test: (p: ValueSpan) => boolean): boolean => {
    const i = predictions.findIndex((p, k) => !used.has(k) && test(p));
    if (i >= 0) used.add(i);
    return i >= 0;
  };
  // Exact matches claim their predictions first, so a near miss cannot steal another entry's hit.
  const strict = gold.map((g) => take((p) => p.type === g.type && p.text === g.text));
  const lenient = gold.map((g, i) => strict[i] || take((p) => p.type === g.type && touches(p, g)));
  const goldVerdicts = gold.map((g, gi): GoldVerdict => (
    { span: { ...at(gi), type: g.type }, strict: strict[gi] ?? false, lenient: lenient[gi] ?? false }));
  const verdicts = predictions.map((p, pi): PredictionVerdict => {
    const touched = gold.filter((g) => touches(p, g));
    const negative = negatives.some((n) => n.includes(p.text));
    return {
      span: { ...at(pi), type: p.type },
      judged: touched.length > 0 || negative,
      strict: touched.some((g) => g.type === p.type && g.text === p.text),
      lenient: touched.some((g) => g.type === p.type),
      anyOverlap: touched.length > 0,
    };
  });
  return { gold: goldVerdicts, predictions: verdicts };
}

export interface Counts {
  gold: number;
  predicted: number;
  strictRecallHits: number;
  lenientRecallHits: number;
  strictPrecisionHits: number;
  lenientPrecisionHits: number;
  anyOverlapHits: number;
  /** Predictions left unjudged (dev cases: text that is neither gold nor a negative). */
  unjudged: number;
}

const zero = (): Counts => ({
  gold: 0, predicted: 0, strictRecallHits: 0, lenientRecallHits: 0,
  strictPrecisionHits: 0, lenientPrecisionHits: 0, anyOverlapHits: 0, unjudged: 0,
});

/** Adds judgements into per-type counts (keyed by gold type for recall, predicted type for precision). */
export function tally(judgements: readonly Judgement[], into: Map<string, Counts> = new Map()): Map<string, Counts> {
  const row = (type: string): Counts => {
    let c = into.get(type);
    if (!c) { c = zero(); into.set(type, c); }
    return c;
  };
  for (const j of judgements) {
    for (const g of j.gold) {
      const c = row(g.span.type);
      c.gold += 1;
      if (g.strict) c.strictRecallHits += 1;
      if (g.lenient) c.lenientRecallHits += 1;
    }
    for (const p of j.predictions) {
      const c = row(p.span.type);
      if (!p.judged) { c.unjudged += 1; continue; }
      c.predicted += 1;
      if (p.strict) c.strictPrecisionHits += 1;
      if (p.lenient) c.lenientPrecisionHits += 1;
      if (p.anyOverlap) c.anyOverlapHits += 1;
    }
  }
  return into;
}

export function sumCounts(rows: Iterable<Counts>): Counts {
  const total = zero();
  for (const c of rows) {
    for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += c[k];
  }
  return total;
}

/** Null when there is nothing to divide by (printed as "-"). */
export const ratio = (hits: number, of: number): number | null => (of === 0 ? null : hits / of);

export interface Metrics {
  readonly gold: number;
  readonly predicted: number;
  readonly strictPrecision: number | null;
  readonly strictRecall: number | null;
  readonly lenientPrecision: number | null;
  readonly lenientRecall: number | null;
  readonly anyOverlapPrecision: number | null;
  readonly unjudged: number;
}

export function metrics(c: Counts): Metrics {
  return {
    gold: c.gold,
    predicted: c.predicted,
    strictPrecision: ratio(c.strictPrecisionHits, c.predicted),
    strictRecall: ratio(c.strictRecallHits, c.gold),
    lenientPrecision: ratio(c.lenientPrecisionHits, c.predicted),
    lenientRecall: ratio(c.lenientRecallHits, c.gold),
    anyOverlapPrecision: ratio(c.anyOverlapHits, c.predicted),
    unjudged: c.unjudged,
  };
}
