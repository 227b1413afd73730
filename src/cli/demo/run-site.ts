/**
 * One demo run: start the local Atlassian site, install the Forge runtime on manifest.yml (so the app's
 * real handlers receive the events, or nobody does while manifest.yml declares no triggers), create every
 * seeded item through the site's REST API as a support agent would, and wait until all event work has
 * settled after each write. Settling after each write keeps a run deterministic: the app has finished with
 * one item before the next user write lands, as on a quiet site.
 *
 * The site and the runtime share one virtual clock, and the agent's writes are a minute apart, so every
 * timestamp the site writes is the same on every run. The installation secret is fixed too (the app would
 * make a random one), so fingerprints and record hashes repeat; only the times the app itself writes
 * (phiGuard.lastScan, record time) come from the wall clock.
 */
// First: the Forge SDKs read the runtime globals when they load (test/local-site/forge/README.md).
import '../../../test/local-site/forge/setup';
import { kvs } from '@forge/kvs';
import { ENTITIES, KEYS } from '../../adapters/kvs/keys';
import { savePolicy } from '../../adapters/kvs/policy-store';
import type { Policy } from '../../core/policy/schema';
import { APP_ACCOUNT_ID, type Site, type SiteOptions, type SiteSnapshot, createSite } from '../../../test/local-site/emulator';
import { VirtualClock } from '../../../test/local-site/forge/clock';
import { type ForgeRuntime, installForgeRuntime } from '../../../test/local-site/forge/runtime';
import { CliError } from '../errors';
import { inChainOrder } from './records';
import type { Seed } from './seed-schema';

/** The simulated user who creates the seeded content (a support agent). */
const SEED_USER = { accountId: '712020:demo-support-agent', displayName: 'Support Agent' };

/** The demo's fixed start time: 2026-12-01 09:00 UTC. */
const START_MS = Date.UTC(2026, 11, 1, 9, 0, 0);
const MINUTE_MS = 60_000;

export interface DemoRunOptions {
  readonly seed: Seed;
  /** Saved as the site policy before any event, as an admin would; omitted, the app uses its default. */
  readonly policy?: Policy;
  /** The app's installation secret (keys fingerprints and pseudonyms). */
  readonly secret: string;
  /** Defaults: the repository's manifest.yml and src/ (tests point these at a fixture app). */
  readonly manifestPath?: string;
  readonly srcRoot?: string;
  /** Called before each write, for the progress line. */
  readonly onProgress?: (done: number, total: number, what: string) => void;
}

export interface DemoRun {
  readonly snapshot: SiteSnapshot;
  /** The app's redaction records as stored, in chain order; undefined when manifest.yml declares no such entity. */
  readonly records: readonly unknown[] | undefined;
  readonly events: { delivered: number; duplicated: number; ignoredSelf: number; retried: number; failed: number };
  readonly queue: { pushed: number; consumed: number; retried: number; failed: number };
  /** The product events manifest.yml subscribes the app to (none: the demo can only show detections). */
  readonly subscribedEvents: readonly string[];
  /** Console lines the handlers printed (captured, never echoed: they could hold PHI). */
  readonly handlerLogLines: number;
}

interface Write {
  readonly what: string;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  /** The key or id the seed says the site will assign (checked, so the report matches the file). */
  readonly expect?: { readonly field: 'key' | 'id'; readonly value: string };
}

const adfBody = (doc: unknown) => ({ representation: 'atlas_doc_format', value: JSON.stringify(doc) });

