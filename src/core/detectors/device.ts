/**
 * Device identifiers and serial numbers (Safe Harbor M).
 * - FDA Unique Device Identifier in GS1 human-readable form (21 CFR 830.20; GS1 General Specifications
 *   §3.2, https://www.gs1.org/standards/barcodes-epcglobal-tag-data/gs1-general-specifications):
 *   "(01)" + 14-digit GTIN device identifier with its GS1 mod 10 check digit, then production
 *   identifiers such as "(11)"/"(17)" YYMMDD dates, "(10)" lot and "(21)" serial (up to 20 characters).
 * - MAC addresses (EUI-48) next to a device or MAC word.
 * - Serial numbers right after a serial cue ("S/N", "serial no.", "pump serial", "device ID", "IMEI"): 5-20
 *   letters and digits with at least one digit. No dots are allowed in the value and version/build
 *   words count against it, so "firmware 4.2.1" and "build 20251203" stay out.
 */
import { gs1Mod10Valid } from '../checksums/gs1-mod10';
import { cuedPattern, digitCount, idToken } from './cue';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

export function deviceIdValidity(value: string): Validation {
  const udi = /^\(01\) ?(\d{14})/.exec(value);
  if (udi) return gs1Mod10Valid(udi[1] as string) ? 'valid' : 'invalid';
  if (digitCount(value) < 1 || value.replace(/-/g, '').length < 5) return 'invalid';
  return undefined;
}

const SERIAL_CUE = String.raw`(?:(?:device|pump|pacemaker|implant|icd|defibrillator|stimulator|monitor|meter|cgm|sensor|hearing aid|prosthesis)\s)?(?:serial(?:\s(?:no\b|number|#))?|s\/n|sn|esn)|(?:device|implant|udi)\s?(?:id\b|identifier|#)|imei|meid|iccid`;

export const device = defineDetector({
  id: 'device',
  type: 'DEVICE_ID',
  requires: HAS_DIGIT,
  description: 'GS1 UDI "(01)" GTIN with mod 10 check plus production identifiers; serial number after its cue',
  patterns: [
    {
      name: 'gs1-udi (strong)',
      regex: /(?<![\p{L}\p{N}])\(01\) ?\d{14}(?: ?\((?:1[01]|17)\) ?\d{6}| ?\((?:10|21)\) ?[A-Za-z0-9./-]{1,20}){0,4}(?![\p{L}\p{N}])/gu,
      score: 0.5,
      // A literal is found far faster than a regex led by a lookbehind is tried at every position.
      keywords: ['(01)'],
    },
    {
      name: 'serial-after-cue (medium)',
      regex: cuedPattern(SERIAL_CUE, idToken(5, 20)),
      group: 1, score: 0.3, needsContext: true,
      // The first words of every cue ('hearing' for hearing aid).
      startsWith: ['device', 'pump', 'pacemaker', 'implant', 'icd', 'defibrillator', 'stimulator', 'monitor', 'meter', 'cgm',
        'sensor', 'hearing', 'prosthesis', 'serial', 's/n', 'sn', 'esn', 'udi', 'imei', 'meid', 'iccid'],
    },
    {
      // A network card's MAC address (EUI-48) on a patient's device: colons or dashes, or Cisco's dots,
      // with a medical-device or patient word in the 60 characters before its end (servers, printers and
      // containers have MACs too, and a runbook is full of them).
      name: 'mac-address (weak)',
      regex: /(?<![\p{L}\p{N}:.-])(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\p{L}\p{N}:.-])(?<=(?:[Pp]ump|[Mm]onitor|[Pp]acemaker|[Ii]mplant|CGM|cgm|[Ss]ensor|[Gg]lucose|[Ii]nfusion|[Vv]entilator|[Pp]atient|[Pp]t|[Hh]earing aid)[^\n]{0,60})/gu,
      score: 0.2, needsContext: true,
    },
  ],
  context: ['mac', 'mac address', 'serial', 'serial number', 's/n', 'sn', 'esn', 'udi', 'device', 'device id', 'implant', 'pump', 'pacemaker', 'gtin', 'imei', 'meid', 'iccid'],
  negativeContext: ['version', 'build', 'firmware', 'fw', 'software', 'release', 'rev', 'invoice', 'order', 'license key'],
  validate: deviceIdValidity,
  examples: {
    match: [
      '(01)00643169007222(17)260630(10)A213B1(21)1234', 'UDI (01) 10614141000415 (21) SN7781', 'pacemaker serial PJN448812H',
      'insulin pump S/N: 71-442-0093', 'device ID MX40-77120', 'SN: 4471902', "glucose-monitor phone IMEI 490154203237518",
      "Patient's infusion pump MAC 00:1A:2B:3C:4D:5E",
    ],
    ignore: ['(01)00643169007223', 'firmware 4.2.1', 'build 20251203', 'serial dilutions', 'S/N ABCDEF', 'version 7.1 serial 12',
      'Server MAC 00:1A:2B:3C:4D:5E on device eth0'],
  },
});
