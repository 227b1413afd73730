/**
 * Reading what the user gave us, strictly: a file that cannot be read, is binary or is not UTF-8 is a
 * one-line error (exit 2), never a half-scanned result. Error lines never quote the input: it may be PHI.
 */
import { readFile } from 'node:fs/promises';
import { CliError } from './errors';

/** The input is not text (binary, or not UTF-8); a directory walk skips such files instead of failing. */
export class NotTextError extends CliError {}

// The byte order mark is kept: it is the input's first character as given (an Excel CSV export has one),
// so offsets count it and --redact writes it back. JSON is parsed without it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * Text with a UTF-16 byte order mark (FF FE little-endian, FE FF big-endian) is decoded as UTF-16, so
 * finding offsets index the decoded text (JavaScript string indices, the mark's U+FEFF first), not the
 * file's bytes.
 */
function utf16Decoder(bytes: Uint8Array): TextDecoder | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be;
  return undefined;
}

export function decodeText(bytes: Uint8Array, source: string): string {
  const utf16 = utf16Decoder(bytes);
  if (utf16) {
    try {
      return utf16.decode(bytes);
    } catch {
      throw new NotTextError(`${source}: not valid UTF-16 text`);
    }
  }
  if (bytes.includes(0)) throw new NotTextError(`${source}: binary data (NUL bytes); phi-guard scans text, ADF or REST JSON`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new NotTextError(`${source}: not valid UTF-8 text`);
  }
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

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
 * "invalid JSON" plus where, taken from the parser's message as digits only: V8's message can quote the
 * input ('Unexpected token 'S', "SSN 412-58-7391" is not valid JSON'), and the input may be PHI.
 */
export function invalidJson(where: string, e: unknown): CliError {
  const message = e instanceof Error ? e.message : '';
  const line = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  const at = line ? ` at line ${line[1]} column ${line[2]}` : position ? ` at position ${position[1]}` : '';
  return new CliError(`${where}: invalid JSON${at}`);
}

/** Parses JSON that must be JSON (a `.json` file, a policy, a batch line); the error never quotes the text. */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(withoutBom(text)) as unknown;
  } catch (e) {
    throw invalidJson(where, e);
  }
}

/**
 * Decides whether an input is JSON (an ADF document or REST JSON) or plain text. A `.json` file, and
 * input that opens as a JSON object does (`{"`), must parse: invalid JSON there is an error (a truncated
 * export, `{"type":"doc","content":[`). Other input that is one `{...}` object is JSON when it parses,
 * and plain text when it does not (a note like "{Note: SSN ...}" is still scanned). Anything else
 * (including a log line that happens to start with "[") is plain text.
 */
export function parseMaybeJson(text: string, source: string): { json: true; value: unknown } | { json: false } {
  const trimmed = text.trim();
  if (/\.json$/i.test(source) || /^\{\s*"/.test(trimmed)) return { json: true, value: parseJson(text, source) };
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return { json: false };
  try {
    return { json: true, value: JSON.parse(withoutBom(text)) as unknown };
  } catch {
    return { json: false };
  }
}
