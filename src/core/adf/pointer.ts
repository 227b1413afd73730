/**
 * JSON Pointers (RFC 6901) into a document: findings name where they sit ("/content/0/content/1",
 * "/content/0/content/1/marks/0/attrs/href") and the redactor follows the same pointers back.
 */

const escape = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

export const childPointer = (parent: string, ...tokens: ReadonlyArray<string | number>): string =>
  parent + tokens.map((t) => `/${escape(String(t))}`).join('');

export const pointerTokens = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);

/** The parent pointer and the last token: "/a/b/2" -> ["/a/b", "2"]. */
export function splitPointer(pointer: string): [string, string] {
  const at = pointer.lastIndexOf('/');
  return [pointer.slice(0, at), unescape(pointer.slice(at + 1))];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `pointer`, or undefined when the path does not exist. */
export function getAt(root: unknown, pointer: string): unknown {
  let value: unknown = root;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(value)) value = value[Number(token)];
    else if (isRecord(value)) value = value[token];
    else return undefined;
  }
  return value;
}

/** Replaces the value at `pointer` inside a mutable copy (the redactor's working clone only). */
export function setAt(root: unknown, pointer: string, next: unknown): void {
  const [parentPointer, key] = splitPointer(pointer);
  const parent = getAt(root, parentPointer);
  if (Array.isArray(parent)) parent[Number(key)] = next;
  else if (isRecord(parent)) parent[key] = next;
  else throw new Error(`no value at ${parentPointer}`);
}
