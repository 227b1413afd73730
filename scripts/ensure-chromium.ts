/**
 * The admin page's browser tests drive Debian's Chromium (/usr/bin/chromium); npm cannot install a
 * browser here (test tools' own browser downloads are blocked). So the test command makes sure it is
 * present: as root with apt-get (a fresh machine of this project), it installs the package; otherwise it
 * says what to install and fails, rather than skipping the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (!existsSync(CHROMIUM)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    process.stderr.write(`The browser tests need Debian's Chromium at ${CHROMIUM}: run "sudo apt-get install chromium" and try again.\n`);
    process.exit(1);
  }
  process.stdout.write('Installing Debian\'s Chromium for the browser tests (apt-get install chromium)...\n');
  if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium']) || !existsSync(CHROMIUM)) {
    process.stderr.write('Installing Chromium failed; the browser tests cannot run.\n');
    process.exit(1);
  }
}
