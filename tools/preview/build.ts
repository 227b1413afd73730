/**
 * Builds the preview in memory with esbuild: host.js (+ host.css) from tools/preview/host.tsx, and app.js
 * from the real admin page, static/admin/src/index.tsx (the manifest's resource). IIFE bundles, as the
 * host loads them with plain <script> tags, bridge first.
 */
import { build, type OutputFile } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface PreviewAssets { readonly [path: string]: { readonly type: string; readonly body: Uint8Array } }

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

async function bundle(entry: string, name: string): Promise<OutputFile[]> {
  const result = await build({
    entryPoints: { [name]: resolve(root, entry) },
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', minify: true,
    outdir: '/', jsx: 'automatic', loader: { '.css': 'css' }, logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  return result.outputFiles;
}

export async function buildPreview(): Promise<PreviewAssets> {
  const files = [...await bundle('tools/preview/host.tsx', 'host'), ...await bundle('static/admin/src/index.tsx', 'app')];
  return Object.fromEntries(files.map((f) => {
    const path = `/${f.path.split('/').pop() ?? ''}`;
    return [path, { type: TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream', body: f.contents }];
  }));
}
