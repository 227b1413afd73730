/**
 * Which attributes hold text a person typed or pasted, per node and mark type (style §2.7), and which are
 * structure. Structural attributes (heading level, table layout, panel type, colours, local ids, media
 * file ids) are never scanned: they are generated values, and scanning them only yields false alarms.
 *
 * Types not listed in KNOWN_TYPES (newer than this table, or from a third-party macro) have every string
 * attribute scanned except GENERATED_KEYS, so text hidden in an unknown node is still seen.
 */

/** Attribute keys whose string value (or, for an object, every string inside it) is scanned. */
export const SCANNED_ATTRS: Readonly<Record<string, readonly string[]>> = {
  link: ['href', 'title'],
  inlineCard: ['url'],
  blockCard: ['url'],
  embedCard: ['url'],
  expand: ['title'],
  nestedExpand: ['title'],
  media: ['alt', 'url'],
  mediaInline: ['alt'],
  status: ['text'],
  placeholder: ['text'],
  // Macro parameters are free-form and often hold user-entered text (a Jira macro's JQL, a title).
  extension: ['text', 'parameters'],
  inlineExtension: ['text', 'parameters'],
  bodiedExtension: ['text', 'parameters'],
  multiBodiedExtension: ['parameters'],
};

/** Node and mark types of the ADF schema (full.json, adf-schema 57) whose attributes are all in the table above or structural. */
export const KNOWN_TYPES: ReadonlySet<string> = new Set([
  // nodes
  'doc', 'paragraph', 'heading', 'text', 'hardBreak', 'blockquote', 'bulletList', 'orderedList', 'listItem',
  'codeBlock', 'panel', 'rule', 'table', 'tableRow', 'tableHeader', 'tableCell', 'expand', 'nestedExpand',
  'layoutSection', 'layoutColumn', 'decisionList', 'decisionItem', 'taskList', 'taskItem', 'blockTaskItem',
  'mediaSingle', 'mediaGroup', 'media', 'mediaInline', 'caption', 'mention', 'emoji', 'date', 'status',
  'inlineCard', 'blockCard', 'embedCard', 'placeholder', 'extension', 'inlineExtension', 'bodiedExtension',
  'multiBodiedExtension', 'extensionFrame', 'syncBlock', 'bodiedSyncBlock',
  // marks
  'link', 'em', 'strong', 'strike', 'subsup', 'underline', 'code', 'textColor', 'backgroundColor',
  'annotation', 'alignment', 'indentation', 'breakout', 'border', 'dataConsumer', 'fragment', 'fontSize',
]);

/** Keys that are generated identifiers in every node and mark, known or not. */
export const GENERATED_KEYS: ReadonlySet<string> = new Set(['localId']);

/** The attribute keys of a node or mark to scan: the table's entry, or every key for an unknown type. */
export function scannedKeys(type: string, attrs: Readonly<Record<string, unknown>>): string[] {
  if (KNOWN_TYPES.has(type)) return [...(SCANNED_ATTRS[type] ?? [])].filter((k) => k in attrs);
  return Object.keys(attrs).filter((k) => !GENERATED_KEYS.has(k));
}

/** Inline nodes that carry text of their own in the block's reading order. */
export const TEXT_TYPE = 'text';
export const HARD_BREAK_TYPE = 'hardBreak';

/**
 * Inline node types: a node whose content holds one of these (or text, or a hard break) is a text block.
 * Every inline node other than text and hardBreak is a boundary that no match crosses.
 */
export const INLINE_TYPES: ReadonlySet<string> = new Set([
  TEXT_TYPE, HARD_BREAK_TYPE, 'mention', 'emoji', 'date', 'status', 'inlineCard', 'placeholder',
  'mediaInline', 'inlineExtension',
]);
