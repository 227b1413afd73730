/**
 * The bench corpus: deterministic Jira/Confluence-style records (service-desk tickets, clinical ops
 * notes, log excerpts, code snippets, billing threads) with synthetic PHI at known offsets.
 *
 * Templates hold `{placeholder}`s. PHI placeholders are recorded as labels (type, start, end); the
 * look-alike placeholders (ticket keys, versions, timestamps, UPCs, private IPs...) are not, so any
 * tool that removes them pays in precision. Template prose itself contains no PHI.
 */
import { makeRng, type Rng } from './prng';
import * as v from './values';

export interface Label { readonly type: string; readonly start: number; readonly end: number }
export interface BenchRecord { readonly id: string; readonly text: string; readonly labels: readonly Label[] }

type Part = { text: string; type?: string };
type Fill = (r: Rng) => Part[];
const one = (type: string, value: (r: Rng) => string): Fill => (r) => [{ text: value(r), type }];

const PHI: Record<string, Fill> = {
  name: one('NAME', v.name), lastFirst: one('NAME', v.lastFirst), ssn: one('SSN', v.ssn), phone: one('PHONE', v.phone),
  email: one('EMAIL', v.email), card: one('CREDIT_CARD', v.card), dob: one('DATE', (r) => v.date(r, 1926, 2006)),
  admit: one('DATE', (r) => v.date(r, 2025, 2026)), mrn: one('MRN', v.mrn), ip: one('IP_ADDRESS', v.ip),
  address: v.address,
};

const LOOKALIKE: Record<string, (r: Rng) => string> = {
  key: v.ticketKey, prio: (r) => String(r.int(1, 4)), ver: v.version, build: v.build, iso: v.isoTime, clock: v.clock,
  ems: v.epochMs, es: v.epochS, sha: (r) => v.hex(r, 40), short: (r) => v.hex(r, 7), uuid: v.uuid,
  pip: v.privateIp, upc: v.upc, ms: (r) => String(r.int(3, 9_999)), n: (r) => String(r.int(1, 500)),
  port: (r) => String(r.pick([443, 8080, 8443, 5432, 6379, 9092])), pct: (r) => `${r.int(0, 99)}.${r.int(0, 9)}%`,
  line: (r) => String(r.int(20, 1800)), amount: (r) => `$${r.int(1, 9)},${r.int(100, 999)}.${r.int(10, 99)}`,
};

const TICKET_HEAD = [
  '[{key}] Patient portal: cannot update contact details\nPriority: P{prio} | Component: portal {ver} | Created: {iso}\n',
  '[{key}] Duplicate chart after merge job build {build}\nLabels: ehr-sync, data-quality | Sprint {n} | Updated {iso}\n',
  '[{key}] Lab results not visible in patient app (regression since {ver})\nEnvironment: prod-eu-{n} | Created {iso}\n',
];
const TICKET_BODY = [
  'Patient {name} (DOB {dob}) called the service desk at {clock}. Callback number {phone}. She says the portal shows the old e-mail; the correct one is {email}.',
  'Caller: {name}, MRN: {mrn}. Reports that the discharge summary from {admit} lists the wrong home address. Correct address: {address}.',
  'Merged record: pt {name}, SSN {ssn}, DOB {dob}. The merge job {uuid} ran at {iso} and copied the insurance block twice. See {key} for the earlier occurrence.',
  'Per the patient ({lastFirst}), the appointment reminder went to {phone} instead of the number on file. Reminder batch id {ems}, template version {ver}.',
  'Spouse {name} asked us to send the records to {email}; verified identity with date of birth {dob} and the last four of the card.',
  'Steps to reproduce: open {key}, click Edit contact, change phone, save. Observed HTTP 500 after {ms} ms. Expected 200. Reproduced on build {build} and {ver}.',
  'Workaround: re-run the sync for the affected tenant; it took {ms} ms for {n} records. No patient data involved in this step.',
  'Admitted {admit}, discharged two days later. Patient {name} wants the follow-up letter sent to {address}.',
  // Weaker cues, as people actually write: a bare name, a forwarded message, a name in a to-do.
  'Spoke with {name} again; they will bring the signed form on Monday. Forwarded from {email}: "please call me back on {phone} after 5pm".',
  '- [ ] {name}: resend the statement (see {key})\n- [ ] check whether {name} still lives at {address}',
];
const TICKET_COMMENT = [
  'Comment ({iso}): escalated to tier 2, linked {key}. Fix expected in {ver}.',
  'Comment ({iso}): confirmed with the caller at {phone}; closing once {key} ships.',
  'Comment ({iso}): the customer resent the form; attached scan is {sha}.',
  'Comment ({iso}): QA passed on {build}, {pct} of regression suite green.',
];

const NOTE_HEAD = [
  'h2. Discharge coordination - ward {n}\nLast updated {iso} by the care-coordination team. Applies to release {ver}.\n',
  'h2. Clinical ops handover - night shift\nPage version {n}, runbook {key}. Review by {iso}.\n',
];
const NOTE_BODY = [
  '|| Field || Value ||\n| Patient | {name} |\n| DOB | {dob} |\n| MRN | MRN: {mrn} |\n| Phone | {phone} |\n| Address | {address} |\n',
  '* Bed {n}: {name}, DOB {dob}, admitted {admit}. Family contact {phone}. Pending imaging order {key}.\n* Bed {n}: no change; vitals every {n} minutes.\n',
  'Insurance verification for {lastFirst}: SSN {ssn} on the intake form matches the payer record. Member portal login {email}.\n',
  'The infusion pump fleet (firmware {ver}, {n} devices) was re-certified on build {build}; lot {upc} recalled, no patient impact.\n',
  '{panel:title=Reminder}Do not paste screenshots from the EHR into this page. Use the ticket ({key}) instead.{panel}\n',
  'Transport booked for {name} from {address} on {admit}; driver will call {phone} on arrival.\n',
];

