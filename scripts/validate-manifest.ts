/**
 * Offline checks of manifest.yml: Forge's own manifest validator (schema, modules, scopes, triggers),
 * then @forge/lint in client-side mode over the handler sources. Neither needs a Forge login.
 * The linter's REST-path-to-scope check wants Atlassian's swagger files; we point it at the copies in
 * ../shared/atlassian-openapi when they are there, else at an empty stub so it never goes online.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

interface ManifestProblem { message: string; level: string; line?: number; reference?: string }

async function validateManifest(): Promise<{ ok: boolean; typedContent: unknown }> {
  const { validate } = require('@forge/manifest') as {
    validate: (full: boolean, file: string) => Promise<{ success: boolean; errors?: ManifestProblem[]; manifestObject?: { typedContent: unknown } }>;
  };
  const result = await validate(false, 'manifest.yml');
  for (const e of result.errors ?? []) {
    process.stderr.write(`manifest.yml:${e.line ?? 0}: ${e.level}: ${e.message} (${e.reference ?? ''})\n`);
  }
  return { ok: result.success, typedContent: result.manifestObject?.typedContent };
}

function pointLinterAtLocalSwagger(): void {
  const shared = join(process.cwd(), '..', 'shared', 'atlassian-openapi');
  const stubDir = mkdtempSync(join(tmpdir(), 'phi-guard-swagger-'));
  const stub = join(stubDir, 'empty.json');
  writeFileSync(stub, JSON.stringify({ paths: {} }));
  const pick = (file: string): string => (existsSync(join(shared, file)) ? join(shared, file) : stub);
  process.env.USE_LOCAL_SWAGGER = '1';
  process.env.LOCAL_JIRA_SWAGGER = pick('jira-platform.swagger-v3.v3.json');
  process.env.LOCAL_JSM_SWAGGER = pick('jira-service-desk.swagger.v3.json');
  process.env.LOCAL_JSW_SWAGGER = stub;
  process.env.LOCAL_CONF_SWAGGER = pick('confluence.swagger.v3.json');
  process.env.LOCAL_CONF_V2_SWAGGER = pick('confluence.openapi-v2.v3.json');
  process.env.LOCAL_BB_SWAGGER = stub;
}

async function lintSources(typedContent: unknown): Promise<boolean> {
  pointLinterAtLocalSwagger();
  const { lint } = require('@forge/lint') as {
    lint: (files: string[], manifest: unknown, env: string, logger: unknown, statsig: unknown, opts: unknown) =>
      Promise<Array<{ file: string; errors: ManifestProblem[]; warnings: ManifestProblem[] }>>;
  };
  // The linter asks a feature-flag service about deprecated runtimes; offline, the answer is "none".
  const statsig = new Proxy({}, { get: (_t, p) => async () => (p === 'getDeprecatedRuntimes' ? [] : false) });
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, trace: () => undefined };
  const files = existsSync('src/index.ts') ? ['src/index.ts'] : [];
  const reports = await lint(files, typedContent, 'development', quiet, statsig, { linter: { mode: 'client-side' } });
  let ok = true;
  for (const report of reports) {
    for (const e of report.errors) { ok = false; process.stderr.write(`${report.file}:${e.line ?? 0}: lint error: ${e.message}\n`); }
    for (const w of report.warnings) process.stderr.write(`${report.file}:${w.line ?? 0}: lint warning: ${w.message}\n`);
  }
  return ok;
}

const manifest = await validateManifest();
const linted = manifest.ok ? await lintSources(manifest.typedContent) : false;
if (!manifest.ok || !linted) {
  process.stderr.write('manifest.yml: validation failed\n');
  process.exit(1);
}
process.stdout.write('manifest.yml: valid (Forge manifest validator and client-side lint)\n');
