/**
 * Confluence product events (manifest: trigger `confluence-events`). Forge has no ignoreSelf for
 * Confluence, so this is the loop guard: events whose actor is the app's own account are skipped (the
 * account id is looked up once and kept in storage).
 */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { appAccountId } from '../adapters/confluence/content';
import type { ScanJob } from '../adapters/events/scan-queue';
import { KEYS } from '../adapters/kvs/keys';
import { runSafely } from './run-safely';

const ConfluenceEventSchema = z.looseObject({
  eventType: z.string(),
  atlassianId: z.string().optional(),
  content: z.looseObject({
    id: z.string(),
    type: z.string(),
    space: z.looseObject({ key: z.string() }).optional(),
    container: z.looseObject({ id: z.string(), type: z.string() }).optional(),
    extensions: z.looseObject({ location: z.string().optional() }).optional(),
  }),
  retryContext: z.looseObject({ retryCount: z.number() }).optional(),
});

async function ownAccountId(): Promise<string> {
  const cached = await kvs.get(KEYS.confluenceAppAccount);
  if (typeof cached === 'string') return cached;
  const id = await appAccountId();
  await kvs.set(KEYS.confluenceAppAccount, id);
  return id;
}

const contentKind = (type: string): 'page' | 'blogpost' | undefined => (type === 'page' || type === 'blogpost' ? type : undefined);

function jobFor(event: z.infer<typeof ConfluenceEventSchema>): ScanJob | undefined {
  const { content } = event;
  const spaceKey = content.space?.key ?? '';
  const kind = contentKind(content.type);
  if (kind) return { target: 'confluence-content', kind, id: content.id, spaceKey };
  if (content.type !== 'comment') return undefined;
  const containerKind = content.container ? contentKind(content.container.type) : undefined;
  return {
    target: 'confluence-comment',
    kind: content.extensions?.location === 'inline' ? 'inline' : 'footer',
    id: content.id,
    spaceKey,
    ...(content.container && containerKind ? { container: { kind: containerKind, id: content.container.id } } : {}),
  };
}

export async function onConfluenceEvent(event: unknown): Promise<unknown> {
  const parsed = ConfluenceEventSchema.safeParse(event);
  if (!parsed.success) {
    console.error('phi-guard: ignored a Confluence event of an unexpected shape');
    return undefined;
  }
  if (parsed.data.atlassianId && parsed.data.atlassianId === await ownAccountId()) return undefined;
  const job = jobFor(parsed.data);
  return job ? runSafely(job, parsed.data.retryContext?.retryCount ?? 0) : undefined;
}
