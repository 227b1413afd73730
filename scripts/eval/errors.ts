/**
 * `npm run eval -- --errors TYPE`: misses and false positives of one type with the text around them,
 * for whoever is tuning that detector. The corpus text is synthetic, so printing it is fine.
 */
import { overlaps, type Judgement, type Span } from './metrics';

export interface ScoredText {
  readonly source: string;
  readonly text: string;
  readonly predictions: readonly Span[];
  readonly judgement: Judgement;
}

const LIMIT = 30;
const WIDTH = 40;

const flat = (s: string): string => s.replace(/\n/g, '⏎');

function show(text: string, span: Span): string {
  const before = flat(text.slice(Math.max(0, span.start - WIDTH), span.start));
  const after = flat(text.slice(span.end, span.end + WIDTH));
  return `${before}⟦${flat(text.slice(span.start, span.end))}⟧${after}`;
}

export function formatErrors(type: string, docs: readonly ScoredText[]): string {
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const d of docs) {
    for (const g of d.judgement.gold) {
      if (g.span.type !== type || g.strict) continue;
      const near = d.predictions.filter((p) => overlaps(p, g.span)).map((p) => `${p.type} "${flat(d.text.slice(p.start, p.end))}"`);
      misses.push(`  [${d.source}] ${show(d.text, g.span)}${near.length ? `   predicted: ${near.join(', ')}` : '   (nothing predicted)'}`);
    }
    for (const p of d.judgement.predictions) {
      if (p.span.type !== type || !p.judged || p.lenient) continue;
      const on = d.judgement.gold.filter((g) => overlaps(g.span, p.span)).map((g) => g.span.type);
      falsePositives.push(`  [${d.source}] ${show(d.text, p.span)}${on.length ? `   gold there: ${on.join(', ')}` : ''}`);
    }
  }
  return [
    `== ${type}: ${misses.length} strict misses (first ${Math.min(LIMIT, misses.length)})`,
    ...misses.slice(0, LIMIT),
    `== ${type}: ${falsePositives.length} false positives (first ${Math.min(LIMIT, falsePositives.length)})`,
    ...falsePositives.slice(0, LIMIT),
  ].join('\n');
}
