/**
 * The admin page preview: the real page (static/admin) in the local host, its invoke() calls answered by
 * the real resolver (src/handlers/admin-resolver.ts via manifest.yml) on the seeded local site, all on
 * 127.0.0.1. The page acts as the account in `?as=` (default: the site administrator); `?product=confluence`
 * opens it as Confluence's global settings page.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSeededSite } from '../../src/cli/demo/run-site';
import { SAMPLE_SITE } from '../../src/cli/demo/sample-site';
import { invokeAdmin, type AdminExtension } from '../../test/e2e/admin-page';
import { VirtualClock } from '../../test/local-site/forge/clock';
import { buildPreview } from './build';
import { useVirtualDate } from './virtual-date';

export const PREVIEW_ADMIN = { accountId: 'preview-admin', displayName: 'Privacy Officer' };
export const PREVIEW_NON_ADMIN = { accountId: 'preview-agent', displayName: 'Support Agent', siteAdmin: false };
/** The demo's start time, 2026-12-01 09:00 UTC. */
const PREVIEW_START_MS = Date.UTC(2026, 11, 1, 9, 0, 0);
/** The demo's installation secret: fingerprints repeat across runs. */
const PREVIEW_SECRET = 'phi-guard-demo-installation-secret';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PHI Guard admin (local preview)</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/host.css">
<style>*,*::before,*::after{transition:none!important;animation:none!important;caret-color:transparent!important}
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif}#root{padding:24px;max-width:1100px}</style>
</head><body><div id="root"></div><script src="/host.js"></script><script src="/app.js"></script></body></html>`;

export interface Preview { readonly url: string; close(): Promise<void> }

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

export async function startPreview(options: { port?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<Preview> {
  // The virtual clock is in force before seeding, so the records the handlers write carry its times.
  const clock = new VirtualClock(PREVIEW_START_MS);
  useVirtualDate(clock);
  const [assets, seeded] = await Promise.all([
    buildPreview(),
    startSeededSite({ seed: SAMPLE_SITE, secret: PREVIEW_SECRET, users: [PREVIEW_ADMIN, PREVIEW_NON_ADMIN], clock, onProgress: (d, t) => options.onProgress?.(d, t) }),
  ]);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (req.method === 'GET' && path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
        return;
      }
      const asset = req.method === 'GET' ? assets[path] : undefined;
      if (asset) {
        res.writeHead(200, { 'content-type': asset.type }).end(asset.body);
        return;
      }
      if (req.method === 'POST' && path === '/__invoke') {
        const body = await readBody(req) as { functionKey: string; payload: unknown; accountId: string; extensionType: AdminExtension };
        const result = await invokeAdmin(seeded.runtime, body.accountId, body.functionKey, body.payload, body.extensionType);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result }));
        return;
      }
      res.writeHead(404).end();
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await seeded.close();
    },
  };
}
