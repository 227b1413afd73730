/**
 * The editable Jira fields the emulator knows (summary, description, environment, labels, security and
 * custom text fields), how a request value is checked, how `update` operations apply, and the changelog
 * item each change leaves: Jira keeps the OLD value in `fromString`, so history still holds edited text.
 */
import { AdfDocumentSchema } from '../../../src/core/adf/types';
import type { ChangeItem, JiraProject } from './state';
import { adfText } from './jira-shared';

type Checked = { value: unknown } | { error: string };

const CUSTOM = /^customfield_\d+$/;

export const isKnownField = (id: string): boolean =>
  ['summary', 'description', 'environment', 'labels', 'security'].includes(id) || CUSTOM.test(id);

const richText = (raw: unknown): Checked => {
  if (raw === null) return { value: null };
  return AdfDocumentSchema.safeParse(raw).success ? { value: raw } : { error: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' };
};

/** Checks one value sent in `fields` (or as an `update` set). */
export function checkField(id: string, raw: unknown, project: JiraProject): Checked {
  switch (id) {
    case 'summary':
      if (typeof raw !== 'string' || raw.trim() === '') return { error: 'You must specify a summary of the issue.' };
      if (raw.length > 255) return { error: 'Summary must be less than 255 characters.' };
      return { value: raw };
    case 'description':
    case 'environment':
      return richText(raw);
    case 'labels': {
      if (!Array.isArray(raw) || !raw.every((l) => typeof l === 'string')) return { error: 'labels must be an array of strings' };
      const bad = raw.find((l: string) => /\s/.test(l) || l === '');
      return bad === undefined ? { value: [...new Set(raw as string[])] } : { error: `The label '${bad}' contains spaces which is invalid.` };
    }
    case 'security': {
      if (raw === null) return { value: null };
      const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
      const level = project.securityLevels.find((l) => l.id === id);
      return level ? { value: { id: level.id, name: level.name, description: level.description } } : { error: 'Security level is not valid.' };
    }
    default:
      if (!CUSTOM.test(id)) return { error: `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.` };
      return typeof raw === 'string' || raw === null ? { value: raw } : richText(raw);
  }
}

/** Applies one `update` operation (add/remove/set) to a field's value. */
export function applyOperation(id: string, current: unknown, op: Record<string, unknown>, project: JiraProject): Checked {
  const [name, arg] = Object.entries(op)[0] ?? [];
  if (Object.keys(op).length !== 1 || name === undefined) return { error: 'Each operation must name exactly one of add, remove, set.' };
  if (name === 'set') return checkField(id, arg, project);
  if (id !== 'labels' || (name !== 'add' && name !== 'remove')) return { error: `Field '${id}' does not support the '${name}' operation.` };
  if (typeof arg !== 'string') return { error: 'A label operation takes one label.' };
  const labels = Array.isArray(current) ? (current as string[]) : [];
  return name === 'add' ? checkField(id, [...labels, arg], project) : { value: labels.filter((l) => l !== arg) };
}

const labelsText = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : '');

/** The changelog item for a change of `id` from `before` to `after`. */
export function changeItem(id: string, before: unknown, after: unknown): ChangeItem {
  if (id === 'labels') return { field: 'labels', fieldId: 'labels', fieldtype: 'jira', fromString: labelsText(before), toString: labelsText(after) };
  if (id === 'security') {
    const b = before as { id: string; name: string } | null | undefined;
    const a = after as { id: string; name: string } | null | undefined;
    return {
      field: 'security', fieldId: 'security', fieldtype: 'jira',
      ...(b ? { from: b.id, fromString: b.name } : {}), ...(a ? { to: a.id, toString: a.name } : {}),
    };
  }
  return {
    field: id, fieldId: id, fieldtype: CUSTOM.test(id) ? 'custom' : 'jira',
    ...(before != null ? { fromString: adfText(before) } : {}), ...(after != null ? { toString: adfText(after) } : {}),
  };
}
