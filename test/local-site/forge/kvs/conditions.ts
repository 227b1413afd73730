/**
 * The condition language shared by entity query ranges, query filters and transaction conditions, exactly as
 * @forge/kvs serialises it: {property?, condition, values}. Validation mirrors the service's 400 codes.
 */
import { kvsErrors } from './errors';

export type Scalar = string | number | boolean;

export interface Condition {
  readonly property?: string;
  readonly condition: string;
  readonly values: readonly unknown[];
}

export interface Filters {
  readonly and?: readonly Condition[];
  readonly or?: readonly Condition[];
}

/** How many values each condition takes; anything else is INVALID_FILTER_CONDITION. */
const ARITY: Readonly<Record<string, number>> = {
  BEGINS_WITH: 1, BETWEEN: 2, CONTAINS: 1, NOT_CONTAINS: 1, EQUAL_TO: 1, NOT_EQUAL_TO: 1,
  EXISTS: 1, NOT_EXISTS: 1, GREATER_THAN: 1, GREATER_THAN_EQUAL_TO: 1, LESS_THAN: 1, LESS_THAN_EQUAL_TO: 1,
};

/** Conditions an index range (`where`) accepts. */
export const RANGE_CONDITIONS = new Set(['BEGINS_WITH', 'BETWEEN', 'EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO']);

export function validateCondition(c: Condition): void {
  const arity = ARITY[c.condition];
  if (arity === undefined) throw kvsErrors.filterCondition();
  if (!Array.isArray(c.values)) throw kvsErrors.filterValues();
  if (c.condition === 'BETWEEN' && c.values.length < 2) throw kvsErrors.insufficientFilterValues();
  if (c.values.length !== arity) throw kvsErrors.filterValues();
}

/** Checks a {and} | {or} block and returns its operator and conditions. */
export function validateFilters(filters: Filters): { op: 'and' | 'or'; conditions: readonly Condition[] } {
  if (filters.and && filters.or) throw kvsErrors.filterOperatorsCombination();
  const op = filters.and ? 'and' : 'or';
  const conditions = filters.and ?? filters.or;
  if (!conditions || conditions.length === 0) throw kvsErrors.emptyFilterOperator();
  for (const c of conditions) {
    if (typeof c.property !== 'string') throw kvsErrors.badRequest('filter conditions need a property');
    validateCondition(c);
  }
  return { op, conditions };
}

/** Orders two scalars of the same type; undefined when they cannot be compared (mixed types never match). */
export function compareScalars(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return undefined;
}

/** Whether `actual` (undefined when the attribute is absent) satisfies one condition. */
export function matches(c: Condition, actual: unknown): boolean {
  const [v0, v1] = c.values;
  const cmp = (v: unknown) => (actual === undefined ? undefined : compareScalars(actual, v));
  switch (c.condition) {
    case 'EXISTS': return actual !== undefined;
    case 'NOT_EXISTS': return actual === undefined;
    case 'EQUAL_TO': return cmp(v0) === 0;
    case 'NOT_EQUAL_TO': return actual !== undefined && cmp(v0) !== 0;
    case 'BEGINS_WITH': return typeof actual === 'string' && actual.startsWith(String(v0));
    case 'CONTAINS': return containsValue(actual, v0);
    case 'NOT_CONTAINS': return actual !== undefined && !containsValue(actual, v0);
    case 'GREATER_THAN': return (cmp(v0) ?? -1) > 0;
    case 'GREATER_THAN_EQUAL_TO': return (cmp(v0) ?? -1) >= 0;
    case 'LESS_THAN': return (cmp(v0) ?? 1) < 0;
    case 'LESS_THAN_EQUAL_TO': return (cmp(v0) ?? 1) <= 0;
    case 'BETWEEN': return (cmp(v0) ?? -1) >= 0 && (cmp(v1) ?? 1) <= 0;
    default: return false;
  }
}

function containsValue(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return actual.includes(String(needle));
  if (Array.isArray(actual)) return actual.includes(needle);
  return false;
}

/** Evaluates a validated filter block against an entity value (or {} for a missing item). */
export function matchesFilters(filters: Filters, value: Readonly<Record<string, unknown>>): boolean {
  const { op, conditions } = validateFilters(filters);
  const test = (c: Condition) => matches(c, value[c.property!]);
  return op === 'and' ? conditions.every(test) : conditions.some(test);
}
