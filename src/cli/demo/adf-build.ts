/**
 * Small builders for the ADF documents of the built-in sample site, so the sample reads like the content
 * it stands for instead of like nested JSON. Only the nodes and marks the sample uses.
 */
import type { AdfMark, AdfNode } from '../../core/adf';

type Inline = AdfNode | string;

const inline = (i: Inline): AdfNode => (typeof i === 'string' ? { type: 'text', text: i } : i);

export const doc = (...content: AdfNode[]): AdfNode => ({ type: 'doc', version: 1, content });

export const p = (...content: Inline[]): AdfNode => ({ type: 'paragraph', content: content.map(inline) });

export const h = (level: number, text: string): AdfNode => ({ type: 'heading', attrs: { level }, content: [inline(text)] });

const marked = (text: string, ...marks: AdfMark[]): AdfNode => ({ type: 'text', text, marks });

export const strong = (text: string): AdfNode => marked(text, { type: 'strong' });
export const code = (text: string): AdfNode => marked(text, { type: 'code' });
export const link = (text: string, href: string): AdfNode => marked(text, { type: 'link', attrs: { href } });

export const bullets = (...items: Inline[][]): AdfNode => ({
  type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [p(...item)] })),
});

/** A table whose first row is the header row. */
export const table = (header: string[], ...rows: Inline[][]): AdfNode => ({
  type: 'table',
  attrs: { isNumberColumnEnabled: false, layout: 'default' },
  content: [
    { type: 'tableRow', content: header.map((c) => ({ type: 'tableHeader', attrs: {}, content: [p(c)] })) },
    ...rows.map((row) => ({ type: 'tableRow', content: row.map((c) => ({ type: 'tableCell', attrs: {}, content: [p(c)] })) })),
  ],
});

export const expand = (title: string, ...content: AdfNode[]): AdfNode => ({ type: 'expand', attrs: { title }, content });

export const panel = (panelType: 'info' | 'note' | 'warning' | 'success' | 'error', ...content: AdfNode[]): AdfNode => ({
  type: 'panel', attrs: { panelType }, content,
});

export const status = (text: string, color: string): AdfNode => ({ type: 'status', attrs: { text, color, localId: `status-${text.toLowerCase()}` } });

/** A date node (a due date, a release day): `timestamp` is epoch milliseconds as a string, as ADF stores it. */
export const date = (isoDay: string): AdfNode => ({ type: 'date', attrs: { timestamp: String(Date.parse(`${isoDay}T00:00:00Z`)) } });
