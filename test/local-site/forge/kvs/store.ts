/**
 * The in-memory storage behind the KVS protocol: plain keys, secrets and each custom entity live in separate
 * spaces (a secret is never visible to kvs.get or kvs.query, an entity never to the plain KVS), and every
 * write is checked against Forge's documented limits before it lands.
 */
import type { EntityDef } from '../manifest';
import { kvsErrors } from './errors';

export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/;
export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_DEPTH = 32;

const TTL_UNIT_MS: Readonly<Record<string, number>> = { SECONDS: 1e3, MINUTES: 60e3, HOURS: 3600e3, DAYS: 86400e3 };

export interface Item {
  readonly key: string;
  readonly value: unknown;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expireAt?: number;
}

export interface Space {
  readonly id: string;
  readonly kind: 'kvs' | 'secret' | 'entity';
  readonly entity?: EntityDef;
}

export interface Ttl {
  readonly value: number;
  readonly unit: string;
}

export class KvsStore {
  readonly #spaces = new Map<string, Map<string, Item>>();

  constructor(private readonly entities: ReadonlyMap<string, EntityDef>, private readonly now: () => number) {}

  /** The space for a request: an entity name selects that entity (which manifest.yml must declare). */
  space(kind: 'kvs' | 'secret', entityName?: string): Space {
    if (entityName === undefined) return { id: kind, kind };
    const entity = this.entities.get(entityName);
    if (!entity) throw kvsErrors.entityType(entityName);
    return { id: `entity:${entityName}`, kind: 'entity', entity };
  }

  validateKey(space: Space, key: unknown): string {
    if (typeof key !== 'string' || key.length === 0) throw space.kind === 'entity' ? kvsErrors.emptyEntityKey() : kvsErrors.keyTooShort();
    if (key.length > MAX_KEY_LENGTH) throw kvsErrors.keyTooLong();
    if (!KEY_PATTERN.test(key)) throw kvsErrors.invalidKey();
    return key;
  }

  validateValue(space: Space, value: unknown): void {
    if (value === undefined) throw kvsErrors.badRequest('value is required');
    if (Buffer.byteLength(JSON.stringify(value)) > MAX_VALUE_BYTES) throw kvsErrors.maxSize();
    if (depth(value) > MAX_DEPTH) throw kvsErrors.maxDepth();
    if (space.entity) validateEntityValue(space.entity, value);
  }

  /** The live item, or undefined; an expired item is dropped on read, as TTL promises. */
  get(space: Space, key: string): Item | undefined {
    const items = this.#items(space);
    const item = items.get(key);
    if (item?.expireAt !== undefined && item.expireAt <= this.now()) {
      items.delete(key);
      return undefined;
    }
    return item;
  }

  /** Stores a value already validated by the caller; returns the previous live item and the new one. */
  put(space: Space, key: string, value: unknown, ttl?: Ttl): { previous?: Item; item: Item } {
    const previous = this.get(space, key);
    const now = this.now();
    const item: Item = { key, value, createdAt: previous?.createdAt ?? now, updatedAt: now, expireAt: ttl ? now + ttlMs(ttl) : undefined };
    this.#items(space).set(key, item);
    return { previous, item };
  }

  remove(space: Space, key: string): boolean {
    const existed = this.get(space, key) !== undefined;
    this.#items(space).delete(key);
    return existed;
  }

  /** Every live item of a space in ascending key order (the order the service pages plain queries in). */
  list(space: Space): Item[] {
    return [...this.#items(space).keys()].sort().map((k) => this.get(space, k)).filter((i): i is Item => i !== undefined);
  }

  #items(space: Space): Map<string, Item> {
    let items = this.#spaces.get(space.id);
    if (!items) this.#spaces.set(space.id, (items = new Map()));
    return items;
  }
}

export function ttlMs(ttl: Ttl): number {
  const unit = TTL_UNIT_MS[ttl.unit];
  if (unit === undefined || typeof ttl.value !== 'number' || !(ttl.value > 0)) throw kvsErrors.badRequest('ttl needs a positive value and a unit of SECONDS, MINUTES, HOURS or DAYS');
  return ttl.value * unit;
}

function depth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let max = 0;
  for (const child of Object.values(value)) max = Math.max(max, depth(child));
  return max + 1;
}

/** Attribute types from manifest.yml; undeclared attributes are refused so nothing unplanned is stored. */
function validateEntityValue(entity: EntityDef, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw kvsErrors.entityValue('an entity value is an object');
  for (const [name, v] of Object.entries(value)) {
    const type = entity.attributes[name];
    if (type === undefined) throw kvsErrors.entityValue(`attribute "${name}" is not declared for entity ${entity.name}`);
    const ok = type === 'any' || (type === 'string' && typeof v === 'string') || (type === 'boolean' && typeof v === 'boolean')
      || (type === 'integer' && Number.isInteger(v)) || (type === 'float' && typeof v === 'number');
    if (!ok) throw kvsErrors.entityValue(`attribute "${name}" must be ${type}`);
  }
}
