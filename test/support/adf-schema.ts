/**
 * The ADF JSON schema shipped in @atlaskit/adf-schema (v1 full.json), compiled once with Ajv.
 * The schema declares draft-04 but uses no keyword whose meaning changed since, so Ajv's default
 * draft-07 dialect reads it once the `$schema` line is dropped (saves a dependency on ajv-draft-04).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@atlaskit/adf-schema/dist/json-schema/v1/full.json');
const { $schema: _dialect, ...schema } = JSON.parse(readFileSync(schemaFile, 'utf8'));

const validate = new Ajv({ strict: false, allErrors: false }).compile(schema);

/** Undefined when `doc` is valid ADF, else the first schema errors as text. */
export function adfSchemaErrors(doc: unknown): string | undefined {
  if (validate(doc)) return undefined;
  return JSON.stringify(validate.errors?.slice(0, 3));
}
