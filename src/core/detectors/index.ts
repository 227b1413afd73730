/**
 * The registry: every built-in detector, one line each. Adding a detector is a file and a line here.
 */
import type { Detector } from './detector';
import { ssn } from './ssn';
import { npi } from './npi';
import { dea } from './dea';
import { mbi } from './mbi';
import { vin } from './vin';
import { plate } from './plate';
import { creditCard } from './credit-card';
import { zip } from './zip';
import { postcodeAfterPlace } from './postcode';
import { ipAddress } from './ip-address';
import { email } from './email';
import { url } from './url';
import { name } from './name';
import { nameCell } from './name-cell';
import { address } from './address';
import { date } from './date';
import { location } from './location';
import { phone } from './phone';
import { mrn } from './mrn';
import { healthPlan } from './health-plan';
import { account } from './account';
import { license } from './license';
import { device } from './device';
import { biometric } from './biometric';
import { age } from './age';
import { otherId } from './other-id';
import { nationalId } from './national-id';
import { hl7 } from './hl7';

export const BUILTIN_DETECTORS: readonly Detector[] = [
  ssn,
  npi,
  dea,
  mbi,
  vin,
  plate,
  creditCard,
  zip,
  postcodeAfterPlace,
  ipAddress,
  email,
  url,
  name,
  nameCell,
  address,
  date,
  location,
  phone,
  mrn,
  healthPlan,
  account,
  license,
  device,
  biometric,
  age,
  nationalId,
  otherId,
  hl7,
];
