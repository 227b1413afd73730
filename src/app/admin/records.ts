/**
 * The records tab: filtered pages of the redaction records, a CSV of every match, and the hash chain's
 * verification. Filters run over storage pages in chain order; a page of the answer stops at the end of
 * the storage page where it reached pageSize, and nextCursor is that storage cursor, so no record is ever
 * skipped between pages (a page may hold up to pageSize + storage page - 1 rows).
 */
import { allRecords, recordsPage, type StoredRecord } from '../../adapters/kvs/record-store';
import { verifyChain } from '../../core/records/chain';
import type { ChainCheck, Payload, RecordRow, RecordsPage } from '../../shared/resolver-contract';

export const toRow = (r: StoredRecord): RecordRow => ({
  seq: r.seq, time: r.time, product: r.product, container: r.container, contentType: r.contentType, contentId: r.contentId,
  field: r.field, type: r.type, detector: r.detector, score: r.score, action: r.action, ...(r.token ? { token: r.token } : {}), notes: r.notes,
});

type Filters = Omit<Payload<'listRecords'>, 'cursor' | 'pageSize' | 'csv'>;

function matches(r: StoredRecord, f: Filters): boolean {
  return (f.from === undefined || r.time >= f.from) && (f.to === undefined || r.time <= f.to)
    && (f.product === undefined || r.product === f.product)
    && (f.container === undefined || f.container === '' || r.container.toLowerCase() === f.container.toLowerCase())
    && (f.type === undefined || r.type === f.type) && (f.action === undefined || r.action === f.action);
}

const CSV_COLUMNS = ['seq', 'time', 'product', 'container', 'contentType', 'contentId', 'field', 'type', 'detector', 'score', 'action', 'token', 'notes'] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a cell as a formula. */
function csvCell(value: unknown): string {
  let text = Array.isArray(value) ? value.join(' ') : value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly RecordRow[]): string {
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function checkChain(records: readonly StoredRecord[]): ChainCheck {
  // The chain covers the record as appended; seq and createdAt are storage fields added around it.
  const verdict = verifyChain(records.map(({ seq: _seq, createdAt: _createdAt, ...r }) => r));
  return verdict.ok ? { ok: true, count: verdict.count }
    : { ok: false, count: records.length, problem: `record ${verdict.index + 1} (${verdict.id}) is ${verdict.problem === 'changed' ? 'changed' : 'missing or out of order'}` };
}

export async function listRecords(p: Payload<'listRecords'>): Promise<RecordsPage> {
  const rows: RecordRow[] = [];
  let cursor = p.cursor;
  do {
    const page = await recordsPage(cursor, p.pageSize);
    rows.push(...page.records.filter((r) => matches(r, p)).map(toRow));
    cursor = page.nextCursor;
  } while (cursor && rows.length < p.pageSize);
  const all = await allRecords();
  return {
    rows,
    ...(cursor ? { nextCursor: cursor } : {}),
    ...(p.csv ? { csv: toCsv(all.filter((r) => matches(r, p)).map(toRow)) } : {}),
    chain: checkChain(all),
  };
}
