/**
 * Atlassian's published OpenAPI documents (../shared/atlassian-openapi/, see its README) compiled with Ajv,
 * once per test run: each document is registered whole, and a response validator is a `$ref` to the
 * operation's response schema, so the spec's own `#/components/...` references resolve. Ajv runs
 * non-strict because the documents use OpenAPI 3.0 keywords (nullable, example, x-*, discriminator).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { sharedPath } from '../../support/shared';

type SpecName = 'jira' | 'jsm' | 'confluence-v2' | 'confluence-v1';

const FILES: Record<SpecName, string> = {
  jira: 'jira-platform.swagger-v3.v3.json',
  jsm: 'jira-service-desk.swagger.v3.json',
  'confluence-v2': 'confluence.openapi-v2.v3.json',
  'confluence-v1': 'confluence.swagger.v3.json',
};

// ajv-formats is CommonJS with a default export; under ESM its callable sits on `.default` in the types.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv {
  if (ajv) return ajv;
  // ownProperties: JSON bodies have no prototype chain, but a JS object inherits `toString`, which Ajv
  // would otherwise check against the changelog's `toString: string` property.
  const fresh = new Ajv({ strict: false, allErrors: true, ownProperties: true });
  addFormats(fresh);
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary']) fresh.addFormat(f, true);
  for (const [name, file] of Object.entries(FILES)) {
    fresh.addSchema(JSON.parse(readFileSync(sharedPath('atlassian-openapi', file), 'utf8')) as object, specId(name as SpecName));
  }
  ajv = fresh;
  return fresh;
}

const specId = (name: SpecName) => `https://spec.local/${name}.json`;
const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The spec that documents a product path, and the path as that spec keys it. */
function locate(path: string): { spec: SpecName; key: string } {
  if (path.startsWith('/rest/servicedeskapi/')) return { spec: 'jsm', key: path };
  if (path.startsWith('/wiki/api/v2/')) return { spec: 'confluence-v2', key: path.slice('/wiki/api/v2'.length) };
  if (path.startsWith('/wiki/')) return { spec: 'confluence-v1', key: path };
  return { spec: 'jira', key: path };
}

type Responses = Record<string, { content?: Record<string, unknown> }>;

/** The responses the document lists for an operation. */
function responsesOf(pattern: string, method: string): Responses {
  const { spec, key } = locate(pattern);
  const doc = instance().getSchema(specId(spec))?.schema as { paths?: Record<string, Record<string, { responses?: Responses }>> } | undefined;
  const operation = doc?.paths?.[key]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${pattern} is not in the ${spec} spec`);
  return operation.responses ?? {};
}

/**
 * Checks a response against the spec: the status must be documented for the operation and, when the spec
 * gives a JSON schema for it, the body must match. Returns the problems (empty when it conforms).
 */
export function specProblems(pattern: string, method: string, status: number, body: unknown): string[] {
  const responses = responsesOf(pattern, method);
  if (!(String(status) in responses)) return [`status ${status} is not documented (${Object.keys(responses).join(', ')})`];
  if (!responses[String(status)]?.content?.['application/json']) return [];
  const { spec, key } = locate(pattern);
  const ref = `${specId(spec)}#/paths/${escape(key)}/${method.toLowerCase()}/responses/${status}/content/${escape('application/json')}/schema`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = instance().compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
