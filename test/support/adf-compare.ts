/**
 * How the dev cases compare ADF (shared/cases/README.md): adjacent text nodes that carry identical marks
 * are merged first, so a redactor may leave "a" + "[SSN]" + "b" as one node or three.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const marksKey = (node: Record<string, unknown>): string => JSON.stringify(node.marks ?? []);

export function mergeTextNodes(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value.map(mergeTextNodes)) {
      const last = out[out.length - 1];
      if (isObject(item) && isObject(last) && item.type === 'text' && last.type === 'text'
        && typeof item.text === 'string' && typeof last.text === 'string' && marksKey(item) === marksKey(last)) {
        out[out.length - 1] = { ...last, text: last.text + item.text };
      } else out.push(item);
    }
    return out;
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mergeTextNodes(v);
    return out;
  }
  return value;
}

export type { Json };
