/**
 * The policy: one zod schema, versioned (style §2.9). Every entry point (CLI --policy, KVS read,
 * resolver payload) parses with it; nothing downstream trusts an unparsed policy. The `.describe()`
 * texts are the labels the admin page and the policy docs show.
 */
import { z } from 'zod';
import { FindingTypeSchema, type FindingType } from '../finding-types';
import { checkLinearPattern } from './linear-pattern';

export const POLICY_SCHEMA_VERSION = 1;

export const TokenStyleSchema = z.enum(['label', 'mask', 'last4', 'pseudonym']).describe(
  'How redacted text reads: label "[SSN]", fixed mask "[REDACTED]", last four kept "***-**-6789", '
  + 'or a keyed pseudonym "[NAME-7F3A]" that is the same for the same value across the site',
);
export type TokenStyle = z.infer<typeof TokenStyleSchema>;

export const ActionSchema = z.enum(['detect', 'tag', 'redact', 'redact-and-restrict']).describe(
  'What happens to content holding this type: only report it, tag the item, redact the text in place, '
  + 'or redact and also restrict the item',
);
export type Action = z.infer<typeof ActionSchema>;

export const TypeRuleSchema = z.object({
  enabled: z.boolean().describe('Look for this type at all'),
  minScore: z.number().min(0).max(1).describe('Findings scoring below this are ignored'),
  action: ActionSchema,
}).strict();
export type TypeRule = z.infer<typeof TypeRuleSchema>;

const RegexSourceSchema = z.string().min(1).max(500).superRefine((source, ctx) => {
  const problem = checkLinearPattern(source);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const ChecksumSchema = z.enum(['none', 'luhn', 'mod11']).describe(
  'A check digit the value must pass: Luhn mod 10, or ISO 7064 style mod 11 (last character, X = 10)',
);

export const CustomDetectorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'lower-case letters, digits and dashes, starting with a letter')
    .describe('A short id that appears in findings and records'),
  type: FindingTypeSchema.default('OTHER_ID').describe('The finding type it reports'),
  pattern: RegexSourceSchema.describe('A regular expression for the value (no back-references, no nested quantifiers)'),
  caseSensitive: z.boolean().default(false),
  context: z.array(z.string().min(1).max(60)).max(50).default([])
    .describe('Words that, near a match, raise its score'),
  needsContext: z.boolean().default(true).describe('Report a match only when a context word is near'),
  checksum: ChecksumSchema.default('none'),
  score: z.number().min(0).max(1).default(0.6).describe('Base score of a match'),
}).strict();
export type CustomDetector = z.infer<typeof CustomDetectorSchema>;

export const AllowlistSchema = z.object({
  values: z.array(z.string().min(1).max(200)).max(1000).default([])
    .describe('Values never reported, nor anything found inside them where they stand in a text (compared after normalisation, ignoring case)'),
  fingerprints: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(5000).default([])
    .describe('Keyed fingerprints of values never reported, so the stored policy holds no clear value'),
  patterns: z.array(RegexSourceSchema).max(100).default([])
    .describe('Regular expressions; a finding whose whole text matches one is not reported'),
}).strict();

const defaultTypeRule: TypeRule = { enabled: true, minScore: 0.5, action: 'redact' };

export const JiraOptionsSchema = z.object({
  makePublicCommentsInternal: z.boolean().default(true)
    .describe('Service desk: a public comment holding PHI is made internal, so customers are not e-mailed PHI'),
  securityLevelId: z.string().regex(/^\d+$/).optional()
    .describe('Issue security level set on issues whose PHI type says "redact and restrict"'),
  purgeHistory: z.boolean().default(false)
    .describe('Also purge the old text from the issue history with the Guard Premium redaction API, where the site has it'),
}).strict();

export const ConfluenceOptionsSchema = z.object({
  deleteHistoricalVersions: z.boolean().default(true)
    .describe('Delete historical page versions that still hold redacted PHI'),
}).strict();

const ContainerKeysSchema = z.array(z.string().regex(/^[A-Za-z0-9_~-]{1,255}$/, 'a project or space key')).max(500).default([]);

export const ScopeSchema = z.object({
  includeProjects: ContainerKeysSchema.describe('Jira projects to scan; empty means every project'),
  excludeProjects: ContainerKeysSchema.describe('Jira projects never scanned'),
  includeSpaces: ContainerKeysSchema.describe('Confluence spaces to scan; empty means every space'),
  excludeSpaces: ContainerKeysSchema.describe('Confluence spaces never scanned'),
}).strict();

export const AlertsSchema = z.object({
  recipients: z.array(z.string().min(1).max(128)).max(20).default([])
    .describe('Account ids of the people told when PHI is found (a privacy officer, say)'),
}).strict();

export const PolicySchema = z.object({
  schemaVersion: z.literal(POLICY_SCHEMA_VERSION),
  name: z.string().min(1).max(100),
  tokenStyle: TokenStyleSchema.default('label'),
  types: z.partialRecord(FindingTypeSchema, TypeRuleSchema.partial()).default({})
    .describe('Per-type settings; a type left out takes the defaults'),
  allowlist: AllowlistSchema.default({ values: [], fingerprints: [], patterns: [] }),
  customDetectors: z.array(CustomDetectorSchema).max(50).default([]),
  jira: JiraOptionsSchema.default({ makePublicCommentsInternal: true, purgeHistory: false }),
  confluence: ConfluenceOptionsSchema.default({ deleteHistoricalVersions: true }),
  scope: ScopeSchema.default({ includeProjects: [], excludeProjects: [], includeSpaces: [], excludeSpaces: [] }),
  alerts: AlertsSchema.default({ recipients: [] }),
}).strict();
export type PolicyInput = z.input<typeof PolicySchema>;
export type Policy = z.infer<typeof PolicySchema>;

/** The effective rule for a type: the policy's entry over the defaults. */
export function ruleFor(policy: Policy, type: FindingType): TypeRule {
  return { ...defaultTypeRule, ...policy.types[type] };
}
