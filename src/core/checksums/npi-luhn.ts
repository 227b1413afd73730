/**
 * NPI check digit (CMS, "Requirements for Constructing the NPI Check Digit",
 * https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand/Downloads/NPIcheckdigit.pdf):
 * Luhn over the 15 digits "80840" + NPI, "80840" being the ISO 7812 prefix for US health applications.
 */
import { luhnValid } from './luhn';

export function npiLuhnValid(npi: string): boolean {
  return /^\d{10}$/.test(npi) && luhnValid(`80840${npi}`);
}