const LOG_LINES = [
  '{iso} INFO  [http-nio-{port}-exec-{n}] GET /api/v2/patients/search took {ms} ms status=200 req={uuid}',
  '{iso} WARN  [scheduler-{n}] job reminder-batch {ems} retried (attempt {n}) host={pip}:{port}',
  '{iso} INFO  [auth] login ok user={email} client={ip} session={short}',
  '{iso} ERROR [sync] merge failed for MRN: {mrn} cause=ConstraintViolation build={build}',
  '{iso} DEBUG [cache] evicted {n} entries in {ms} ms, hit ratio {pct}',
  '{iso} INFO  [deploy] rolled out {ver} (commit {sha}) to {pip}',
  '{iso} WARN  [gateway] rate limit client={ip} window={es} count={n}',
  '    at com.example.ehr.SyncJob.merge(SyncJob.java:{line})',
  '    at com.example.ehr.Scheduler.run(Scheduler.java:{line})',
];

const CODE = [
  '{code}\nexport const config = {\n  retries: {n},\n  timeoutMs: {ms},\n  release: \'{ver}\',\n  build: \'{build}\',\n};\n{code}\n',
  '{code:sql}\nSELECT id, status FROM encounters\n WHERE updated_at > \'{iso}\' AND tenant_id = {n}\n ORDER BY id LIMIT {n};\n{code}\n',
  '{code:json}\n{"fixture": "intake", "patient": "{name}", "ssn": "{ssn}", "dob": "{dob}", "phone": "{phone}"}\n{code}\n',
  '{code:bash}\ncurl -s https://status.example.org/api/{key} -H "X-Request-Id: {uuid}" | jq .build\n{code}\n',
];

const BILLING = [
  'Billing dispute [{key}]: card {card} was charged {amount} twice on {admit}. Cardholder {name}, contact {email}.',
  'Refund processed for invoice {n}{n}, UPC {upc}, amount {amount}; reference {ems}. No card data in this ticket.',
  'Payment retry: card on file {card} declined (code {n}). Patient asked us to call {phone}.',
];

class Builder {
  text = '';
  readonly labels: Label[] = [];

  fill(r: Rng, template: string): this {
    const re = /\{(\w+)\}/g;
    let last = 0;
    for (let m = re.exec(template); m !== null; m = re.exec(template)) {
      this.text += template.slice(last, m.index);
      last = m.index + m[0].length;
      const key = m[1] ?? '';
      const look = LOOKALIKE[key];
      const parts = PHI[key]?.(r) ?? (look ? [{ text: look(r) }] : undefined);
      if (parts) for (const p of parts) this.part(p);
      else this.text += m[0]; // wiki markup such as {code} or {panel}
    }
    this.text += template.slice(last);
    return this;
  }

  private part(p: Part): void {
    if (p.type) this.labels.push({ type: p.type, start: this.text.length, end: this.text.length + p.text.length });
    this.text += p.text;
  }
}

function some(r: Rng, b: Builder, pool: readonly string[], min: number, max: number, sep: string): void {
  const n = r.int(min, max);
  for (let i = 0; i < n; i += 1) b.fill(r, r.pick(pool)).text += sep;
}

const KINDS: ReadonlyArray<[number, (r: Rng, b: Builder) => void]> = [
  [30, (r, b) => { b.fill(r, r.pick(TICKET_HEAD)).text += '\n'; some(r, b, TICKET_BODY, 2, 5, '\n\n'); some(r, b, TICKET_COMMENT, 0, 3, '\n'); }],
  [20, (r, b) => { b.fill(r, r.pick(NOTE_HEAD)).text += '\n'; some(r, b, NOTE_BODY, 2, 4, '\n'); }],
  [25, (r, b) => { b.text += 'Log excerpt attached by the on-call engineer:\n{noformat}\n'; some(r, b, LOG_LINES, 10, 40, '\n'); b.text += '{noformat}\n'; }],
  [15, (r, b) => { b.fill(r, r.pick(TICKET_HEAD)).text += '\n'; some(r, b, CODE, 1, 3, '\n'); }],
  [10, (r, b) => { b.fill(r, r.pick(TICKET_HEAD)).text += '\n'; some(r, b, BILLING, 1, 3, '\n\n'); }],
];

function record(r: Rng, id: string): BenchRecord {
  const b = new Builder();
  let roll = r.int(1, KINDS.reduce((s, [w]) => s + w, 0));
  const kind = KINDS.find(([w]) => (roll -= w) <= 0) ?? KINDS[0];
  kind?.[1](r, b);
  return { id, text: b.text, labels: b.labels };
}

/** Records until the UTF-8 size reaches `bytes`; the same seed gives the same records. */
export function* generateCorpus(seed: number, bytes: number): Generator<BenchRecord> {
  const r = makeRng(seed);
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const rec = record(r, `r${seed}-${i}`);
    size += Buffer.byteLength(rec.text);
    yield rec;
  }
}
