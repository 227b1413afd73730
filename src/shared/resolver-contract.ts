/**
 * The admin page's resolver contract, shared by the backend (src/handlers/admin-resolver.ts) and the page
 * (static/admin/src/api.ts): one payload schema per definition, the result shapes, and the Result envelope.
 * Payloads are parsed with these schemas on the backend; the page never sends anything they do not describe.
 * Pure data and zod only, so it bundles into the browser.
 */
import { z } from 'zod';
import type { FindingType } from '../core/finding-types';
import { FindingTypeSchema } from '../core/finding-types';
import { CustomDetectorSchema, type Policy } from '../core/policy/schema';
import { ProductSchema, RecordActionSchema, type Product, type RecordAction, type RecordNote } from '../core/records/record';

export type ErrorCode = 'FORBIDDEN' | 'VALIDATION' | 'CONFLICT' | 'NOT_FOUND' | 'INTERNAL';
export interface ResolverError { readonly code: ErrorCode; readonly message: string; readonly issues?: readonly string[] }
/** Every definition answers with this envelope; the page shows `error.message` as it is. */
export type Result<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ResolverError };

const Revision = z.number().int().nonnegative();
/** Example texts and samples are bounded: a resolver has 25 s and the page is not a bulk scanner. */
const SampleText = z.string().max(20_000);

export const Payloads = {
  getOverview: z.object({ days: z.number().int().min(1).max(90).default(14) }).strict(),
  getPolicy: z.object({}).strict(),
  /** `revision` is the one the admin started editing from; a save over a newer one is refused. */
  savePolicy: z.object({ policy: z.unknown(), revision: Revision }).strict(),
  getPolicyHistory: z.object({}).strict(),
  /** Puts back the policy as saved at `revision` (0 = the built-in preset); `currentRevision` as for savePolicy. */
  restorePolicy: z.object({ revision: Revision, currentRevision: Revision }).strict(),
  testDetector: z.object({
    // The pattern is checked by the resolver (and the refusal reported as data), not refused by the schema.
    detector: CustomDetectorSchema.omit({ pattern: true }).extend({ pattern: z.string().min(1).max(500) }),
    mustMatch: z.array(z.string().min(1).max(500)).max(20).default([]),
    mustNotMatch: z.array(z.string().min(1).max(500)).max(20).default([]),
  }).strict(),
  addAllowlistValue: z.object({ value: z.string().trim().min(1).max(200), revision: Revision }).strict(),
  /** `policy`: a draft to test with; omitted, the saved policy. */
  testSample: z.object({ text: SampleText.min(1), policy: z.unknown().optional() }).strict(),
  listRecords: z.object({
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    product: ProductSchema.optional(),
    container: z.string().max(255).optional(),
    type: FindingTypeSchema.optional(),
    action: RecordActionSchema.optional(),
    cursor: z.string().max(2000).optional(),
    pageSize: z.number().int().min(1).max(100).default(20),
    /** Also return every matching record (not just this page) as CSV. */
    csv: z.boolean().default(false),
  }).strict(),
} as const;

export type DefinitionKey = keyof typeof Payloads;
export type PayloadInput<K extends DefinitionKey> = z.input<(typeof Payloads)[K]>;
export type Payload<K extends DefinitionKey> = z.output<(typeof Payloads)[K]>;

/** A record as the page shows it: no hashes or fingerprints (the chain check covers them). */
export interface RecordRow {
  readonly seq: number;
  readonly time: string;
  readonly product: Product;
  readonly container: string;
  readonly contentType: string;
  readonly contentId: string;
  readonly field: string;
  readonly type: FindingType;
  readonly detector: string;
  readonly score: number;
  readonly action: RecordAction;
  readonly token?: string;
  readonly notes: readonly RecordNote[];
}

export interface HealthWarning {
  readonly id: 'notify-flag-ignored' | 'history-purge-unavailable' | 'restricted-containers' | 'policy-never-saved';
  readonly severity: 'warning' | 'information';
  readonly title: string;
  readonly body: string;
}

export interface Overview {
  /** One row per day (UTC, oldest first) with counts per type. */
  readonly days: ReadonlyArray<{ readonly date: string; readonly counts: Partial<Record<FindingType, number>> }>;
  readonly topContainers: ReadonlyArray<{ readonly product: Product; readonly container: string; readonly count: number }>;
  readonly recent: readonly RecordRow[];
  readonly warnings: readonly HealthWarning[];
  readonly totals: { readonly records: number; readonly redacted: number };
}

export interface PolicyView {
  readonly policy: Policy;
  /** 0 while the built-in preset is in force. */
  readonly revision: number;
  readonly preset: Policy;
}

export interface DiffLine { readonly path: string; readonly before?: string; readonly after?: string }

export interface HistoryEntry {
  /** The revision this change produced. */
  readonly revision: number;
  readonly at: string;
  readonly accountId: string;
  readonly change: 'save' | 'restore' | 'allowlist';
  readonly diff: readonly DiffLine[];
}

export interface DetectorTest {
  /** Why the pattern is refused (not linear-time, matches nearly everything, invalid); then no results. */
  readonly patternProblem?: string;
  readonly results: ReadonlyArray<{ readonly text: string; readonly expected: 'match' | 'no-match'; readonly matched: boolean; readonly ok: boolean }>;
  readonly allOk: boolean;
}

export interface SampleFinding { readonly type: FindingType; readonly detector: string; readonly score: number; readonly start: number; readonly end: number }
export interface SampleResult {
  /** Offsets into the submitted text (the page highlights its own copy: the resolver echoes no value). */
  readonly findings: readonly SampleFinding[];
  readonly redacted: string;
}

export interface ChainCheck { readonly ok: boolean; readonly count: number; readonly problem?: string }
export interface RecordsPage {
  readonly rows: readonly RecordRow[];
  readonly nextCursor?: string;
  readonly csv?: string;
  readonly chain: ChainCheck;
}

/** The definitions: payload in, Result out. Used as makeResolver<AdminDefinitions> and makeInvoke<AdminDefinitions>. */
export type AdminDefinitions = {
  getOverview: (p: PayloadInput<'getOverview'>) => Result<Overview>;
  getPolicy: (p: PayloadInput<'getPolicy'>) => Result<PolicyView>;
  savePolicy: (p: PayloadInput<'savePolicy'>) => Result<PolicyView>;
  getPolicyHistory: (p: PayloadInput<'getPolicyHistory'>) => Result<readonly HistoryEntry[]>;
  restorePolicy: (p: PayloadInput<'restorePolicy'>) => Result<PolicyView>;
  testDetector: (p: PayloadInput<'testDetector'>) => Result<DetectorTest>;
  addAllowlistValue: (p: PayloadInput<'addAllowlistValue'>) => Result<PolicyView>;
  testSample: (p: PayloadInput<'testSample'>) => Result<SampleResult>;
  listRecords: (p: PayloadInput<'listRecords'>) => Result<RecordsPage>;
};
