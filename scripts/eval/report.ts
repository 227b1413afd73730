/**
 * Tables and targets for `npm run eval`: per-type metrics, an all-types row and the targets.
 */
import { metrics, sumCounts, type Counts, type Metrics } from './metrics';

export interface Target {
  readonly label: string;
  readonly type: string;
  readonly metric: 'strictRecall' | 'lenientRecall' | 'lenientPrecision';
  readonly min: number;
}

/** Issue 2, "Proof": the targets on presidio-research. */
export const TARGETS: readonly Target[] = [
  ...['SSN', 'PHONE', 'EMAIL', 'CREDIT_CARD', 'IP_ADDRESS', 'ZIP'].map((type): Target =>
    ({ label: `${type} strict recall`, type, metric: 'strictRecall', min: 0.95 })),
  ...['NAME', 'ADDRESS'].map((type): Target => ({ label: `${type} lenient recall`, type, metric: 'lenientRecall', min: 0.85 })),
  { label: 'all PHI types lenient precision', type: 'ALL', metric: 'lenientPrecision', min: 0.9 },
];

export interface TargetResult { readonly label: string; readonly value: number | null; readonly min: number; readonly pass: boolean }

export interface Section {
  readonly types: Record<string, Metrics>;
  readonly all: Metrics;
}

export function section(counts: Map<string, Counts>): Section {
  const types = Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => [t, metrics(c)]));
  return { types, all: metrics(sumCounts(counts.values())) };
}

export function checkTargets(s: Section): TargetResult[] {
  return TARGETS.map((t) => {
    const m = t.type === 'ALL' ? s.all : s.types[t.type];
    const value = m ? m[t.metric] : null;
    return { label: t.label, value, min: t.min, pass: value !== null && value >= t.min };
  });
}

const pct = (v: number | null): string => (v === null ? '-' : v.toFixed(3));

export function formatSection(title: string, s: Section, targets: readonly TargetResult[] = []): string {
  const head = ['type', 'gold', 'pred', 'strict P', 'strict R', 'lenient P', 'lenient R', 'target'];
  const rows = Object.entries(s.types).map(([type, m]) => {
    const mine = targets.filter((t) => t.label.startsWith(`${type} `));
    return [type, String(m.gold), String(m.predicted), pct(m.strictPrecision), pct(m.strictRecall),
      pct(m.lenientPrecision), pct(m.lenientRecall), mine.map((t) => `${t.label.slice(type.length + 1)} >= ${t.min} ${t.pass ? 'PASS' : 'MISS'}`).join('; ')];
  });
  const allTarget = targets.find((t) => t.label.startsWith('all '));
  rows.push(['ALL PHI', String(s.all.gold), String(s.all.predicted), pct(s.all.strictPrecision), pct(s.all.strictRecall),
    pct(s.all.lenientPrecision), pct(s.all.lenientRecall),
    allTarget ? `lenient precision >= ${allTarget.min} ${allTarget.pass ? 'PASS' : 'MISS'}` : '']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [
    `== ${title}`,
    line(head),
    ...rows.map(line),
    `any-PHI-overlap precision (type ignored): ${pct(s.all.anyOverlapPrecision)}` +
      (s.all.unjudged > 0 ? `   unjudged predictions (on unlabelled text): ${s.all.unjudged}` : ''),
  ].join('\n');
}

export function formatTargets(results: readonly TargetResult[]): string {
  const passed = results.filter((r) => r.pass).length;
  return [
    `== Targets on presidio-research: ${passed}/${results.length} PASS`,
    ...results.map((r) => `${r.pass ? 'PASS' : 'MISS'}  ${r.label.padEnd(34)} ${pct(r.value)}  (>= ${r.min})`),
  ].join('\n');
}
