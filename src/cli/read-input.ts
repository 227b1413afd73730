/**
 * Reading what the user gave us, strictly: a file that cannot be read, is binary or is not UTF-8 is a
 * one-line error (exit 2), never a half-scanned result.
 */
import { readFile } from 'node:fs/promises';
import { CliError } from './errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0)) throw new CliError(`${source}: binary data (NUL bytes); phi-guard scans text, ADF or REST JSON`);
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`${source}: not valid UTF-8 text`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readSource(source: string): Promise<string> {
  if (source === '-') return decodeText(await readStdin(), 'stdin');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new CliError(`${source}: ${reason}`);
  }
  return decodeText(bytes, source);
}

/**
 * Decides whether an input is JSON (an ADF document or REST JSON) or plain text. A `.json` file, or text
 * that is one `{...}` object, must parse: invalid JSON there is an error, not text to scan. Anything else
 * (including a log line that happens to start with "[") is plain text.
 */
export function parseMaybeJson(text: string, source: string): { json: true; value: unknown } | { json: false } {
  const trimmed = text.trim();
  const looksLikeObject = trimmed.startsWith('{') && trimmed.endsWith('}');
  if (!looksLikeObject && !/\.json$/i.test(source)) return { json: false };
  try {
    return { json: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    throw new CliError(`${source}: invalid JSON (${(e as Error).message})`);
  }
}
