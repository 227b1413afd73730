/**
 * The main job's cost per event on the local site (issue 5): API calls and writes the app makes for a
 * clean item and for a PHI-bearing one (target: one read and no write for a clean item; one read and
 * one content write for a dirty one, plus the property and record writes), and event-to-settled
 * latency p50/p95 over a run of issues. Run in its own process: it installs the Forge runtime globals.
 */
import { doc, p, startLocalApp, t } from '../test/e2e/local-site';

export interface MainJobResult {
  readonly clean: { calls: number; writes: number };
  readonly dirty: { calls: number; writes: number; records: number };
  readonly latencyMs: { p50: number; p95: number; n: number };
}

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** The app's calls for one event, measured after a first PHI item has warmed the per-project caches. */
async function costOf(description: unknown): Promise<{ calls: number; writes: number; records: number }> {
  const app = await startLocalApp();
  try {
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Warm-up', description: doc(p(t('SSN 618-20-4471'))) } });
    await app.runtime.settle();
    const before = app.site.counters().app;
    const recordsBefore = (await app.records()).length;
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Ticket', description } });
    await app.runtime.settle();
    const after = app.site.counters().app;
    return { calls: after.calls - before.calls, writes: after.writes - before.writes, records: (await app.records()).length - recordsBefore };
  } finally {
    await app.stop();
  }
}

export async function benchMainJob(events = 60): Promise<MainJobResult> {
  const clean = await costOf(doc(p(t('Printer on ward 4 jams; build 4.18.2, see CLIN-4417.'))));
  const dirty = await costOf(doc(p(t('Patient SSN '), t('412-58-', [{ type: 'strong' }]), t('7391, callback (312) 555-0142.'))));
  const app = await startLocalApp();
  const latencies: number[] = [];
  try {
    for (let i = 0; i < events; i += 1) {
      const description = i % 3 === 0
        ? doc(p(t(`Pt callback (312) 555-01${String(10 + (i % 80)).padStart(2, '0')}, DOB 03/14/1962.`)))
        : doc(p(t(`Ward ${i}: printer queue stuck since build 4.18.${i}.`)));
      const started = performance.now();
      await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: `Ticket ${i}`, description } });
      await app.runtime.settle();
      latencies.push(performance.now() - started);
    }
  } finally {
    await app.stop();
  }
  latencies.sort((a, b) => a - b);
  return {
    clean: { calls: clean.calls, writes: clean.writes },
    dirty,
    latencyMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), n: latencies.length },
  };
}

if (process.argv[2] === 'run') process.stdout.write(`${JSON.stringify(await benchMainJob())}\n`);
