/**
 * Peak memory of `phi-guard scan --jsonl-in` on batch files of different sizes: the CLI streams stdin
 * line by line, so its peak RSS should not grow with the input. Measured with GNU time's "Maximum
 * resident set size" when /usr/bin/time exists, else by polling the child's VmHWM in /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, statSync } from 'node:fs';

export interface BatchRun {
  readonly file: string;
  readonly inputMB: number;
  readonly peakRssMB: number;
  readonly seconds: number;
  readonly linesIn: number;
  readonly linesOut: number;
  readonly exitCode: number | null;
  /** The CLI's own first stderr line (GNU time's report follows it), for a failed run. */
  readonly error: string;
}

const GNU_TIME = '/usr/bin/time';
const MB = 1024 * 1024;

export function runBatch(cli: string, file: string, linesIn: number): Promise<BatchRun> {
  const useTime = existsSync(GNU_TIME);
  const args = ['node', cli, 'scan', '--jsonl-in'];
  const input = openSync(file, 'r');
  const child = useTime
    ? spawn(GNU_TIME, ['-v', ...args], { stdio: [input, 'pipe', 'pipe'] })
    : spawn(args[0] ?? 'node', args.slice(1), { stdio: [input, 'pipe', 'pipe'] });
  const t0 = process.hrtime.bigint();
  let linesOut = 0;
  let stderr = '';
  let polled = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) linesOut += 1;
  });
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-8000); });
  const poll = useTime ? undefined : setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) polled = Math.max(polled, Number(m[1]) * 1024);
    } catch { /* exited between polls */ }
  }, 20);
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      closeSync(input);
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const peak = useTime ? Number(m?.[1] ?? 0) * 1024 : polled;
      const error = stderr.split('\n').find((l) => l.trim() !== '' && !l.startsWith('\t') && !l.startsWith('Command')) ?? '';
      resolve({ file, inputMB: statSync(file).size / MB, peakRssMB: peak / MB, seconds, linesIn, linesOut, exitCode, error });
    });
  });
}
