/**
 * manifest.yml is the single source of truth for which handler receives what: this reads it and builds the
 * routing tables the harness uses (trigger events -> function, queue -> consumer function, custom entities
 * and their indexes for the KVS). Handlers are "file.export" relative to the source root, as in Forge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const IgnoreSelfOnlyJira = 'Trigger filtering with ignoreSelf works only with Jira events';

const filterSchema = z.object({ ignoreSelf: z.boolean().optional() }).passthrough();
const triggerSchema = z.object({
  key: z.string(),
  function: z.string(),
  events: z.array(z.union([z.string(), z.object({ eventType: z.string(), filter: filterSchema })])),
  filter: filterSchema.optional(),
});
const consumerSchema = z.object({
  key: z.string(),
  queue: z.string().regex(/^[a-zA-Z0-9-_]+$/).max(36),
  function: z.string().optional(),
  resolver: z.object({ function: z.string(), method: z.string() }).optional(),
});
const functionSchema = z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().optional() });
const indexSchema = z.union([
  z.string(),
  z.object({ name: z.string(), range: z.array(z.string()).optional(), partition: z.array(z.string()).optional() }),
]);
const entitySchema = z.object({
  name: z.string(),
  attributes: z.record(z.string(), z.object({ type: z.enum(['string', 'boolean', 'float', 'integer', 'any']) })),
  indexes: z.array(indexSchema).default([]),
});
const manifestSchema = z.object({
  app: z.object({
    id: z.string(),
    storage: z.object({ entities: z.array(entitySchema).default([]) }).optional(),
  }),
  modules: z.object({
    trigger: z.array(triggerSchema).default([]),
    consumer: z.array(consumerSchema).default([]),
    function: z.array(functionSchema).default([]),
  }).passthrough().default({ trigger: [], consumer: [], function: [] }),
});

export type AttributeType = 'string' | 'boolean' | 'float' | 'integer' | 'any';

export interface FunctionDef {
  readonly key: string;
  /** Module file relative to the source root, without extension (the part of `handler` before the last dot). */
  readonly file: string;
  readonly exportName: string;
  readonly timeoutSeconds?: number;
}

export interface TriggerSubscription {
  readonly triggerKey: string;
  readonly functionKey: string;
  readonly ignoreSelf: boolean;
}

export interface ConsumerDef {
  readonly key: string;
  readonly queue: string;
  readonly functionKey: string;
  /** Set for `resolver: {function, method}` consumers: the handler is a Resolver definition. */
  readonly resolverMethod?: string;
}

export interface IndexDef {
  readonly name: string;
  readonly partition: readonly string[];
  readonly range: readonly string[];
}

export interface EntityDef {
  readonly name: string;
  readonly attributes: Readonly<Record<string, AttributeType>>;
  readonly indexes: ReadonlyMap<string, IndexDef>;
}

export interface AppManifest {
  readonly appId: string;
  readonly srcRoot: string;
  readonly functions: ReadonlyMap<string, FunctionDef>;
  /** eventType -> every trigger subscribed to it. */
  readonly triggersByEvent: ReadonlyMap<string, readonly TriggerSubscription[]>;
  readonly consumersByQueue: ReadonlyMap<string, ConsumerDef>;
  readonly entities: ReadonlyMap<string, EntityDef>;
}

export function loadManifest(manifestPath: string, srcRoot: string): AppManifest {
  const raw: unknown = parse(readFileSync(manifestPath, 'utf8'));
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${manifestPath}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const m = parsed.data;

  const functions = new Map<string, FunctionDef>();
  for (const f of m.modules.function) {
    const dot = f.handler.lastIndexOf('.');
    if (dot <= 0) throw new Error(`${manifestPath}: function ${f.key}: handler must be "file.export", got "${f.handler}"`);
    functions.set(f.key, { key: f.key, file: f.handler.slice(0, dot), exportName: f.handler.slice(dot + 1), timeoutSeconds: f.timeoutSeconds });
  }
  const requireFunction = (key: string, user: string): string => {
    if (!functions.has(key)) throw new Error(`${manifestPath}: ${user} names function "${key}", which modules.function does not declare`);
    return key;
  };

  const triggersByEvent = new Map<string, TriggerSubscription[]>();
  for (const t of m.modules.trigger) {
    const functionKey = requireFunction(t.function, `trigger ${t.key}`);
    for (const e of t.events) {
      const eventType = typeof e === 'string' ? e : e.eventType;
      const ignoreSelf = (typeof e === 'string' ? t.filter?.ignoreSelf : e.filter.ignoreSelf ?? t.filter?.ignoreSelf) ?? false;
      // Forge's manifest validator rejects ignoreSelf on non-Jira events, so a deploy could never carry it.
      if (ignoreSelf && !eventType.startsWith('avi:jira:')) throw new Error(`${manifestPath}: trigger ${t.key}: ${IgnoreSelfOnlyJira}`);
      const list = triggersByEvent.get(eventType) ?? [];
      list.push({ triggerKey: t.key, functionKey, ignoreSelf });
      triggersByEvent.set(eventType, list);
    }
  }

  const consumersByQueue = new Map<string, ConsumerDef>();
  for (const c of m.modules.consumer) {
    const fnKey = c.function ?? c.resolver?.function;
    if (!fnKey) throw new Error(`${manifestPath}: consumer ${c.key} needs a function or a resolver`);
    consumersByQueue.set(c.queue, { key: c.key, queue: c.queue, functionKey: requireFunction(fnKey, `consumer ${c.key}`), resolverMethod: c.resolver?.method });
  }

  const entities = new Map<string, EntityDef>();
  for (const e of m.app.storage?.entities ?? []) {
    const indexes = new Map<string, IndexDef>();
    for (const i of e.indexes) {
      // A bare attribute name is a simple index: no partition, range on that attribute.
      const index = typeof i === 'string' ? { name: i, partition: [], range: [i] } : { name: i.name, partition: i.partition ?? [], range: i.range ?? [] };
      for (const attr of [...index.partition, ...index.range]) {
        if (!(attr in e.attributes)) throw new Error(`${manifestPath}: entity ${e.name}: index ${index.name} uses undeclared attribute ${attr}`);
      }
      indexes.set(index.name, index);
    }
    entities.set(e.name, { name: e.name, attributes: Object.fromEntries(Object.entries(e.attributes).map(([k, v]) => [k, v.type])), indexes });
  }

  return { appId: m.app.id, srcRoot: resolve(srcRoot), functions, triggersByEvent, consumersByQueue, entities };
}

export type Handler = (...args: unknown[]) => unknown;

/** Imports the function's module from the source root (TypeScript through tsx) and returns its export. */
export async function importHandler(manifest: AppManifest, functionKey: string): Promise<Handler> {
  const fn = manifest.functions.get(functionKey);
  if (!fn) throw new Error(`no function "${functionKey}" in the manifest`);
  const base = join(manifest.srcRoot, fn.file);
  const file = ['.ts', '.tsx', '.js'].map((ext) => base + ext).find((p) => existsSync(p));
  if (!file) throw new Error(`function ${functionKey}: no module ${base}.ts under the source root`);
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const handler = mod[fn.exportName];
  if (typeof handler !== 'function') throw new Error(`function ${functionKey}: ${file} has no exported function "${fn.exportName}"`);
  return handler as Handler;
}
