/**
 * Synthetic values for the bench corpus: PHI that is valid by its own rules yet reserved or made up
 * (555-01XX phones, example.org mail, documentation IP ranges, SSNs that pass SSA rules, Luhn-valid
 * cards), and PHI-free look-alikes that real Jira/Confluence text is full of (ticket keys, versions,
 * build numbers, timestamps, UPCs, hashes).
 */
import { luhnValid } from '../src/core/checksums/luhn';
import type { Rng } from './prng';

const FIRST = ['Maria', 'James', 'Aisha', 'Robert', 'Linh', 'Patricia', 'Carlos', 'Jennifer', 'Dmitri', 'Olga',
  'Michael', 'Fatima', 'David', 'Grace', 'Samuel', 'Ingrid', 'Thomas', 'Priya', 'Kevin', 'Beatriz', 'Hiroshi',
  'Eleanor', 'Marcus', 'Nadia', 'Walter', 'Rosalind', 'Tobias', 'Yolanda', 'Everett', 'Siobhan'];
const LAST = ['Gonzalez', 'Whitaker', 'Okafor', 'Lindqvist', 'Nguyen', 'Patel', 'Kowalski', 'Hernandez', "O'Brien",
  'Thistlewood', 'Abernathy', 'Castellano', 'Fitzgerald', 'Yamamoto', 'Brennan', 'Delacroix', 'Haverford',
  'Moreno-Vega', 'Stanislawski', 'Adeyemi', 'Kaczmarek', 'Pemberton', 'Rasmussen', 'Villanueva', 'Osei',
  'MacAllister', 'Ferreira', 'Holloway', 'Zielinski', 'Quintero'];
const STREETS = ['Oak', 'Maple', 'Lakeview', 'Wabash', 'Cedar Ridge', 'Harrison', 'Belmont', 'Kingsbury', 'Elm', 'Sheridan'];
const SUFFIXES = ['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Rd', 'Drive', 'Lane', 'Court', 'Boulevard'];
const CITIES: ReadonlyArray<[string, string, string]> = [
  ['Evanston', 'IL', '60201'], ['Oak Park', 'IL', '60302'], ['Springfield', 'MO', '65806'], ['Madison', 'WI', '53703'],
  ['Ann Arbor', 'MI', '48104'], ['Bloomington', 'IN', '47401'], ['Rochester', 'MN', '55901'], ['Dayton', 'OH', '45402'],
];
const NPA = ['312', '773', '847', '630', '617', '415', '206', '303', '404', '512', '614', '919'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PROJECTS = ['CLIN', 'OPS', 'HD', 'PAT', 'INFRA', 'BILL', 'EHR'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const name = (r: Rng): string => `${r.pick(FIRST)} ${r.pick(LAST)}`;
export const lastFirst = (r: Rng): string => `${r.pick(LAST)}, ${r.pick(FIRST)}`;

/** Area 001-899 without 666, group 01-99, serial 0001-9999, not one of SSA's published void numbers. */
export function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const value = `${pad(area, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
  if (['078-05-1120', '219-09-9999', '123-45-6789'].includes(value)) return ssn(r);
  return r.chance(0.15) ? value.replace(/-/g, ' ') : value;
}

/** NANP, exchange 555, lines 0100-0199 (reserved for fiction). */
export function phone(r: Rng): string {
  const npa = r.pick(NPA);
  const line = `01${r.digits(2)}`;
  return r.pick([`(${npa}) 555-${line}`, `${npa}-555-${line}`, `${npa}.555.${line}`, `+1 ${npa} 555 ${line}`]);
}

export function email(r: Rng): string {
  const first = r.pick(FIRST).toLowerCase();
  const last = r.pick(LAST).toLowerCase().replace(/[^a-z]/g, '');
  const local = r.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}_${last}${r.int(1, 99)}`]);
  return `${local}@${r.pick(['example.org', 'example.net', 'example.com', 'mail.example.org'])}`;
}

/** Issuer prefix and length (Visa 16, Mastercard 16, Amex 15, Discover 16) with a Luhn check digit. */
export function card(r: Rng): string {
  const [prefix, length] = r.pick<[string, number]>([['4', 16], [String(r.int(51, 55)), 16], [r.pick(['34', '37']), 15], ['6011', 16]]);
  const body = prefix + r.digits(length - prefix.length - 1);
  const check = [...'0123456789'].find((d) => luhnValid(body + d)) ?? '0';
  const digits = body + check;
  if (length === 15) return r.chance(0.5) ? `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}` : digits;
  const sep = r.pick([' ', '-', '']);
  return digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/** A date of birth or admission in one of the common written forms. */
export function date(r: Rng, fromYear: number, toYear: number): string {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const mon = MONTHS[m - 1] ?? 'March';
  return r.pick([`${pad(m)}/${pad(d)}/${y}`, `${y}-${pad(m)}-${pad(d)}`, `${d}-${mon.slice(0, 3)}-${y}`,
    `${mon} ${d}, ${y}`, `${m}/${d}/${y}`, `${mon.slice(0, 3)} ${d} ${y}`]);
}

/** A postal address as labelled parts; the state is not PHI under Safe Harbor, so it stays unlabelled. */
export function address(r: Rng): Array<{ text: string; type?: string }> {
  const unit = r.chance(0.3) ? `, ${r.pick(['Apt', 'Unit', 'Suite'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
  const [city, state, zip] = r.pick(CITIES);
  return [
    { text: `${r.int(10, 9899)} ${r.pick(['', 'N ', 'W '])}${r.pick(STREETS)} ${r.pick(SUFFIXES)}${unit}`, type: 'ADDRESS' },
    { text: ', ' }, { text: city, type: 'LOCATION' }, { text: `, ${state} ` }, { text: zip, type: 'ZIP' },
  ];
}

export const mrn = (r: Rng): string => (r.chance(0.7) ? r.digits(r.int(7, 8)) : `${r.pick(['A', 'M', 'E'])}${r.digits(7)}`);

/** TEST-NET-1/2/3 (RFC 5737) and the IPv6 documentation prefix (RFC 3849). */
export function ip(r: Rng): string {
  if (r.chance(0.1)) return `2001:db8:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;
  return `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
}

// ---- PHI-free look-alikes ----

export const ticketKey = (r: Rng): string => `${r.pick(PROJECTS)}-${r.int(1, 9999)}`;
export const version = (r: Rng): string => `${r.int(1, 19)}.${r.int(0, 30)}.${r.int(0, 20)}`;
export const build = (r: Rng): string => `${r.int(2024, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}.${r.int(1, 99)}`;
export const isoTime = (r: Rng): string =>
  `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${r.digits(3)}Z`;
export const clock = (r: Rng): string => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
export const epochMs = (r: Rng): string => String(1764763200000 + r.int(0, 99_999_999));
export const epochS = (r: Rng): string => String(1764763200 + r.int(0, 9_999_999));
export const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
export const uuid = (r: Rng): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
export const privateIp = (r: Rng): string => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`]);

/** UPC-A: 11 digits and the GS1 mod-10 check digit. */
export function upc(r: Rng): string {
  const body = r.digits(11);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return body + String((10 - (sum % 10)) % 10);
}
