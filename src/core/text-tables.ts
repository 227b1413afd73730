/**
 * Tables typed or pasted as text: Markdown and Jira wiki pipe tables ("| Name | DOB | MRN |",
 * "||Name||MRN||"), and CSV or TSV with a header row ("name,dob,mrn"). A value in such a table has no
 * cue beside it: its column header is its cue, as an ADF table cell's is (core/adf). This finds each
 * data cell with its header, so the scan can read the cell with the header as outside context.
 *
 * Hand-written: the CSV parsers on npm read whole files into records and give no character offsets,
 * and a pasted table is a few lines inside a ticket's prose.
 */

export interface TextCell {
  /** Offsets of the cell's value in the text, without the padding spaces and quotes around it. */
  readonly start: number;
  readonly end: number;
  /** The column header over it, as written. */
  readonly header: string;
}

interface Line {
  readonly start: number;
  readonly end: number;
}

/** A header cell is a label: a few words with no digits ("MRN", "Date of birth", "Patient #"). */
const LABEL = /^[\p{L}][\p{L} _./#()'-]{0,39}$/u;
const COMMA_GLUED = /,[^\s]/;
/** A Markdown separator row: "|---|:---:|". */
const SEPARATOR_ROW = /^[\s|:+-]*-{3}[\s|:+-]*$/;

/** The cells of a line split at `sep` (quotes respected for CSV), as trimmed [start, end) offsets. */
function splitCells(text: string, line: Line, sep: string, quoted: boolean): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let from = line.start;
  let inQuotes = false;
  for (let i = line.start; i <= line.end; i += 1) {
    const c = i < line.end ? text[i] : sep;
    if (quoted && c === '"') inQuotes = !inQuotes;
    else if (c === sep && !inQuotes) {
      cells.push(trimmed(text, from, i));
      from = i + 1;
    }
  }
  return cells;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && (text[s] === ' ' || text[s] === '\t' || text[s] === '"')) s += 1;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '"')) e -= 1;
  return [s, e];
}

/** A pipe-table row's cells: the outer bars dropped, "||" (a Jira header bar) read as one bar. */
function pipeCells(text: string, line: Line): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let from = line.start;
  let i = line.start;
  while (i <= line.end) {
    if (i === line.end || text[i] === '|') {
      cells.push(trimmed(text, from, i));
      while (i < line.end && text[i] === '|') i += 1;
      if (i === line.end) break;
      from = i;
      continue;
    }
    i += 1;
  }
  // Empty first and last cells are the outer bars of "| a | b |".
  if (cells.length > 0 && cells[0]?.[0] === cells[0]?.[1] && /^\s*\|/.test(text.slice(line.start, line.end))) cells.shift();
  const last = cells[cells.length - 1];
  if (last && last[0] === last[1]) cells.pop();
  return cells;
}

const isPipeRow = (text: string, line: Line): boolean => {
  for (let i = line.start; i < line.end; i += 1) if (text.charCodeAt(i) === 124) return true;
  return false;
};

/** The data cells of every table in `text`, each with its column header. Empty for a text with none. */
export function textTableCells(text: string): TextCell[] {
  // A table needs two lines and bars, tabs or a comma with no space after it (prose has ", ").
  if (!text.includes('\n') || !(text.includes('|') || text.includes('\t') || COMMA_GLUED.test(text))) return [];
  const out: TextCell[] = [];
  // Header lines are found by one multiline regex over the text; only their tables' rows are split.
  HEADER_LINE.lastIndex = 0;
  for (let m = HEADER_LINE.exec(text); m !== null; m = HEADER_LINE.exec(text)) {
    const header = headerOf(text, { start: m.index, end: m.index + m[0].length });
    if (!header) continue;
    const names = header.cells.map(([s, e]) => text.slice(s, e));
    let next = m.index + m[0].length;
    while (next < text.length) {
      const nl = text.indexOf('\n', next + 1);
      const row = lineAt(text, next + 1, nl < 0 ? text.length : nl);
      if (header.sep === '|' && SEPARATOR_ROW.test(text.slice(row.start, row.end))) { next = nl < 0 ? text.length : nl; continue; }
      const cells = header.sep === '|' ? (isPipeRow(text, row) ? pipeCells(text, row) : []) : splitCells(text, row, header.sep, header.sep === ',');
      if (cells.length !== names.length) break;
      cells.forEach(([s, e], c) => { if (e > s && names[c] !== '') out.push({ start: s, end: e, header: names[c] as string }); });
      next = nl < 0 ? text.length : nl;
    }
    HEADER_LINE.lastIndex = Math.max(HEADER_LINE.lastIndex, next);
  }
  return out;
}

/** The line [start, end) without a carriage return before its line break. */
const lineAt = (text: string, start: number, end: number): Line =>
  ({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end });

// Whole header lines, tried before any line is split (most lines of most texts are prose): labels between
// bars, or three or more labels joined by a comma alone (prose has ", ": "Hi Bob, thanks, see below") or a tab.
const CSV_CELL = String.raw`"?[\p{L}][\p{L}_./#()'-]{0,24}(?: [\p{L}_./#()'-]{1,24}){0,2}"?`;
const PIPE_CELL = String.raw`[ \t]*[\p{L}][\p{L} _./#()'-]{0,39}`;
const HEADER_LINE = new RegExp(String.raw`^(?:[ \t]*\|{0,2}${PIPE_CELL}(?:[ \t]*\|{1,2}${PIPE_CELL})+[ \t]*\|{0,2}[ \t]*`
  + String.raw`|${CSV_CELL}(?:,${CSV_CELL}){2,}|${CSV_CELL}(?:\t${CSV_CELL}){2,})\r?$`, 'gmu');

/** The header row HEADER_LINE matched at `line`: two or more label cells between bars, or three or more in CSV or TSV. */
function headerOf(text: string, matched: Line): { sep: string; cells: Array<[number, number]> } | undefined {
  const line = lineAt(text, matched.start, matched.end);
  const row = text.slice(line.start, line.end);
  if (row.includes('|')) {
    const cells = pipeCells(text, line);
    return cells.length >= 2 && cells.every(([s, e]) => LABEL.test(text.slice(s, e))) ? { sep: '|', cells } : undefined;
  }
  const sep = row.includes('\t') ? '\t' : ',';
  return { sep, cells: splitCells(text, line, sep, sep === ',') };
}
