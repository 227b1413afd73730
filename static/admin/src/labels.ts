/** Words the page shows for the engine's identifiers, so an admin never has to read SSN_LIKE_CODES. */
import type { FindingType } from '../../../src/core/finding-types';
import type { Action, TokenStyle } from '../../../src/core/policy/schema';
import type { RecordAction } from '../../../src/core/records/record';

export const TYPE_LABEL: Record<FindingType, string> = {
  NAME: 'Names', ADDRESS: 'Street addresses', LOCATION: 'Cities and places', ZIP: 'ZIP codes', DATE: 'Dates',
  AGE: 'Ages over 89', PHONE: 'Phone numbers', FAX: 'Fax numbers', EMAIL: 'E-mail addresses', SSN: 'Social Security numbers',
  MRN: 'Medical record numbers', HEALTH_PLAN_ID: 'Health plan IDs', MBI: 'Medicare beneficiary IDs', ACCOUNT_NUMBER: 'Account numbers',
  CREDIT_CARD: 'Card numbers', LICENSE_NUMBER: 'Licence numbers', NPI: 'NPI numbers', DEA: 'DEA numbers', VEHICLE_ID: 'Vehicle IDs and plates',
  DEVICE_ID: 'Device IDs', URL: 'Web addresses', IP_ADDRESS: 'IP addresses', BIOMETRIC_ID: 'Biometric IDs', PHOTO: 'Photos', OTHER_ID: 'Other IDs',
};

export const ACTION_LABEL: Record<Action, string> = {
  detect: 'Detect only', tag: 'Tag the item', redact: 'Redact', 'redact-and-restrict': 'Redact and restrict',
};

export const TOKEN_LABEL: Record<TokenStyle, string> = {
  label: 'Type label, e.g. [SSN]', mask: 'Fixed mask [REDACTED]', last4: 'Keep last four, e.g. ***-**-6789', pseudonym: 'Pseudonym, e.g. [NAME-7F3A]',
};

export const RECORD_ACTION_LABEL: Record<RecordAction, string> = {
  detected: 'Detected', tagged: 'Tagged', redacted: 'Redacted', 'redacted-and-restricted': 'Redacted and restricted',
  'made-internal': 'Made internal', 'history-purged': 'History purged',
};

export const option = <T extends string>(value: T, labels: Record<T, string>) => ({ label: labels[value], value });
export const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((v) => option(v, labels));
