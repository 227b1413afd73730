/**
 * Type-agnostic scoring of a redaction against labelled PHI, the same for every tool in the bench
 * (the peers' labels do not map onto ours, so types are compared only per label, for recall).
 *
 * - removedSpans: which characters of the original a peer replaced, recovered from its output.
 * - scoreRedaction: a label is found when every letter and digit in it was removed (the PHI is gone,
 *   whoever removed it and under whatever name); a removed span is precise when it overlaps a label.
 */
export interface Range { readonly start: number; readonly end: number }
export interface TypedRange extends Range { readonly type: string }

/**
 * The peers only return redacted text. We make each replacement a single marker character that never
 * occurs in the input, so the output is the original with some substrings replaced by markers. The
 * literal segments between markers are then found left to right, each at its first occurrence after
 * the previous removal began (a removal is never empty), and the last one is anchored at the end.
 * Leftmost matching succeeds whenever any alignment exists; it can misplace a boundary only when a
 * segment between two markers also occurs inside the removed text (e.g. a single space), which
 * shifts characters between two adjacent removals but not the total removed. Adjacent markers with
 * nothing between them become one removal.
 */
export function removedSpans(original: string, redacted: string, marker: string): Range[] {
  const parts = redacted.split(marker);
  const head = parts[0] ?? '';
  if (!original.startsWith(head)) throw new Error('redacted text does not start like the original');
  const spans: Range[] = [];
  let pos = head.length;
  let open = -1;
  for (let i = 1; i < parts.length; i += 1) {
    const seg = parts[i] ?? '';
    if (open < 0) open = pos;
    const lastPart = i === parts.length - 1;
    if (seg === '' && !lastPart) continue;
    const at = lastPart ? original.length - seg.length : original.indexOf(seg, open + 1);
    if (at < open + 1 || (lastPart && !original.endsWith(seg))) throw new Error(`cannot align segment ${i}`);
    spans.push({ start: open, end: at });
    open = -1;
    pos = at + seg.length;
  }
  if (pos !== original.length) throw new Error('redacted text does not end like the original');
  return spans;
}

export interface RedactionScore {
  labels: number;
  found: number;
  removed: number;
  precise: number;
  /** Per label type: [found, total]. */
  byType: Record<string, [number, number]>;
}

export const emptyScore = (): RedactionScore => ({ labels: 0, found: 0, removed: 0, precise: 0, byType: {} });

const ALNUM = /[\p{L}\p{N}]/u;

export function scoreRedaction(text: string, labels: readonly TypedRange[], removed: readonly Range[], into: RedactionScore = emptyScore()): RedactionScore {
  const gone = new Uint8Array(text.length);
  for (const r of removed) gone.fill(1, r.start, r.end);
  for (const l of labels) {
    let found = true;
    for (let i = l.start; i < l.end && found; i += 1) {
      if (gone[i] === 0 && ALNUM.test(text[i] ?? '')) found = false;
    }
    const row = (into.byType[l.type] ??= [0, 0]);
    row[1] += 1;
    into.labels += 1;
    if (found) { row[0] += 1; into.found += 1; }
  }
  for (const r of removed) {
    into.removed += 1;
    if (labels.some((l) => l.start < r.end && r.start < l.end)) into.precise += 1;
  }
  return into;
}
