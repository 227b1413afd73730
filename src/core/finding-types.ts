/**
 * The finding types of the phi-guard contract (shared/spec/cli-and-types.md): the 18 HIPAA Safe Harbor
 * identifiers of 45 CFR 164.514(b)(2), split where a type has its own validator (NPI, DEA, MBI).
 * The order here is the contract table's order; tests, the CLI and the admin page read it from here.
 */
import { z } from 'zod';

export const FINDING_TYPES = [
  'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN',
  'HEALTH_PLAN_ID', 'MBI', 'ACCOUNT_NUMBER', 'CREDIT_CARD', 'LICENSE_NUMBER', 'NPI', 'DEA',
  'VEHICLE_ID', 'DEVICE_ID', 'URL', 'IP_ADDRESS', 'BIOMETRIC_ID', 'PHOTO', 'OTHER_ID',
] as const;

export const FindingTypeSchema = z.enum(FINDING_TYPES);
export type FindingType = z.infer<typeof FindingTypeSchema>;

/** The Safe Harbor letter, (A) to (R), that each type falls under. */
export const SAFE_HARBOR_CATEGORY: Readonly<Record<FindingType, string>> = {
  NAME: 'A', ADDRESS: 'B', LOCATION: 'B', ZIP: 'B', DATE: 'C', AGE: 'C', PHONE: 'D', FAX: 'E',
  EMAIL: 'F', SSN: 'G', MRN: 'H', HEALTH_PLAN_ID: 'I', MBI: 'I', ACCOUNT_NUMBER: 'J', CREDIT_CARD: 'J',
  LICENSE_NUMBER: 'K', NPI: 'K', DEA: 'K', VEHICLE_ID: 'L', DEVICE_ID: 'M', URL: 'N', IP_ADDRESS: 'O',
  BIOMETRIC_ID: 'P', PHOTO: 'Q', OTHER_ID: 'R',
};