/** Every REST write the seed asks for, in order: each issue then its comments, each page then its comments. */
function seedWrites(seed: Seed, spaceId: (key: string) => string): Write[] {
  const writes: Write[] = [];
  for (const issue of seed.jira.issues) {
    const project = issue.key.slice(0, issue.key.lastIndexOf('-'));
    writes.push({
      what: issue.key, method: 'POST', path: '/rest/api/3/issue',
      body: { fields: { project: { key: project }, ...issue.fields } }, expect: { field: 'key', value: issue.key },
    });
    issue.comments?.forEach((comment, i) => writes.push({
      what: `${issue.key} comment ${i + 1}`, method: 'POST', path: `/rest/api/3/issue/${issue.key}/comment`,
      // A JSM internal comment is a comment created with sd.public.comment {internal: true}.
      body: { body: comment.body, ...(comment.public === false ? { properties: [{ key: 'sd.public.comment', value: { internal: true } }] } : {}) },
    }));
  }
  for (const page of seed.confluence.pages) {
    const blog = page.type === 'blogpost';
    writes.push({
      what: `${blog ? 'blog post' : 'page'} ${page.id}`, method: 'POST', path: blog ? '/wiki/api/v2/blogposts' : '/wiki/api/v2/pages',
      body: { spaceId: spaceId(page.space), status: 'current', title: page.title, body: adfBody(page.body) }, expect: { field: 'id', value: page.id },
    });
    page.comments?.forEach((comment, i) => writes.push({
      what: `${page.id} comment ${i + 1}`, method: 'POST', path: '/wiki/api/v2/footer-comments',
      body: { [blog ? 'blogPostId' : 'pageId']: page.id, body: adfBody(comment.body) },
    }));
  }
  return writes;
}

export interface SeededSite {
  readonly site: Site;
  readonly runtime: ForgeRuntime;
  readonly clock: VirtualClock;
  close(): Promise<void>;
}

/**
 * Starts the local site with the app installed and every seeded item written, and leaves it running: the
 * demo reads it and closes it; `phi-guard admin` serves the admin page against it. `users` are extra
 * accounts (the preview's administrator and non-administrator); `clock` lets the caller read the site's time.
 */
export async function startSeededSite(options: DemoRunOptions & { readonly users?: SiteOptions['users']; readonly clock?: VirtualClock }): Promise<SeededSite> {
  const clock = options.clock ?? new VirtualClock(START_MS);
  const site = await createSite({
    projects: options.seed.jira.projects,
    spaces: options.seed.confluence.spaces,
    users: [SEED_USER, ...(options.users ?? [])],
    now: () => new Date(clock.now()),
  });
  let runtime: ForgeRuntime | undefined;
  const close = async () => {
    runtime?.uninstall();
    await site.close();
  };
  try {
    runtime = installForgeRuntime({ site, appAccountId: APP_ACCOUNT_ID, clock, manifestPath: options.manifestPath, srcRoot: options.srcRoot });
    // Through the app's own storage adapters and the KVS protocol, as the app's admin page would.
    await kvs.setSecret(KEYS.secret, options.secret);
    if (options.policy) await savePolicy(options.policy, 1);
    const writes = seedWrites(options.seed, (key) => site.spaceId(key) ?? '');
    for (const [i, write] of writes.entries()) {
      options.onProgress?.(i, writes.length, write.what);
      const reply = await site.call(write.method, write.path, { body: write.body, accountId: SEED_USER.accountId });
      if (reply.status >= 300) throw new CliError(`the local site refused ${write.what} (${reply.status}): ${JSON.stringify(reply.body)}`);
      if (write.expect) {
        const assigned = (reply.body as Record<string, unknown>)[write.expect.field];
        if (assigned !== write.expect.value) throw new CliError(`the local site assigned ${String(assigned)} to ${write.what}; the seed expects ${write.expect.value}`);
      }
      await settle(runtime);
      clock.advance(MINUTE_MS);
    }
    options.onProgress?.(writes.length, writes.length, 'settled');
    return { site, runtime, clock, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export async function runDemoSite(options: DemoRunOptions): Promise<DemoRun> {
  const { site, runtime, close } = await startSeededSite(options);
  try {
    const { events, queue } = runtime.counters;
    return {
      snapshot: site.snapshot(),
      records: runtime.manifest.entities.has(ENTITIES.record) ? inChainOrder(runtime.entityValues(ENTITIES.record)) : undefined,
      events: { ...events },
      queue: { ...queue },
      subscribedEvents: [...runtime.manifest.triggersByEvent.keys()].sort(),
      handlerLogLines: runtime.logs.length,
    };
  } finally {
    await close();
  }
}

/** settle(), with a harness failure (a handler module that cannot load, say) as one line, exit 1. */
async function settle(runtime: ForgeRuntime): Promise<void> {
  try {
    await runtime.settle();
  } catch (e) {
    throw new CliError(`the app's handlers could not run: ${(e as Error).message}`, 1);
  }
}
