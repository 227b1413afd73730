/**
 * `phi-guard admin [--port N]`: serves the real admin page on 127.0.0.1 in a local UI Kit host, wired to the
 * app's real resolvers on the seeded local site (tools/preview). Prints the URL, then serves until Ctrl-C.
 */
import { startPreview } from '../../../tools/preview/server';
import { CliError } from '../errors';

export async function runAdmin(options: { readonly port: number }): Promise<number> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new CliError('--port must be a port number (0 picks a free one)');
  process.stderr.write('phi-guard admin: seeding the local site and building the page…\n');
  const preview = await startPreview({ port: options.port });
  process.stdout.write(`phi-guard admin: ${preview.url}\n`
    + `  as a site administrator; ${preview.url}?as=preview-agent shows what a non-administrator sees,\n`
    + `  ${preview.url}?product=confluence opens it as Confluence's global settings page. Ctrl-C stops it.\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await preview.close();
  return 0;
}
